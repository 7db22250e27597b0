// The device and account pages' derived data as the API spells it (snake_case, ISO times).
import type { AccountRange } from '../../src/domain/timelines/account-range'
import type { DeviceRange } from '../../src/domain/timelines/device-range'
import type { BatteryLevelSample } from '../../src/domain/timelines/battery'
import type { CameraActivation, MediaItem } from '../../src/domain/timelines/media'
import type { TimeWindow } from '../../src/domain/timelines/state-interval'

const iso = (ms: number) => new Date(ms).toISOString()
/** Clipped intervals always end; an ongoing one was clipped at now or the range's end. */
const end = (interval: { from: number; to: number | null }) => iso(interval.to ?? interval.from)

export function rangeJson(range: TimeWindow) {
  return { from: iso(range.from), to: iso(range.to) }
}

function readingJson(sample: BatteryLevelSample) {
  return { at: iso(sample.at), level: sample.level, event_id: sample.eventId ?? null }
}

function mediaItemJson(item: MediaItem) {
  return {
    kind: item.kind,
    event_id: item.eventId,
    device_id: item.deviceId,
    at: iso(item.at),
    motion_sub_type: item.kind === 'motion' ? item.motionSubType : null,
    activation_reason: item.kind === 'motion' ? (item.activationReason ?? null) : null,
    image_url: item.imageUrl ?? null,
    video_url: item.videoUrl ?? null,
  }
}

/**
 * Doorbell visits, and the device's camera events that are in no visit of the range, newest
 * first: what the device page's media strip shows as cards.
 */
function mediaJson(media: DeviceRange['media']) {
  const inVisits = new Set<string>()
  for (const visit of media.visits) for (const motion of visit.motions) inVisits.add(motion.eventId)
  const lone = media.items.filter(
    (item): item is CameraActivation => item.kind === 'motion' && !inVisits.has(item.eventId),
  )
  const entries = [
    ...media.visits.map((visit) => ({
      at: visit.ringAt,
      json: {
        kind: 'visit' as const,
        id: visit.id,
        at: iso(visit.ringAt),
        ended_at: iso(visit.endedAt),
        ring: mediaItemJson(visit.ring),
        motions: visit.motions.map(mediaItemJson),
        unlock:
          visit.unlock === undefined
            ? null
            : {
                at: iso(visit.unlock.at),
                event_id: visit.unlock.eventId,
                method: visit.unlock.method,
                access_code_id: visit.unlock.accessCodeId ?? null,
              },
      },
    })),
    ...lone.map((item) => ({ at: item.at, json: mediaItemJson(item) })),
  ]
  return entries.sort((a, b) => b.at - a.at).map((entry) => entry.json)
}

export function deviceTimelinesJson(derived: DeviceRange) {
  const { battery } = derived
  return {
    connectivity: derived.connectivity.map((interval) => ({
      state: interval.state,
      reason: interval.reason ?? null,
      from: iso(interval.from),
      to: end(interval),
      event_id: interval.cause?.eventId ?? null,
    })),
    battery: {
      series: battery.readings.map(readingJson),
      before: battery.before === undefined ? null : readingJson(battery.before),
      bands: battery.bands.map((band) => ({
        status: band.state,
        source: band.source,
        from: iso(band.from),
        to: end(band),
      })),
      drain_per_day: battery.drainPerDay ?? null,
    },
    lock: derived.lock.map((interval) => ({
      state: interval.state,
      method: interval.method,
      from: iso(interval.from),
      to: end(interval),
      access_code_id: interval.accessCodeId ?? null,
      action_attempt_id: interval.actionAttemptId ?? null,
      event_id: interval.cause?.eventId ?? null,
    })),
    lock_denied: derived.lockDenied.map((denial) => ({
      at: iso(denial.at),
      event_id: denial.eventId,
      access_code_id: denial.accessCodeId ?? null,
    })),
    media: mediaJson(derived.media),
  }
}

export function deviceStatisticsJson({ statistics }: DeviceRange) {
  const { connectivity, battery } = statistics
  return {
    connectivity: {
      observed_to: iso(connectivity.observedTo),
      ms_by_state: connectivity.msByState,
      offline_ms_by_reason: connectivity.offlineMsByReason,
      uptime_percent: connectivity.uptimePercent,
      flaps: connectivity.flaps,
      flaps_per_day: connectivity.flapsPerDay,
    },
    battery:
      battery.daysToEmpty === null
        ? { days_to_empty: null, why: battery.why, basis: null }
        : {
            days_to_empty: battery.daysToEmpty,
            why: null,
            basis: {
              samples: battery.basis.samples,
              from: iso(battery.basis.from),
              to: iso(battery.basis.to),
              slope_per_day: battery.basis.slopePerDay,
            },
          },
  }
}

export function accountTimelineJson(derived: AccountRange) {
  return derived.intervals.map((interval) => ({
    state: interval.state,
    from: iso(interval.from),
    to: end(interval),
    issues: (interval.issues ?? []).map((issue) => ({
      code: issue.code,
      message: issue.message ?? null,
    })),
    event_id: interval.cause?.eventId ?? null,
  }))
}

export function loginFailuresJson(derived: AccountRange) {
  return derived.loginFailures.map((failure) => ({
    at: iso(failure.at),
    event_id: failure.eventId,
    connect_webview_id: failure.connectWebviewId ?? null,
  }))
}
