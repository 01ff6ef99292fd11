#!/usr/bin/env bash
# Where `alchemist predict`'s time goes (issues 11 item 6 and 12), measured inside one process by the benchmark runner
# `predict-stages` (bench/Alchemist.Bench/Distillation/PredictStagesBench.cs), which turns on the stage timer
# (src/Alchemist/Distillation/StageTimes.cs) that the product leaves off:
#  1. stages: PredictStep on ROWS perturbed clickbait headlines (scripts/perturbed-clickbait.py, all distinct) with the
#     TF-IDF and MiniLM end models of the youtube-spam example (trained offline by `alchemist run`), first with the
#     run's embedding cache removed (cold), then again with it filled (warm): seconds per stage.
#  2. batching: the embedder alone on 5,000 distinct headlines and on 800 IMDb reviews, with the old batching (32 texts
#     whatever their length), the default token budget and other budgets, alternated round by round, with texts/s and
#     the largest difference from the old batching's vectors.
# Holds /tmp/alchemist-build.lock throughout. Build first: dotnet build Alchemist.sln -c Release.
# Usage: scripts/measure-predict-stages.sh [ROWS]   (default 20000). Writes docs/measured/predict-stages.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALCHEMIST_MEASURE_LOCKED:-}" ]; then
  ALCHEMIST_MEASURE_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"
fi
source scripts/measured.sh
rows=${1:-20000}
out=docs/measured/predict-stages.md
cli=(dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll)
bench=(dotnet bench/Alchemist.Bench/bin/Release/net10.0/Alchemist.Bench.dll predict-stages)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header=$(measured_header scripts/measure-predict-stages.sh "$rows")
uptime_start=$(uptime)

python3 scripts/perturbed-clickbait.py "$rows" "$work/headlines.csv" ../shared/data/clickbait/clickbait_data.csv
head -n 5001 "$work/headlines.csv" > "$work/headlines-5k.csv"
python3 - "$work/imdb.csv" ../shared/data/imdb/test.jsonl <<'PY'
import csv, json, sys
with open(sys.argv[2], encoding="utf-8") as f:
    reviews = [json.loads(line)["sentence"] for line in f][:800]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["text"]); w.writerows([r] for r in reviews)
PY
mkdir -p "$work/yt"
cp -r examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$work/yt/"
echo "training the TF-IDF and MiniLM end models on the youtube-spam example..." >&2
"${cli[@]}" run "$work/yt" --offline --features tfidf --name tfidf --json >/dev/null
"${cli[@]}" run "$work/yt" --offline --features minilm --name minilm --json >/dev/null

echo "stages..." >&2
"${bench[@]}" stages --model "$work/yt/runs/tfidf/end_model.bin" --model "$work/yt/runs/minilm/end_model.bin" \
  --data "$work/headlines.csv" --text-field text > "$work/stages.txt"
echo "batching, headlines..." >&2
"${bench[@]}" batching --data "$work/headlines-5k.csv" --text-field text --rounds 3 --window 2048 --caps 512,1024,4096,8192 > "$work/batching-headlines.txt"
echo "batching, IMDb reviews..." >&2
"${bench[@]}" batching --data "$work/imdb.csv" --text-field text --rounds 2 --window 2048 --caps 1024,4096,8192 > "$work/batching-imdb.txt"

{
  echo "# Where \`alchemist predict\`'s time goes"
  echo
  echo "$header"
  echo
  echo "- uptime at the start: $uptime_start"
  echo "- input: the first $rows rows of the perturbed clickbait headlines (\`scripts/perturbed-clickbait.py\`; all distinct), column \`text\`"
  echo "- end models: the youtube-spam example's, trained offline by \`alchemist run --features tfidf|minilm\`"
  echo "- stages: \`Alchemist.Bench predict-stages stages\`: one process, \`PredictStep.Run\` with the stage timer on; cold = the run's"
  echo "  \`cache/embeddings\` removed first, warm = straight after, every vector in the cache. Seconds are wall time inside"
  echo "  the step (no process start-up); no two stages overlap, so the rows with \"(not in a stage)\" add up to the step's time."
  echo "- batching: \`Alchemist.Bench predict-stages batching\`: the embedder alone on the distinct texts, in calls of 2,048"
  echo "  texts (a predict batch), each batching in turn within a round; \"32, -\" is the batching before token budgets."
  echo
  echo '```'
  cat "$work/stages.txt"
  echo
  cat "$work/batching-headlines.txt" | tail -n +2
  echo
  cat "$work/batching-imdb.txt" | tail -n +2
  echo '```'
  echo
  measured_footer
} > "$out"
cat "$out"
