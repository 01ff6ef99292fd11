#!/usr/bin/env bash
# Runs examples/breast-cancer/run.sh (feature programs -> label model -> end model, offline) in a temporary run folder
# and writes its output, with the date, cores and load average, to docs/measured/breast-cancer.txt, which
# docs/concepts.md quotes. Build first: dotnet build -c Release Alchemist.sln.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  measured_header examples/breast-cancer/run.sh
  bash examples/breast-cancer/run.sh "$work/breast-cancer"
  measured_footer
} | tee docs/measured/breast-cancer.txt
