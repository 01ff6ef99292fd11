#!/usr/bin/env bash
# Re-makes docs/report-overview.png: the bundled example run offline with TF-IDF features, its report, and a headless
# Chromium screenshot of the top of the page (the programs overview). Needs chromium (scripts/ensure-chromium.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/youtube-spam"
cp -r examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$work/youtube-spam/"
dotnet run -c Release --project src/Alchemist.Cli -- run "$work/youtube-spam" --features tfidf
dotnet run -c Release --project src/Alchemist.Cli -- report "$work/youtube-spam/runs/youtube-spam"
chromium=$(bash scripts/ensure-chromium.sh)
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$work/profile" --window-size=1280,760 --screenshot="$PWD/docs/report-overview.png" \
  "file://$work/youtube-spam/runs/youtube-spam/report.html"
