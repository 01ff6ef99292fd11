#!/usr/bin/env bash
# Runs scripts/slurm-test.sh and keeps its transcript, with the date, cores and load, in docs/measured/slurm-test.md.
set -uo pipefail
cd "$(dirname "$0")/.."
out=docs/measured/slurm-test.md
transcript=$(bash scripts/slurm-test.sh 2>&1)
status=$?
{
  echo "# Slurm job-array test (scripts/slurm-test.sh)"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), exit status $status."
  echo
  echo '```'
  echo "$transcript" | sed -E 's#/tmp/alchemist-slurm\.[A-Za-z0-9]+#$WORK#g'
  echo '```'
} > "$out"
echo "wrote $out"
exit $status
