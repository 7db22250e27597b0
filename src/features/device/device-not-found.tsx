// What an unknown device id shows: plainly that no such device is known, and the way back.
import { Link } from 'react-router'

export function DeviceNotFound({ deviceId }: { deviceId: string }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <title>Unknown device · Doorboard</title>
      <h1 className="text-lg font-semibold">No device with this id</h1>
      <p className="mx-auto mt-2 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">
        Neither Seam&apos;s device list nor the events kept (the last 7 days) know the device{' '}
        <code className="font-mono break-all">{deviceId}</code>. It may have been deleted long ago,
        or the link may be mistyped.
      </p>
      <Link
        to="/"
        className="mt-4 inline-block rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        Back to the fleet
      </Link>
    </div>
  )
}
