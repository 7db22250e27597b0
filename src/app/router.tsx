// The routes of the SPA; each view is a folder under src/features.
import { createBrowserRouter, type RouteObject } from 'react-router'
import { AccountPage } from '../features/account/account-page'
import { AlertsPage } from '../features/alerts/alerts-page'
import { DevicePage } from '../features/device/device-page'
import { EventsPage } from '../features/events/events-page'
import { FleetPage } from '../features/fleet/fleet-page'
import { WallPage } from '../features/wall/wall-page'
import { AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

/** The wall screen is a sibling of the layout: full screen, without the header. */
export const routes: RouteObject[] = [
  { path: '/wall', element: <WallPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <FleetPage /> },
      { path: 'devices/:deviceId', element: <DevicePage /> },
      { path: 'accounts/:accountId', element: <AccountPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'alerts', element: <AlertsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
