#!/usr/bin/env bash
# Measures `alchemist predict` rows/s with a TF-IDF and a MiniLM end model trained on the bundled example (offline),
# on N distinct comments (the example's texts, numbered so none repeats) and on the same N rows where every text
# repeats ten times (distinct texts are featurized once). Usage: scripts/predict-rate.sh [TFIDF_ROWS] [MINILM_ROWS]
# (default 200000 and 5000). Build first: dotnet build -c Release src/Alchemist.Cli. Writes docs/measured/predict-rate.txt
# (with the date, cores and load average), which docs/distillation.md quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
out=docs/measured/predict-rate.txt
tfidf_rows=${1:-200000}
minilm_rows=${2:-5000}
cli=(dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/yt"
cp -r examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$work/yt/"
"${cli[@]}" run "$work/yt" --features tfidf --name tfidf --json >/dev/null
"${cli[@]}" run "$work/yt" --features minilm --name minilm --json >/dev/null
make_csv() { # rows repeat -> file
  python3 - "$1" "$2" "$3" "$work/yt/data/train.json" <<'PY'
import csv, json, sys
rows, repeat, out, source = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
texts = [r["data"]["text"] for r in json.load(open(source)).values()]
with open(out, "w", newline="") as f:
    w = csv.writer(f); w.writerow(["text"])
    for i in range(rows):
        k = i // repeat
        w.writerow([f"{texts[k % len(texts)]} #{k}"])
PY
}
measure() { # model rows repeat
  make_csv "$2" "$3" "$work/in.csv"
  "${cli[@]}" predict --model "$work/yt/runs/$1/end_model.bin" --data "$work/in.csv" --out "$work/out.csv" --json |
    python3 -c "import json,sys; d=json.load(sys.stdin); print(f\"$1: {d['rows']:,} rows ({d['distinct_texts']:,} distinct) in {d['seconds']:.1f} s = {d['rows']/d['seconds']:,.0f} rows/s\")"
}
{
  measured_header scripts/predict-rate.sh "$tfidf_rows" "$minilm_rows"
  measure tfidf "$tfidf_rows" 1
  measure tfidf "$tfidf_rows" 10
  measure minilm "$minilm_rows" 1
  measure minilm "$minilm_rows" 10
  measured_footer
} | tee "$out"
