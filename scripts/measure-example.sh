#!/usr/bin/env bash
# Measures the bundled example end to end, offline, and writes docs/measured/youtube-spam-run.md, which
# docs/pipeline.md quotes: `alchemist run` with the default features (auto) on a fresh copy of the project (each
# stage's wall time, the label model's and end model's test accuracy), the same command again with nothing changed
# (every stage skipped), and `--features tfidf` on another fresh run folder. About a minute on 2 cores.
# Usage: scripts/measure-example.sh   (after `dotnet build -c Release src/Alchemist.Cli`; on a shared machine run it
# under the build lock, as scripts/update-docs.sh --measured does).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
out=docs/measured/youtube-spam-run.md
cli=(dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/yt"
cp -r examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$work/yt/"
header=$(measured_header scripts/measure-example.sh)
"${cli[@]}" run "$work/yt" --json > "$work/minilm.json"
"${cli[@]}" run "$work/yt" --json > "$work/again.json"
"${cli[@]}" run "$work/yt" --features tfidf --name tfidf --json > "$work/tfidf.json"
footer=$(measured_footer)
python3 - "$work" "$header" "$footer" > "$out" <<'PY'
import json, sys
work, header, footer = sys.argv[1:4]
runs = {name: json.load(open(f"{work}/{name}.json")) for name in ("minilm", "again", "tfidf")}
def stages(run):
    return ", ".join(f"{s['stage']} {'skipped' if s['skipped'] else format(s['seconds'], '.1f') + ' s'}" for s in run["stages"])
def test(run, model):
    scores = run["evaluation"][f"{model}_scores"].get("test")
    return "n/a" if scores is None else f"{scores['accuracy']:.3f}"
print(header)
print()
print("| command (fresh copy of examples/youtube-spam, offline) | wall time | stages | test accuracy: label model | end model |")
print("|---|---:|---|---:|---:|")
rows = [("`alchemist run` (`--features auto`, the default)", "minilm"),
        ("the same command again, nothing changed", "again"),
        ("`alchemist run --features tfidf` (new run folder)", "tfidf")]
for label, name in rows:
    run = runs[name]
    print(f"| {label} | {run['seconds']:.1f} s | {stages(run)} | {test(run, 'label_model')} ({run['evaluation']['label_model']}) | {test(run, 'end_model')} |")
print()
print(footer)
PY
cat "$out"
