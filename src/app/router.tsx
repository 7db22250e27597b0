// The routes of the SPA; each view is a folder under src/features.
import { createBrowserRouter, type RouteObject } from 'react-router'
import { FleetPage } from '../features/fleet/fleet-page'
import { AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

/**
 * Views to come slot in as children of the layout: `devices/:deviceId`, `accounts/:accountId`,
 * `events`, `alerts`. The wall screen (`/wall`) will be a sibling of the layout, full screen
 * without the header.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <FleetPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
