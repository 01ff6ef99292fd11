#!/usr/bin/env bash
# Rewrites every generated section of README.md and docs/ from the code and the measurements that produce them.
# The same tests fail in `scripts/test.sh` when a section is stale, so a figure in the docs cannot drift from the code.
set -euo pipefail
cd "$(dirname "$0")/.."
ALCHEMIST_UPDATE_DOCS=1 dotnet test tests/Alchemist.Tests -c Release --filter "FullyQualifiedName~Doc" 2>&1 | tail -3
