// The routes of the SPA; each view is a folder under src/features.
import { createBrowserRouter, type RouteObject } from 'react-router'
import { FleetPage } from '../features/fleet/fleet-page'
import { AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

// Only the home view is in the first bundle; the others load when first opened, so the first
// page costs less to download and parse (see the Performance section of the README).
const lazyView = {
  wall: async () => ({ Component: (await import('../features/wall/wall-page')).WallPage }),
  device: async () => ({ Component: (await import('../features/device/device-page')).DevicePage }),
  account: async () => ({
    Component: (await import('../features/account/account-page')).AccountPage,
  }),
  events: async () => ({ Component: (await import('../features/events/events-page')).EventsPage }),
  alerts: async () => ({ Component: (await import('../features/alerts/alerts-page')).AlertsPage }),
}

/** The wall screen is a sibling of the layout: full screen, without the header. */
export const routes: RouteObject[] = [
  { path: '/wall', lazy: lazyView.wall, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <FleetPage /> },
      { path: 'devices/:deviceId', lazy: lazyView.device },
      { path: 'accounts/:accountId', lazy: lazyView.account },
      { path: 'events', lazy: lazyView.events },
      { path: 'alerts', lazy: lazyView.alerts },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
