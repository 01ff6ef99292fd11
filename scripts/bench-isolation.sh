#!/usr/bin/env bash
# Measures what the program sandbox costs: runs the applier benchmark (bench/Alchemist.Bench -- applier ROWS) on the
# commit before the isolation work and on this working tree, one after the other on the same machine, and writes both
# outputs with the load averages to docs/measured/applier-isolation.txt (before and after alternate, twice). Usage: scripts/bench-isolation.sh [ROWS] [BASE]
# Run it alone on a quiet machine (2 cores: any other build or test makes the figures meaningless).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
base=${2:-4bfe9a3}
out=docs/measured/applier-isolation.txt
before=$(mktemp -d)/before
git worktree add -q --detach "$before" "$base"
trap 'git worktree remove --force "$before"' EXIT
dotnet build -c Release "$before/bench/Alchemist.Bench" >/dev/null
dotnet build -c Release bench/Alchemist.Bench >/dev/null
{
  echo "Applier benchmark, $rows rows, before ($base: one worker per row range running every program, wall-clock deadline) and after (this tree: compile and run only in jailed workers, one program per process, CPU-time deadline)."
  echo "Written by scripts/bench-isolation.sh on $(date -u +%Y-%m-%d) ($(nproc) cores). Before and after alternate twice, because this machine's speed drifts"
  echo "by tens of percent within minutes (compare the Python line of each run, the same work every time): compare runs measured next to each other."
  for round in 1 2; do
    echo
    echo "== round $round, before ($base); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    dotnet "$before/bench/Alchemist.Bench/bin/Release/net10.0/Alchemist.Bench.dll" applier "$rows"
    echo
    echo "== round $round, after ($(git rev-parse --short HEAD)$(git diff --quiet || echo ' + working tree')); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    dotnet bench/Alchemist.Bench/bin/Release/net10.0/Alchemist.Bench.dll applier "$rows"
  done
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
