#!/usr/bin/env bash
# Measures refinement before/after on experiments/refine/* and the bundled example, offline from their batch files, and
# writes docs/measured/refinement.md (with the date, cores and load). Build first: dotnet build -c Release Alchemist.sln.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
cli=src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll
{
  measured_header scripts/measure-refinement.sh
  echo
  python3 scripts/measure-refinement.py "$cli" experiments/refine/sms examples/youtube-spam experiments/refine/imdb experiments/refine/yelp \
    experiments/refine/agnews experiments/refine/finance
  echo
  measured_footer
} > docs/measured/refinement.md.new
mv docs/measured/refinement.md.new docs/measured/refinement.md
cat docs/measured/refinement.md
