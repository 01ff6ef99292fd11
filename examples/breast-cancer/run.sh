#!/usr/bin/env bash
# The Wisconsin breast-cancer task end to end through feature programs, offline:
# programs (synthesized through alchemist.yaml, see SYNTHESIS.md) -> label model -> end model, scored against the gold labels.
# Usage: examples/breast-cancer/run.sh [RUNDIR]   (from the repository root, after `dotnet build -c Release`)
set -euo pipefail
here=$(dirname "$0")
run=${1:-runs/breast-cancer}
mkdir -p "$(dirname "$run")"
alchemist() { dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll "$@"; }
features=(); fields=()
while read -r f; do features+=(--feature-field "$f"); fields+=(--text-field "$f"); done < "$here/features.txt"

for split in train test; do
  alchemist apply --data "$here/$split.csv" --programs "$here/programs" --out "$run/$split" \
    --labels benign,malignant --label-field label "${features[@]}" --json > "$run.$split.apply.json"
done
# Label model: fitted on each split's votes alone (no gold); gold only scores it.
for split in train test; do
  alchemist eval --run "$run/$split" --label-model mv --split data --json | python3 -c \
    "import json,sys; d=json.load(sys.stdin); print('label model (mv) on $split: accuracy', round(d['accuracy'], 4), 'coverage', round(d['coverage'], 4))"
done
# End model: logistic regression on the standardised features, trained on the train split's pseudolabels.
alchemist aggregate --run "$run/train" --label-model mv --json > /dev/null
alchemist distill --run "$run/train" --end-model logreg --features numeric --seed 0 --json > /dev/null
alchemist predict --model "$run/train/end_model.bin" --data "$here/test.csv" "${fields[@]}" --label-field label \
  --out "$run/test_predictions.csv" --json > /dev/null
python3 -c "
import csv; rows = list(csv.DictReader(open('$run/test_predictions.csv')))
print('end model (logreg on mv pseudolabels) on test: accuracy', round(sum(r['gold_label'] == r['predicted_label'] for r in rows) / len(rows), 4), 'of', len(rows))"
