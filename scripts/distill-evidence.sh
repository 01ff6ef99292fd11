#!/usr/bin/env bash
# Distillation evidence for docs/distillation.md: on YouTube and SMS (WRENCH splits, the datasets' own weak labels
# aggregated by Snorkel's label model), test accuracy and F1 of the label model vs the distilled MLP on MiniLM
# features vs logistic regression on TF-IDF, over 5 seeds. Prints a markdown table (mean ± std) last and writes it, with
# the date, cores and load average, to docs/measured/distill-evidence.md, which docs/distillation.md quotes.
# Usage: bash scripts/distill-evidence.sh [OUTDIR] [LABEL_MODELS]   (defaults: runs/distill-evidence "snorkel";
# e.g. "snorkel mv" adds majority vote as a second pseudolabel source; needs ../shared beside the clone)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
header=$(measured_header scripts/distill-evidence.sh "$@")
out=${1:-runs/distill-evidence}
label_models=${2:-snorkel}
data=../shared/data
mkdir -p "$out"
dotnet build -c Release src/Alchemist.Cli 2>&1 | grep -E "rror\(s\)|error" || true
cli() { dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll "$@"; }
results="$out/results.jsonl"
: > "$results"
for dataset in youtube sms; do
  for lm in $label_models; do
    run="$out/$dataset-$lm"
    cli aggregate --data "$data/$dataset" --weak-labels dataset --label-model "$lm" --out "$run" --json > "$run-aggregate.json"
    # The texts are the same whatever the label model: share the first run's embedding cache.
    first="$out/$dataset-${label_models%% *}"
    if [ "$first" != "$run" ] && [ -d "$first/cache" ]; then cp -r "$first/cache" "$run/"; fi
    cli eval --data "$data/$dataset" --weak-labels dataset --label-model "$lm" --split test --json \
      | python3 -c "import json,sys; d=json.load(sys.stdin); d.update(dataset='$dataset', model='label model ($lm)', seed=0); print(json.dumps(d))" >> "$results"
    for seed in 0 1 2 3 4; do
      for head in "mlp minilm" "logreg tfidf"; do
        set -- $head
        cli distill --run "$run" --end-model "$1" --features "$2" --seed "$seed" --json > "$run-distill-$1-$2-$seed.json"
        cli eval --run "$run" --end-model --split test --json \
          | python3 -c "import json,sys; d=json.load(sys.stdin); d.update(dataset='$dataset', model='$1 on $2 ($lm pseudolabels)', seed=$seed); print(json.dumps(d))" >> "$results"
      done
    done
  done
done
{
echo "$header"
echo
python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def cell(values):
    return f"{statistics.mean(values):.3f} ± {statistics.stdev(values):.3f}" if len(values) > 1 else f"{values[0]:.3f}"
print("| dataset | model | seeds | test accuracy | test F1 (binary) | test F1 (macro) |")
print("|---|---|---|---|---|---|")
for dataset in ["youtube", "sms"]:
    for model in dict.fromkeys(r["model"] for r in rows if r["dataset"] == dataset):
        group = [r for r in rows if r["dataset"] == dataset and r["model"] == model]
        print(f"| {dataset} | {model} | {len(group)} | {cell([r['accuracy'] for r in group])} | "
              f"{cell([r['f1_binary'] for r in group])} | {cell([r['f1_macro'] for r in group])} |")
PY
echo
measured_footer
} | tee docs/measured/distill-evidence.md
