// Which snapshot and clip a camera or doorbell event points at: files the app serves from public/.
export type MotionSubType = 'human' | 'vehicle' | 'package' | 'other'
export type DoorbellScene = 'visitor' | 'courier'

interface MediaPair {
  readonly image: string
  readonly video: string
}

const CAMERA_MEDIA: Readonly<Record<MotionSubType, MediaPair>> = {
  human: { image: 'camera-person.jpg', video: 'clip-driveway-motion.mp4' },
  vehicle: { image: 'camera-vehicle.jpg', video: 'clip-driveway-vehicle.mp4' },
  package: { image: 'camera-package.jpg', video: 'clip-porch.mp4' },
  other: { image: 'camera-other.jpg', video: 'clip-driveway-motion.mp4' },
}

const DOORBELL_MEDIA: Readonly<Record<DoorbellScene, MediaPair>> = {
  visitor: { image: 'doorbell-visitor.jpg', video: 'clip-porch.mp4' },
  courier: { image: 'doorbell-courier.jpg', video: 'clip-porch.mp4' },
}

/** Every file the events may point at, relative to public/media/ (a test checks they exist). */
export const MEDIA_FILES: readonly string[] = [
  ...new Set(
    [...Object.values(CAMERA_MEDIA), ...Object.values(DOORBELL_MEDIA)].flatMap((pair) => [
      pair.image,
      pair.video,
    ]),
  ),
]

// A type alias, not an interface, so it can be spread into an event's fields.
export type MediaUrls = { readonly image_url: string; readonly video_url: string }

export interface MediaLibrary {
  camera(subType: MotionSubType): MediaUrls
  doorbell(scene: DoorbellScene): MediaUrls
}

/** `baseUrl` is where the app is served (its public/ files are at the root). */
export function createMediaLibrary(baseUrl: string): MediaLibrary {
  const root = `${baseUrl.replace(/\/+$/, '')}/media/`
  const urls = (pair: MediaPair): MediaUrls => ({
    image_url: root + pair.image,
    video_url: root + pair.video,
  })
  return {
    camera: (subType) => urls(CAMERA_MEDIA[subType]),
    doorbell: (scene) => urls(DOORBELL_MEDIA[scene]),
  }
}
