// The lightbox content for one shot: the clip when there is one, else the picture.
import { Lightbox } from '../../components/lightbox'
import { formatTimestamp } from '../../lib/format-time'
import type { MediaShot } from './media-cards'

export function MediaViewer({ shot, onClose }: { shot: MediaShot; onClose: () => void }) {
  const label = `${shot.title} at ${formatTimestamp(shot.at)}`
  return (
    <Lightbox label={label} onClose={onClose}>
      {shot.videoUrl !== undefined ? (
        // Muted: autoplay with sound is blocked, and camera clips carry no speech to caption.
        <video
          src={shot.videoUrl}
          poster={shot.imageUrl}
          controls
          autoPlay
          muted
          playsInline
          className="max-h-[75vh] w-full"
        />
      ) : (
        <img src={shot.imageUrl} alt={label} className="max-h-[75vh] w-auto object-contain" />
      )}
    </Lightbox>
  )
}
