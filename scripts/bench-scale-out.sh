#!/usr/bin/env bash
# Scale-out benchmark: synthetic-but-realistic rows (the YouTube comments of ../shared/data/youtube repeated with
# perturbations: a row number, a shuffled word pair, a changed letter case) × seven keyword programs, in-process.
# For each size it measures, side by side in one run: `plan`, one `apply --shard 0` holding every row (rows/s and its
# peak RSS: flat when memory is bounded by the chunk), `apply --parallel 2` over shards of 250,000 rows, and `reduce`
# (time and peak RSS). Writes docs/measured/scale-out.md with the date, cores and load average.
# Usage: bash scripts/bench-scale-out.sh [sizes...]   (default: 1000000 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 2000000)
data=$(cd .. && pwd)/shared/data/youtube/train.json
work=$(mktemp -d /tmp/alchemist-bench-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build src/Alchemist.Cli/Alchemist.Cli.csproj -c Release -v q -nologo >/dev/null
cli="$repo/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll"

# Seconds and peak RSS (MiB) of one command: "SECONDS MIB".
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$cli" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  awk '{ printf "%s %.0f", $1, $2 / 1024 }' "$work/time"
}

rows_table=""
for n in "${sizes[@]}"; do
  project="$work/p$n"
  mkdir -p "$project/programs"
  python3 - "$data" "$project/comments.csv" "$n" <<'EOF'
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
EOF
  cat > "$project/alchemist.yaml" <<EOF
name: bench
data:
  path: comments.csv
  text_fields: [comment]
labels: [ham, spam]
task_description: Decide whether a YouTube comment is spam.
programs: 7
model:
  provider: openai
  name: gpt-4o-mini
knowledge: [none]
output: programs
EOF
  program() { printf 'public static class P { public static int Label(string text) => %s; }\n' "$2" > "$project/programs/$1.cs"; }
  program 001-check 'text.ToLowerInvariant().Contains("check") ? 1 : -1'
  program 002-subscribe 'text.ToLowerInvariant().Contains("subscrib") ? 1 : -1'
  program 003-link 'text.Contains("http") ? 1 : -1'
  program 004-song 'text.ToLowerInvariant().Contains("song") ? 0 : -1'
  program 005-love 'text.ToLowerInvariant().Contains("love") ? 0 : -1'
  program 006-short 'text.Length < 25 ? 0 : -1'
  program 007-channel 'text.ToLowerInvariant().Contains("channel") ? 1 : -1'

  read -r plan_s plan_mb <<< "$(measure plan "$project" --rows-per-shard "$n" --name whole)"
  read -r apply_s apply_mb <<< "$(measure apply "$project" --shard 0 --name whole --in-process)"
  read -r reduce_s reduce_mb <<< "$(measure reduce "$project" --name whole --label-model snorkel)"
  dotnet "$cli" plan "$project" --rows-per-shard 250000 --name sharded >/dev/null
  read -r par_s par_mb <<< "$(measure apply "$project" --parallel 2 --name sharded --in-process)"
  read -r red2_s red2_mb <<< "$(measure reduce "$project" --name sharded --label-model snorkel)"
  cmp -s "$project/runs/whole/label_model.json" "$project/runs/sharded/label_model.json" && same=yes || same=NO
  shards=$(ls -d "$project"/runs/sharded/shards/0* | wc -l)
  rate=$(awk -v n="$n" -v s="$apply_s" 'BEGIN { printf "%.0f", n / s }')
  par_rate=$(awk -v n="$n" -v s="$par_s" 'BEGIN { printf "%.0f", n / s }')
  rows_table+="| $n | $plan_s | $apply_s | $rate | $apply_mb | $shards | $par_s | $par_rate | $reduce_s | $reduce_mb | $same |"$'\n'
  rm -rf "$project"
done

out=docs/measured/scale-out.md
{
  echo "# Scale-out benchmark (scripts/bench-scale-out.sh)"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Rows: YouTube comments (../shared/data/youtube/train.json) repeated with perturbations; 7 keyword programs, in-process;"
  echo "one shard holding every row (\`apply --shard 0\`, its peak RSS), then shards of 250,000 rows with \`apply --parallel 2\`;"
  echo "\`reduce --label-model snorkel\` on each; 'same model' compares the two label_model.json files byte for byte."
  echo "Seconds are wall time of the whole command (.NET start included); RSS is the process's peak (GNU time)."
  echo
  echo "| rows | plan s | apply 1 shard s | rows/s | apply peak RSS MiB | shards | apply --parallel 2 s | rows/s | reduce s | reduce peak RSS MiB | same model |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows_table"
} > "$out"
cat "$out"
