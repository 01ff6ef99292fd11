#!/usr/bin/env bash
# Runs the whole test suite (scripts/test.sh: restore, build, every test) and writes its "N passed, N failed" line and
# wall time, with the date, cores and load average, to docs/measured/test-suite.txt, which docs/pipeline.md quotes.
# Several minutes; on a shared machine run it under the build lock.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
header=$(measured_header scripts/test.sh)
start=$SECONDS
summary=$(bash scripts/test.sh | tail -1)
status=$?
{
  echo "$header"
  echo "$summary in $((SECONDS - start)) s wall (restore, build and the Chromium check included)."
  measured_footer
} | tee docs/measured/test-suite.txt
exit $status
