#!/usr/bin/env bash
# Prints the path of a Chromium the report test can run headless, installing Debian's `chromium` package when none is
# found (as root, e.g. CI; otherwise it says what to run). Used by scripts/test.sh, so the README's test command and
# .ci/run need the same thing on a fresh machine.
set -euo pipefail
find_chromium() {
  for name in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}
if find_chromium; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium not found: installing Debian's chromium package for the report test" >&2
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
  find_chromium && exit 0
fi
echo "error: the report test needs Chromium; install it (Debian: sudo apt-get install -y chromium) and run again." >&2
exit 1
