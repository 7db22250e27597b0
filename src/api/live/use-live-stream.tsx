// One live stream per tab, started with the app, read by any view through useLiveStream().
import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { FALLBACK_POLL_MS, LiveStream, type LiveState } from './live-stream'

const LiveStreamContext = createContext<LiveStream | undefined>(undefined)

export function LiveStreamProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [stream] = useState(() => new LiveStream({ queryClient }))
  useEffect(() => {
    stream.start()
    return () => stream.stop()
  }, [stream])
  return <LiveStreamContext.Provider value={stream}>{children}</LiveStreamContext.Provider>
}

export interface LiveView extends LiveState {
  /** The read models' refetch interval: none while the stream patches them. */
  readonly pollMs: number | false
}

export function useLiveStream(): LiveView {
  const stream = useContext(LiveStreamContext)
  if (stream === undefined) throw new Error('useLiveStream needs a LiveStreamProvider above it.')
  const state = useSyncExternalStore(stream.subscribe, stream.getState)
  return { ...state, pollMs: state.mode === 'live' ? false : FALLBACK_POLL_MS }
}
