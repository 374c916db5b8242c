#!/usr/bin/env bash
# Regenerates docs/report.png, the picture of `kban report` in README.md: the report of the
# built-in corpus as headless Chromium shows it at a laptop's width (the top of the page: the
# sources, the timeline, the first events). Nothing is fetched; host names do not resolve.
# Usage: tools/screenshot_report.sh [KBAN] [OUT]
set -euo pipefail
kban="${1:-build/kban}"
out="${2:-docs/report.png}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot_report: needs Chromium (Debian: apt-get install chromium)" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$kban" report --output "$tmp/report.html"
args=(--headless --disable-gpu --no-first-run --hide-scrollbars --disable-extensions
      "--host-resolver-rules=MAP * ~NOTFOUND" "--user-data-dir=$tmp/profile"
      --window-size=1000,1200 --force-device-scale-factor=1 "--screenshot=$tmp/report.png")
# Chromium refuses to run as root inside its sandbox.
if [ "$(id -u)" = 0 ]; then args+=(--no-sandbox); fi
"$browser" "${args[@]}" "file://$tmp/report.html" >/dev/null 2>&1
# Smaller when an optimizer is at hand; the picture is the same.
if command -v optipng >/dev/null; then optipng -quiet -o2 "$tmp/report.png"; fi
cp "$tmp/report.png" "$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
