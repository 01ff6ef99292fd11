#!/usr/bin/env bash
# Runs one benchmark of bench/Alchemist.Bench and writes its output, with the date, commit, cores and load average,
# to docs/measured/NAME.txt, which the docs quote through a generated block (scripts/update-docs.sh fills it).
# Usage: scripts/bench-doc.sh NAME BENCH-ARGS...   e.g. scripts/bench-doc.sh label-models label-models
# Benchmarks take minutes and need a quiet machine: never run them beside builds or tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
[ $# -ge 2 ] || { echo "usage: scripts/bench-doc.sh NAME BENCH-ARGS..." >&2; exit 2; }
name=$1; shift
dotnet build -c Release bench/Alchemist.Bench >/dev/null
{
  measured_header "scripts/bench-doc.sh $name" "$@"
  dotnet bench/Alchemist.Bench/bin/Release/net10.0/Alchemist.Bench.dll "$@"
  measured_footer
} | tee "docs/measured/$name.txt"
