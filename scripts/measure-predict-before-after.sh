#!/usr/bin/env bash
# Issue 12: `alchemist predict` speed before (e94642e^) and after (main HEAD) the predict rework, side by side.
# 20,000-row prefix of the perturbed clickbait CSV from scripts/measure-predict.sh (same rows for both versions),
# TF-IDF and MiniLM end models trained by each version's own CLI on examples/youtube-spam (offline),
# then `predict --model ... --data ... --text-field text --out ...` under /usr/bin/time (wall s, max RSS).
# Each run folder's cache/embeddings is removed right before each predict (cold embedding cache for both).
# Usage: measure-predict-before-after.sh BEFORE_WT AFTER_WT ROWS OUT_MD
set -euo pipefail
before_wt=$1; after_wt=$2; rows=$3; out_md=$4
if [ -z "${PBA_LOCKED:-}" ]; then PBA_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"; fi
work=$(mktemp -d /tmp/pba.XXXXXX)
trap 'rm -rf "$work"' EXIT
shared=${ALCHEMIST_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
load_before=$(uptime)

# Same data generation as scripts/measure-predict.sh (make_csv), then the first $rows rows.
python3 - 200000 "$work/all.csv" "$shared/data/clickbait/clickbait_data.csv" <<'PY'
import csv, sys
rows, out, source = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(source, newline="", encoding="utf-8") as f:
    headlines = [r["headline"] for r in csv.DictReader(f)]
prefixes = ["", "BREAKING: ", "Watch: ", "Opinion: ", "Update: ", "Exclusive: ", "Photos: "]
suffixes = ["", " (video)", "!", " - report", "?", " | live", " [2024]"]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["text"])
    for i in range(rows):
        text, k = headlines[i % len(headlines)], i // len(headlines)
        if k % 2: text = text.lower()
        w.writerow([prefixes[k % len(prefixes)] + text + suffixes[(k // len(prefixes)) % len(suffixes)] + (f" #{k}" if k >= len(prefixes) * len(suffixes) else "")])
PY
head -n $((rows + 1)) "$work/all.csv" > "$work/data.csv"
distinct=$(tail -n +2 "$work/data.csv" | sort -u | wc -l)

train() { # VERSION WT FEATURES
  local d="$work/$1-yt"
  [ -d "$d" ] || { mkdir -p "$d"; cp -r "$2"/examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$d/"; }
  echo "[$1] training $3 end model..." >&2
  dotnet "$2/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" run "$d" --offline --features "$3" --name "$3" --json > "$work/train-$1-$3.json"
}
results=()
predict() { # VERSION WT FEATURES
  local run="$work/$1-yt/runs/$3"
  rm -rf "$run/cache/embeddings"
  echo "[$1] predict $3 on $rows rows..." >&2
  /usr/bin/time -f "%e %M" -o "$work/time-$1-$3" dotnet "$2/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" predict \
    --model "$run/end_model.bin" --data "$work/data.csv" --text-field text --out "$work/out-$1-$3.csv" --json > "$work/pred-$1-$3.json"
  read -r secs rss_kb < "$work/time-$1-$3"
  local out_rows feat
  out_rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$work/out-$1-$3.csv")
  feat=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['features'])" "$work/pred-$1-$3.json")
  results+=("$3 $1 $out_rows $secs $rss_kb $feat")
  echo "  $3 $1 rows=$out_rows wall=${secs}s maxrss=${rss_kb}KB model-features=$feat" >&2
}
train before "$before_wt" tfidf; train after "$after_wt" tfidf
train before "$before_wt" minilm; train after "$after_wt" minilm
predict before "$before_wt" tfidf
predict after "$after_wt" tfidf
predict before "$before_wt" minilm
predict after "$after_wt" minilm
load_after=$(uptime)

{
  echo "# \`alchemist predict\` before/after the predict rework (issue 12)"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "- before: $(git -C "$before_wt" rev-parse HEAD) (e94642e^) — $(git -C "$before_wt" log -1 --format=%s | cut -c1-80)"
  echo "- after:  $(git -C "$after_wt" rev-parse HEAD) (main HEAD) — $(git -C "$after_wt" log -1 --format=%s | cut -c1-80)"
  echo "- nproc: $(nproc)"
  echo "- uptime before: $load_before"
  echo "- uptime after:  $load_after"
  echo "- script: /tmp/measure-predict-before-after.sh (held /tmp/alchemist-build.lock throughout: training and all four predicts)"
  echo "- input: first $rows rows ($distinct distinct texts) of the 200,000-row perturbed clickbait CSV generated as in scripts/measure-predict.sh; column \`text\`, \`--text-field text\` given to both"
  echo "- end models: trained by each version's own CLI: \`run <copy of examples/youtube-spam> --offline --features tfidf|minilm\`"
  echo "- timing: \`/usr/bin/time -f '%e %M'\` around the whole \`dotnet Alchemist.Cli.dll predict ... --json\` process (wall seconds incl. start-up; max RSS)"
  echo "- cache: each run folder's \`cache/embeddings\` removed right before its predict (the before version's predict uses no embedding cache; the after version's uses RUNDIR/cache/embeddings). OS file cache not dropped."
  echo "- order: before-tfidf, after-tfidf, before-minilm, after-minilm"
  echo
  echo "| features | version | rows | seconds | rows/s | max RSS MB |"
  echo "|---|---|---:|---:|---:|---:|"
  for r in "${results[@]}"; do
    read -r f v n s k feat <<<"$r"
    python3 -c "import sys; f,v,n,s,k=sys.argv[1:6]; print(f'| {f} | {v} | {int(n):,} | {float(s):.2f} | {int(n)/float(s):,.0f} | {int(k)/1024:,.0f} |')" "$f" "$v" "$n" "$s" "$k"
  done
  echo
  for f in tfidf minilm; do
    b=""; a=""
    for r in "${results[@]}"; do read -r ff v n s k feat <<<"$r"; [ "$ff" = "$f" ] || continue; [ "$v" = before ] && b="$n $s $k"; [ "$v" = after ] && a="$n $s $k"; done
    python3 -c "import sys; bn,bs,bk,an,as_,ak=map(float,sys.argv[2:8]); print(f'- {sys.argv[1]}: after/before rows/s = {(an/as_)/(bn/bs):.2f}x (seconds {as_:.2f} vs {bs:.2f}); max RSS after/before = {ak/bk:.2f}')" "$f" $b $a
  done
} > "$out_md"
cat "$out_md"
