// useAlertStateChange(): acknowledge, snooze or undo, shown at once and rolled back if refused.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { applyAlertStateChange, type AlertStateChange } from './apply-alert-state-change'
import { alertStateQuery, EMPTY_ALERT_STATE, type AlertState } from './get-alert-state'
import { ALERTS_QUERY_KEY } from '../live/alerts-read-model'
import { sendAlertStateChange } from './send-alert-state-change'

export function useAlertStateChange() {
  const queryClient = useQueryClient()
  const { queryKey } = alertStateQuery()
  return useMutation({
    mutationFn: (change: AlertStateChange) => sendAlertStateChange(change),
    onMutate: async (change): Promise<{ previous: AlertState | undefined }> => {
      // A poll landing now would overwrite the optimistic state with the old one.
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueryData(queryKey)
      queryClient.setQueryData(
        queryKey,
        applyAlertStateChange(previous ?? EMPTY_ALERT_STATE, change, Date.now()),
      )
      return { previous }
    },
    onError: (_error, _change, context) => {
      if (context !== undefined) queryClient.setQueryData(queryKey, context.previous)
    },
    onSuccess: (state) => {
      queryClient.setQueryData(queryKey, state)
    },
    // The alert center reads the server's join of alerts and handling: wait for its new answer.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey }),
        queryClient.invalidateQueries({ queryKey: ALERTS_QUERY_KEY }),
      ]),
  })
}
