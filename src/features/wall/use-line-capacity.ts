// How many list lines fit in a box, measured from the box and one sample line, kept up to date.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { lineCapacity } from './wall-pages'

/**
 * `box` is the space the list may fill, `sampleLine` an invisible element exactly one line tall.
 * Both are observed, so a resized window or a changed font size re-measures; the observer goes
 * away with the component.
 */
export function useLineCapacity(
  box: RefObject<HTMLElement | null>,
  sampleLine: RefObject<HTMLElement | null>,
): number {
  const [capacity, setCapacity] = useState(1)
  useLayoutEffect(() => {
    const boxElement = box.current
    const lineElement = sampleLine.current
    if (boxElement === null || lineElement === null) return undefined
    const measure = () => {
      setCapacity(lineCapacity(boxElement.clientHeight, lineElement.getBoundingClientRect().height))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(boxElement)
    observer.observe(lineElement)
    return () => observer.disconnect()
  }, [box, sampleLine])
  return capacity
}
