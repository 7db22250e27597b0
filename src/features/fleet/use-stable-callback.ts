// A callback whose identity never changes but which always calls the latest function given.
import { useCallback, useEffect, useRef } from 'react'

/**
 * React Router hands out new setters on every URL change (each keystroke in the search box);
 * memoized parts such as the account cards get stable callbacks so typing does not redraw them.
 * Only for event handlers: the latest function is swapped in after each render.
 */
export function useStableCallback<A extends unknown[]>(
  callback: (...args: A) => void,
): (...args: A) => void {
  const latest = useRef(callback)
  useEffect(() => {
    latest.current = callback
  }, [callback])
  return useCallback((...args: A) => latest.current(...args), [])
}
