#!/usr/bin/env bash
# Packs the tool, installs it into a temporary tool path and prints the package's size, its file count and the
# installed size into docs/measured/package-size.txt, which README.md's Install section quotes. Run it under the shared
# build lock on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
out=docs/measured/package-size.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet pack -c Release src/Alchemist.Cli -o "$work/nupkg" >/dev/null
package=$(ls "$work"/nupkg/Alchemist.Cli.*.nupkg)
dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" Alchemist.Cli >/dev/null
"$work/tool/alchemist" --help >/dev/null
{
  measured_header scripts/package-size.sh
  echo "package: $(du -m "$package" | cut -f1) MB ($(stat -c %s "$package") bytes), $(unzip -l "$package" | tail -1 | awk '{print $2}') files"
  echo "installed: $(du -sm "$work/tool" | cut -f1) MB"
} | tee "$out"
