#!/usr/bin/env bash
# Builds and runs every test; prints "N passed, N failed" last and exits non-zero on any failure.
# Installs or locates what the tests need first (Chromium for the report test), so a fresh clone passes by itself.
set -uo pipefail
cd "$(dirname "$0")/.."
# The jail tests start program workers inside bubblewrap (Debian's package), as the tool does when it is installed.
if ! command -v bwrap >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null
fi
ALCHEMIST_CHROMIUM=$(bash scripts/ensure-chromium.sh) || exit 1
export ALCHEMIST_CHROMIUM
log=$(mktemp)
dotnet test Alchemist.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# vstest prints one summary line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ..."
count() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
rm -f "$log"
echo "${passed:-0} passed, ${failed:-0} failed"
if [ "$status" -ne 0 ] || [ "${failed:-0}" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then exit 1; fi
