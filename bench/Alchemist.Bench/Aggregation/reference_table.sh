#!/usr/bin/env bash
# Label models on WRENCH datasets' own weak labels: fitted on train votes, class balance from valid gold labels,
# scored on the full test split (all rows, and covered rows). Prints a markdown table and writes it, with the date,
# cores and load average, to docs/measured/label-models-reference.md, which docs/label-models.md quotes.
# Usage: bash bench/Alchemist.Bench/Aggregation/reference_table.sh [TIE_BREAK ...]   (default: prior lowest random)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="$root/../shared/data"
dotnet build "$root/src/Alchemist.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli"
policies=("${@:-prior lowest random}")
source "$root/scripts/measured.sh"
cd "$root"
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
f = lambda x: "-" if x is None else "%.3f" % x
print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (sys.argv[1], d["tie_break"], d["label_model"], d["chosen_label_model"],
  f(d["accuracy"]), f(d["f1_binary"]), f(d["f1_macro"]), f(d["coverage"]), f(d["covered_accuracy"]), f(d["covered_f1_binary"]),
  f(d["covered_f1_macro"]), f(d["brier"]), f(d["ece"])))' "$ds"
    done
  done
done
} | tee "$root/docs/measured/label-models-reference.md"
