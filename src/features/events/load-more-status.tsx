// Below the list: older events on their way, or why they did not come and a way to ask again.

export function LoadMoreStatus({
  loading,
  error,
  onRetry,
}: {
  loading: boolean
  error: Error | null
  onRetry: () => void
}) {
  if (error !== null) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        Older events could not be loaded: {error.message}{' '}
        <button type="button" onClick={onRetry} className="font-medium underline">
          Try again
        </button>
      </p>
    )
  }
  return (
    <p role="status" className="min-h-5 text-sm text-zinc-500 dark:text-zinc-400">
      {loading ? 'Loading older events…' : ''}
    </p>
  )
}
