#!/usr/bin/env bash
# Regenerates the pictures in docs/img that show gilvm's own pages, as a
# projector would show them (1400x1000), with headless Chromium:
#   apt-get install chromium      # Debian; any Chromium or Chrome will do
#   bash scripts/screenshots.sh
# The runs are real-time ones, so the pictures differ a little each time.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shoot() { # page.html picture.png
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1400,1000 --screenshot="$2" "file://$1" 2>/dev/null
}
target/release/gilvm run --report "$out/cpu_bound.html" examples/cpu_bound.py
shoot "$out/cpu_bound.html" docs/img/report_cpu_bound.png
target/release/gilvm compare --report "$out/compare.html" examples/counter_race.py > /dev/null
shoot "$out/compare.html" docs/img/compare_counter_race.png
