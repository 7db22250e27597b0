// App-wide providers: one QueryClient for every query of the dashboard.
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { LiveStreamProvider } from '../api/live/use-live-stream'
import { needsSignIn, signInAddress } from './sign-in-address'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // With DASHBOARD_TOKEN set, an expired sign-in turns every poll into a 401: go sign in again
    // rather than show a wall of errors.
    queryCache: new QueryCache({
      onError: (error) => {
        if (needsSignIn(error)) window.location.assign(signInAddress(window.location))
      },
    }),
    defaultOptions: {
      queries: {
        // Polled queries set their own interval; this keeps a tab switch from refetching at once
        // when the data is a second old.
        staleTime: 1_000,
      },
    },
  })
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <LiveStreamProvider>{children}</LiveStreamProvider>
    </QueryClientProvider>
  )
}
