#!/usr/bin/env bash
# Repeats a newcomer's first steps on a fresh clone and times each one: `git clone` of this repository (its committed
# HEAD) into a temporary folder, the README's main command (`dotnet run -c Release --project src/Alchemist.Cli -- run
# examples/youtube-spam`: restore, build, and the whole offline example), the same command again (nothing changed),
# and `alchemist report` on the run. Writes docs/measured/walkthrough.md: each step's wall time, exit code and the
# last 40 lines it printed (stdout and stderr). The NuGet package cache of this machine is warm (a first install on a new machine also
# downloads the packages). Holds /tmp/alchemist-build.lock while measuring.
# Usage: scripts/measure-walkthrough.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALCHEMIST_MEASURE_LOCKED:-}" ]; then
  ALCHEMIST_MEASURE_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"
fi
source scripts/measured.sh
out=docs/measured/walkthrough.md
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header=$(measured_header scripts/measure-walkthrough.sh)
steps=()

# step TITLE COMMAND...: runs the command in the clone (after the clone step), records wall time, exit code and output tail.
step() {
  local title=$1; shift
  local started ended code=0
  started=$(date +%s.%N)
  ( cd "${clone:-$work}" && "$@" ) > "$work/step.log" 2>&1 || code=$?
  ended=$(date +%s.%N)
  local seconds
  seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$started" "$ended")
  echo "$title: exit $code in $seconds s" >&2
  steps+=("$title|$*|$code|$seconds|$(tail -n 40 "$work/step.log" | sed 's/\x1b\[[0-9;]*m//g' | base64 -w0)")
}

step "fresh clone" git clone --quiet --no-hardlinks "$repo" "$work/alchemist"
clone="$work/alchemist"
step "README main command (restore, build, run the example)" dotnet run -c Release --project src/Alchemist.Cli -- run examples/youtube-spam
step "the same command again, nothing changed" dotnet run -c Release --project src/Alchemist.Cli -- run examples/youtube-spam
step "the review page" dotnet run -c Release --no-build --project src/Alchemist.Cli -- report examples/youtube-spam/runs/youtube-spam
footer=$(measured_footer)

{
  echo "# A newcomer's walkthrough on a fresh clone"
  echo
  echo "$header"
  echo
  echo "Commit cloned: $(git -C "$clone" rev-parse --short HEAD) (the committed HEAD of the checkout that ran the script). NuGet's package cache was warm."
  echo
  echo "| step | command | exit | seconds |"
  echo "|---|---|---:|---:|"
  for s in "${steps[@]}"; do
    IFS='|' read -r title command code seconds _ <<< "$s"
    command=${command//$work/TMP}
    echo "| $title | \`${command//$repo/REPO}\` | $code | $seconds |"
  done
  echo
  echo "What each step printed last:"
  for s in "${steps[@]}"; do
    IFS='|' read -r title _ _ _ tail <<< "$s"
    echo
    echo "**$title**"
    echo
    echo '```'
    echo "$tail" | base64 -d | sed "s|$work|TMP|g"
    echo '```'
  done
  echo
  echo "$footer"
} | tee "$out"
