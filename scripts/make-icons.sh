#!/usr/bin/env bash
# Renders the icon's PNG sizes from assets/packaging/icons/counterpoint.svg
# (ImageMagick). The PNGs are committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets/packaging/icons"
for s in 16 24 32 48 64 128 256 512; do
  mkdir -p "${s}x${s}"
  convert -background none -density 300 counterpoint.svg -resize "${s}x${s}" "${s}x${s}/counterpoint.png"
done
