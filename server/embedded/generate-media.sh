#!/usr/bin/env bash
# Regenerates the simulator's camera and doorbell media in public/media/ from nothing but drawing
# commands (ImageMagick) and ffmpeg's test sources: no file comes from the internet.
# Needs: apt-get install -y imagemagick ffmpeg fonts-dejavu-core
# The files are committed; run this only to change them.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/public/media"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# /usr/local/bin/convert may be a stand-in on some machines; prefer Debian's ImageMagick.
convert_bin="$(command -v convert-im6.q16 || command -v convert)"
font="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
mono="/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

# A driveway seen from a wall-mounted camera: sky, house front, lawn and drive.
scene() {
  "$convert_bin" -size 640x360 gradient:'#6d8fb3'-'#c9d6e2' \
    -fill '#55704a' -draw 'rectangle 0,230 640,360' \
    -fill '#8a8a86' -draw 'polygon 250,360 390,360 350,230 290,230' \
    -fill '#b9a58c' -draw 'rectangle 400,120 600,235' \
    -fill '#6b3e2e' -draw 'polygon 385,125 500,60 615,125' \
    -fill '#4a3426' -draw 'rectangle 480,165 520,235' \
    -fill '#dfe9f2' -draw 'rectangle 420,145 460,185' -draw 'rectangle 540,145 580,185' \
    "$1"
}

# Overlay the camera's caption and a detection box.
caption() {
  local input="$1" label="$2" box="$3" output="$4"
  "$convert_bin" "$input" \
    -fill none -stroke '#ffd400' -strokewidth 3 -draw "rectangle $box" -stroke none \
    -fill '#000000a0' -draw 'rectangle 0,0 640,30' \
    -font "$mono" -pointsize 16 -fill white -annotate +10+21 "CAM  $label" \
    -font "$font" -pointsize 13 -fill '#ffffffc0' -gravity southeast -annotate +10+8 'Doorboard demo' \
    -quality 72 -strip "$output"
}

scene "$tmp/scene.png"

# A person on the drive.
"$convert_bin" "$tmp/scene.png" -fill '#2b3a55' -draw 'roundrectangle 300,215 336,300 10,10' \
  -fill '#e0b48f' -draw 'circle 318,200 318,186' \
  -fill '#1f2a3d' -draw 'rectangle 302,298 315,335' -draw 'rectangle 321,298 334,335' "$tmp/person.png"
caption "$tmp/person.png" 'MOTION: PERSON' '288,178 348,342' "$out/camera-person.jpg"

# A car pulling in.
"$convert_bin" "$tmp/scene.png" -fill '#9c1f27' -draw 'roundrectangle 180,255 340,310 14,14' \
  -fill '#7d171e' -draw 'roundrectangle 215,225 305,262 12,12' \
  -fill '#cfe3f5' -draw 'rectangle 225,232 295,258' \
  -fill '#1b1b1b' -draw 'circle 215,312 215,296' -draw 'circle 305,312 305,296' "$tmp/vehicle.png"
caption "$tmp/vehicle.png" 'MOTION: VEHICLE' '170,215 350,332' "$out/camera-vehicle.jpg"

# A parcel left at the door.
"$convert_bin" "$tmp/scene.png" -fill '#b07a3c' -draw 'rectangle 486,212 516,236' \
  -fill '#8c5e2b' -draw 'line 486,224 516,224' -draw 'line 501,212 501,236' "$tmp/package.png"
caption "$tmp/package.png" 'MOTION: PACKAGE' '478,204 524,244' "$out/camera-package.jpg"

# Something else: a fox crossing the lawn.
"$convert_bin" "$tmp/scene.png" -fill '#c8642a' -draw 'ellipse 120,300 34,14 0,360' \
  -draw 'circle 160,290 160,280' -draw 'polygon 152,282 156,270 162,281' \
  -draw 'polygon 162,281 168,270 170,284' -draw 'ellipse 80,296 18,6 0,360' \
  -fill '#3b2a1e' -draw 'rectangle 100,310 104,326' -draw 'rectangle 134,310 138,326' "$tmp/other.png"
caption "$tmp/other.png" 'MOTION: OTHER' '56,262 180,332' "$out/camera-other.jpg"

# Doorbell views: a wide-angle look from the door at whoever stands on the porch.
porch() {
  "$convert_bin" -size 480x480 gradient:'#d9d2c3'-'#8f8676' \
    -fill '#6e6658' -draw 'rectangle 0,380 480,480' \
    -fill '#b3a993' -draw 'rectangle 30,40 90,380' -draw 'rectangle 390,40 450,380' "$1"
}
porch "$tmp/porch.png"
"$convert_bin" "$tmp/porch.png" -fill '#3c5a7a' -draw 'roundrectangle 160,250 320,480 40,40' \
  -fill '#e3b690' -draw 'circle 240,190 240,120' -fill '#3a2a20' -draw 'ellipse 240,135 72,36 180,360' \
  -fill '#000000a0' -draw 'rectangle 0,0 480,30' \
  -font "$mono" -pointsize 16 -fill white -annotate +10+21 'DOORBELL  VISITOR' \
  -background black -vignette 0x120+-20+-20 -quality 72 -strip "$out/doorbell-visitor.jpg"
"$convert_bin" "$tmp/porch.png" -fill '#5b4a2c' -draw 'roundrectangle 150,250 330,480 40,40' \
  -fill '#d7a47c' -draw 'circle 240,190 240,125' -fill '#2f2a22' -draw 'rectangle 175,110 305,140' \
  -fill '#b07a3c' -draw 'rectangle 190,300 300,390' -fill '#8c5e2b' -draw 'line 190,345 300,345' \
  -fill '#000000a0' -draw 'rectangle 0,0 480,30' \
  -font "$mono" -pointsize 16 -fill white -annotate +10+21 'DOORBELL  DELIVERY' \
  -background black -vignette 0x120+-20+-20 -quality 72 -strip "$out/doorbell-courier.jpg"

# Clips: the still scene as background, a shape moving across it, a running clock, 4 s, small.
clip() {
  local background="$1" overlay_filter="$2" label="$3" output="$4"
  ffmpeg -v error -y -loop 1 -framerate 10 -t 4 -i "$background" \
    -f lavfi -i "color=c=black@0:s=640x360:d=4,format=rgba" \
    -filter_complex "[0:v]scale=480:-2[bg];${overlay_filter};[v]drawtext=fontfile=${mono}:text='${label} %{pts\\:hms}':x=8:y=8:fontsize=14:fontcolor=white:box=1:boxcolor=black@0.6[out]" \
    -map '[out]' -c:v libx264 -preset veryslow -crf 34 -pix_fmt yuv420p -movflags +faststart \
    -an "$output"
}
clip "$tmp/scene.png" \
  "color=c=0x2b3a55:s=18x48:d=4[p];[bg][p]overlay=x='60+t*80':y=190[v]" \
  'CAM MOTION' "$out/clip-driveway-motion.mp4"
clip "$tmp/scene.png" \
  "color=c=0x9c1f27:s=110x40:d=4[c];[bg][c]overlay=x='-110+t*120':y=200[v]" \
  'CAM VEHICLE' "$out/clip-driveway-vehicle.mp4"
clip "$tmp/porch.png" \
  "color=c=0x3c5a7a:s=90x160:d=4[p];[bg][p]overlay=x=195:y='480-t*55'[v]" \
  'DOORBELL' "$out/clip-porch.mp4"

ls -l "$out"
