#!/usr/bin/env bash
# Label models on WRENCH datasets' own weak labels: fitted on train votes, class balance from valid gold labels,
# scored on the full test split (all rows, and covered rows). Prints a markdown table and writes it, with the date,
# cores and load average, to docs/measured/label-models-reference.md, which docs/label-models.md quotes; then, per
# tie-break, what `auto` chose from its held-out agreement scores against the best model by test accuracy.
# Usage: bash bench/Alchemist.Bench/Aggregation/reference_table.sh [TIE_BREAK ...]   (default: prior lowest random)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="$root/../shared/data"
dotnet build "$root/src/Alchemist.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli"
policies=("${@:-prior lowest random}")
source "$root/scripts/measured.sh"
cd "$root"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
{
measured_header bench/Alchemist.Bench/Aggregation/reference_table.sh "${policies[@]}"
echo
echo "| dataset | tie-break | model | chosen | acc (all) | F1 bin (all) | F1 macro (all) | coverage | acc (covered) | F1 bin (covered) | F1 macro (covered) | Brier | ECE |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for policy in ${policies[@]}; do
  for ds in youtube sms trec semeval; do
    extra=()
    [ "$ds" = trec ] && extra=(--exclude-ids "$data/trec/labeled_ids.json")
    for model in mv wmv ds snorkel flyingsquid auto; do
      "$cli" eval --data "$data/$ds" --weak-labels dataset --label-model "$model" --split test --tie-break "$policy" "${extra[@]}" --json |
        python3 -c '
import json, sys
d = json.load(sys.stdin)
open(sys.argv[2], "a").write(json.dumps(dict(d, dataset=sys.argv[1])) + "\n")
f = lambda x: "-" if x is None else "%.3f" % x
print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (sys.argv[1], d["tie_break"], d["label_model"], d["chosen_label_model"],
  f(d["accuracy"]), f(d["f1_binary"]), f(d["f1_macro"]), f(d["coverage"]), f(d["covered_accuracy"]), f(d["covered_f1_binary"]),
  f(d["covered_f1_macro"]), f(d["brier"]), f(d["ece"])))' "$ds" "$results"
    done
  done
done
python3 - "$results" <<'PY'
import json, sys
runs = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
models = ["mv", "wmv", "ds", "snorkel", "flyingsquid"]
print()
print("`auto`: held-out agreement of each candidate (" + " / ".join(models) + "), its choice, and the best model by test accuracy (gold-best):")
print()
print("| dataset | tie-break | held-out agreement | auto picks | gold-best | match |")
print("|---|---|---|---|---|---|")
for i in range(0, len(runs), 6):  # mv wmv ds snorkel flyingsquid auto, per dataset and tie-break
    group, auto = runs[i:i + 5], runs[i + 5]
    best = max(group, key=lambda r: r["accuracy"])
    agreement = auto.get("auto_scores") or {}
    scores = " / ".join("-" if agreement.get(m) is None else "%.3f" % agreement[m] for m in models)
    print("| %s | %s | %s | %s (%.3f) | %s (%.3f) | %s |" % (auto["dataset"], auto["tie_break"], scores, auto["chosen_label_model"], auto["accuracy"],
          best["label_model"], best["accuracy"], "yes" if auto["accuracy"] >= best["accuracy"] else "no (%+.3f)" % (auto["accuracy"] - best["accuracy"])))
PY
} | tee "$root/docs/measured/label-models-reference.md"
