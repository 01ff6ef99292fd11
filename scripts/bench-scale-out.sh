#!/usr/bin/env bash
# Scale-out benchmark: synthetic-but-realistic rows (the YouTube comments of ../shared/data/youtube repeated with
# perturbations: a row number, a swapped word pair, a changed letter case, so no two rows are the same text) × the ten
# keyword programs of scripts/youtube-project.sh, in-process. For each size, side by side in one run:
#   plan (one shard holding every row: a byte range of the CSV), apply --shard 0 (rows/s, per core, peak RSS),
#   reduce (snorkel; time, peak RSS), predict --shard 0 with a TF-IDF end model (the end model's label per row plus the
#   label model's posteriors from the shard's votes; rows/s, peak RSS), the same predict again under a 192 MiB GC heap
#   limit (it finishes only if a shard's memory is bounded), then shards of a quarter of the rows with apply --parallel 2
#   and reduce, and whether that label model is byte-identical to the one-shard model. Between two sizes, the extra
#   rows over the extra seconds give the rate without the fixed start-up (.NET start, compiling the programs).
# MiniLM features are too slow for millions of rows on two cores: predict --shard 0 with a MiniLM end model (and the
# TF-IDF one, side by side) runs on the first MINILM_ROWS rows alone. The end models are distilled (mlp) from the
# YouTube training split labelled by the same programs.
# Usage: flock /tmp/alchemist-build.lock bash scripts/bench-scale-out.sh [sizes...]   (default: 1000000 10000000)
#   MINILM_ROWS (default 20000). Writes docs/measured/scale-out.md. Needs about 3 GB of disk per 10M rows in /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
source scripts/measured.sh
source scripts/youtube-project.sh
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
minilm_rows=${MINILM_ROWS:-20000}
youtube=$(cd .. && pwd)/shared/data/youtube
header=$(measured_header scripts/bench-scale-out.sh "${sizes[@]}")
work=$(mktemp -d /tmp/alchemist-bench-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build src/Alchemist.Cli/Alchemist.Cli.csproj -c Release -v q -nologo >/dev/null
cli="$repo/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll"
cores=$(nproc)

# Seconds and peak RSS (MiB) of one command into $work/measured: "SECONDS MIB" (the script stops when the command fails).
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$cli" "$@" >/dev/null 2>"$work/err" || { echo "failed: alchemist $*" >&2; cat "$work/err" >&2; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/time" > "$work/measured"
}
rate() { awk -v n="$1" -v s="$2" -v c="${3:-1}" 'BEGIN { printf "%.0f", n / s / c }'; }

# The end models: the ten programs on the YouTube folder, snorkel, an MLP on TF-IDF and one on MiniLM embeddings.
youtube_project "$work/reference" reference "$youtube" "" 10
dotnet "$cli" apply --data "$youtube" --programs "$work/reference/programs" --out "$work/models" --labels HAM,SPAM --in-process --json >/dev/null
dotnet "$cli" aggregate --run "$work/models" --label-model snorkel --json >/dev/null
dotnet "$cli" distill --run "$work/models" --features tfidf --json >/dev/null
mv "$work/models/end_model.bin" "$work/tfidf.bin"
mv "$work/models/end_model.bin.sha256" "$work/tfidf.bin.sha256"
dotnet "$cli" distill --run "$work/models" --features minilm --json >/dev/null
mv "$work/models/end_model.bin" "$work/minilm.bin"
mv "$work/models/end_model.bin.sha256" "$work/minilm.bin.sha256"

# comments.csv with N perturbed comments (column "comment").
make_csv() {
  python3 - "$youtube/train.json" "$1" "$2" <<'PY'
import csv, json, random, sys
texts = [r["data"]["text"].replace("\n", " ") for r in json.load(open(sys.argv[1])).values()]
rng = random.Random(13)
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["comment"])
    for i in range(int(sys.argv[3])):
        words = texts[i % len(texts)].split()
        if len(words) > 2:
            j = rng.randrange(len(words) - 1)
            words[j], words[j + 1] = words[j + 1], words[j]
        text = " ".join(words)
        w.writerow([(text.upper() if i % 7 == 0 else text) + f" #{i}"])
PY
}

rows_table=""
marginal_table=""
for n in "${sizes[@]}"; do
  project="$work/p$n"
  youtube_project "$project" bench comments.csv comment 10
  make_csv "$project/comments.csv" "$n"
  mb=$(du -m "$project/comments.csv" | cut -f1)
  measure plan "$project" --rows-per-shard "$n" --name whole
  read -r plan_s _ < "$work/measured"
  measure apply "$project" --shard 0 --name whole --in-process
  read -r apply_s apply_mb < "$work/measured"
  measure reduce "$project" --name whole --label-model snorkel
  read -r reduce_s reduce_mb < "$work/measured"
  measure predict "$project" --shard 0 --name whole --model "$work/tfidf.bin"
  read -r predict_s predict_mb < "$work/measured"
  rm -f "$project"/runs/whole/shards/00000/predictions.parquet "$project"/runs/whole/shards/00000/_PREDICTED
  DOTNET_GCHeapHardLimit=0xC000000 measure predict "$project" --shard 0 --name whole --model "$work/tfidf.bin"
  read -r _ limited_mb < "$work/measured"
  rm -f "$project"/runs/whole/shards/00000/predictions.parquet
  dotnet "$cli" plan "$project" --rows-per-shard $(( (n + 3) / 4 )) --name sharded >/dev/null
  measure apply "$project" --parallel 2 --name sharded --in-process
  read -r par_s _ < "$work/measured"
  measure reduce "$project" --name sharded --label-model snorkel
  read -r red2_s _ < "$work/measured"
  cmp -s "$project/runs/whole/label_model.json" "$project/runs/sharded/label_model.json" && same=yes || same=NO
  [ -z "${last_n:-}" ] || marginal_table+="| $last_n → $n | $(rate $((n - last_n)) "$(awk -v a="$apply_s" -v b="$last_apply" 'BEGIN { print a - b }')") | $(rate $((n - last_n)) "$(awk -v a="$predict_s" -v b="$last_predict" 'BEGIN { print a - b }')") |"$'\n'
  last_n=$n last_apply=$apply_s last_predict=$predict_s
  rows_table+="| $n | $mb | $plan_s | $apply_s | $(rate "$n" "$apply_s") | $(rate "$n" "$apply_s" "$cores") | $apply_mb | $reduce_s | $reduce_mb | $predict_s | $(rate "$n" "$predict_s") | $(rate "$n" "$predict_s" "$cores") | $predict_mb | $limited_mb | $par_s | $(rate "$n" "$par_s") | $red2_s | $same |"$'\n'
  rm -rf "$project"
done

# MiniLM beside TF-IDF on the first MINILM_ROWS rows (end model only: no votes in this run).
project="$work/minilm"
youtube_project "$project" bench comments.csv comment 10
make_csv "$project/comments.csv" "$minilm_rows"
dotnet "$cli" plan "$project" --rows-per-shard "$minilm_rows" --name tfidf >/dev/null
dotnet "$cli" plan "$project" --rows-per-shard "$minilm_rows" --name minilm >/dev/null
measure predict "$project" --shard 0 --name tfidf --model "$work/tfidf.bin"
read -r small_tfidf_s small_tfidf_mb < "$work/measured"
measure predict "$project" --shard 0 --name minilm --model "$work/minilm.bin"
read -r small_minilm_s small_minilm_mb < "$work/measured"

out=docs/measured/scale-out.md
{
  echo "# Scale-out benchmark (scripts/bench-scale-out.sh)"
  echo
  echo "$header"
  echo
  echo "Rows: YouTube comments (../shared/data/youtube/train.json) repeated with perturbations (a row number, a swapped word pair, upper case every"
  echo "seventh row: every row a distinct text), one CSV; ten keyword programs (scripts/youtube-project.sh), in-process. One shard holding"
  echo "every row (a byte range): \`apply --shard 0\`, \`reduce --label-model snorkel\`, \`predict --shard 0\` with an MLP on TF-IDF features"
  echo "(the end model's label and probability per row, plus the label model's posteriors from the shard's votes, into predictions.parquet);"
  echo "then four shards with \`apply --parallel 2\` and \`reduce\`; 'same model' compares the two label_model.json files byte for byte."
  echo "Seconds are wall time of the whole command (.NET start included); RSS is the process's peak (GNU time); per core = rows/s ÷ $cores cores"
  echo "(a shard runs its programs on one thread per core; featurizing and the network use the cores too)."
  echo
  echo "| rows | CSV MB | plan s | apply s | rows/s | per core | apply peak RSS MiB | reduce s | reduce peak RSS MiB | predict (TF-IDF) s | rows/s | per core | predict peak RSS MiB | under a 192 MiB heap limit: peak RSS MiB | apply --parallel 2, 4 shards s | rows/s | reduce s | same model |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows_table"
  if [ -n "$marginal_table" ]; then
    echo
    echo "Rows/s between sizes (extra rows ÷ extra seconds of the one-shard commands: start-up and program compilation cancel out):"
    echo
    echo "| sizes | apply rows/s | predict (TF-IDF) rows/s |"
    echo "|---|---|---|"
    printf '%s' "$marginal_table"
  fi
  echo
  echo "MiniLM embeddings beside TF-IDF, \`predict --shard 0\` on the first $minilm_rows rows (end model only; MiniLM at millions of rows would take hours on $cores cores):"
  echo
  echo "| features | rows | s | rows/s | peak RSS MiB |"
  echo "|---|---|---|---|---|"
  echo "| TF-IDF | $minilm_rows | $small_tfidf_s | $(rate "$minilm_rows" "$small_tfidf_s") | $small_tfidf_mb |"
  echo "| MiniLM | $minilm_rows | $small_minilm_s | $(rate "$minilm_rows" "$small_minilm_s") | $small_minilm_mb |"
  echo
  measured_footer
} > "$out"
cat "$out"
