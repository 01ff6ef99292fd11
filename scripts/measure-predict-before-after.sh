#!/usr/bin/env bash
# Issue 12: `alchemist predict` speed at two commits, side by side: by default before the predict rework (e94642e^)
# and this checkout's HEAD. Each commit is checked out in a temporary worktree and built (or an already built folder is
# used when a folder is given). 20,000-row prefix of the perturbed clickbait CSV (scripts/perturbed-clickbait.py, all
# distinct texts; same rows for both versions), TF-IDF and MiniLM end models trained by each version's own CLI on
# examples/youtube-spam (offline), then `predict --model ... --data ... --text-field text --out ... --json` under
# /usr/bin/time (wall s incl. start-up, max RSS). Each run folder's cache/embeddings is removed right before each
# predict (cold embedding cache for both). ROUNDS rounds (default 2) of before-tfidf, after-tfidf, before-minilm,
# after-minilm. Holds /tmp/alchemist-build.lock throughout (builds, training, predicts).
# Usage: measure-predict-before-after.sh [BEFORE(commit|built folder)] [AFTER(commit|built folder)] [ROWS] [OUT_MD]
#   defaults: e94642e^ HEAD 20000 docs/measured/predict-before-after.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALCHEMIST_MEASURE_LOCKED:-}" ]; then ALCHEMIST_MEASURE_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"; fi
before=${1:-e94642e^}; after=${2:-HEAD}; rows=${3:-20000}; out_md=${4:-docs/measured/predict-before-after.md}
rounds=${ROUNDS:-2}
repo=$(pwd)
work=$(mktemp -d /tmp/pba.XXXXXX)
cleanup() { for w in "${worktrees[@]}"; do if [ -d "$w" ]; then git -C "$repo" worktree remove --force "$w"; fi; done; rm -rf "$work"; }
trap cleanup EXIT
shared=${ALCHEMIST_SHARED:-$repo/../shared}

source scripts/checkout-build.sh
worktrees=("$work/wt-before" "$work/wt-after") # removed at exit when checkout_build made them (it runs in a subshell)
before_wt=$(checkout_build before "$before")
after_wt=$(checkout_build after "$after")
load_start=$(uptime)

python3 scripts/perturbed-clickbait.py "$rows" "$work/data.csv" "$shared/data/clickbait/clickbait_data.csv"
distinct=$(tail -n +2 "$work/data.csv" | sort -u | wc -l)

train() { # VERSION WT FEATURES
  local d="$work/$1-yt"
  [ -d "$d" ] || { mkdir -p "$d"; cp -r "$2"/examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$d/"; }
  echo "[$1] training $3 end model..." >&2
  dotnet "$2/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" run "$d" --offline --features "$3" --name "$3" --json > "$work/train-$1-$3.json"
}
results=()
predict() { # ROUND VERSION WT FEATURES
  local run="$work/$2-yt/runs/$4"
  rm -rf "$run/cache/embeddings"
  echo "[round $1, $2] predict $4 on $rows rows..." >&2
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$3/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" predict \
    --model "$run/end_model.bin" --data "$work/data.csv" --text-field text --out "$work/out-$2-$4.csv" --json > "$work/pred.json"
  read -r secs rss_kb < "$work/time"
  local out_rows
  out_rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$work/out-$2-$4.csv")
  results+=("$1 $4 $2 $out_rows $secs $rss_kb")
}
train before "$before_wt" tfidf; train after "$after_wt" tfidf
train before "$before_wt" minilm; train after "$after_wt" minilm
for round in $(seq 1 "$rounds"); do
  predict "$round" before "$before_wt" tfidf
  predict "$round" after "$after_wt" tfidf
  predict "$round" before "$before_wt" minilm
  predict "$round" after "$after_wt" minilm
done
load_end=$(uptime)

{
  echo "# \`alchemist predict\` before/after (issue 12)"
  echo
  echo "Written by scripts/measure-predict-before-after.sh on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $rounds rounds one after the other."
  echo
  echo "- before: $(git -C "$before_wt" rev-parse --short HEAD) ($before) — $(git -C "$before_wt" log -1 --format=%s | cut -c1-100)"
  echo "- after:  $(git -C "$after_wt" rev-parse --short HEAD) ($after) — $(git -C "$after_wt" log -1 --format=%s | cut -c1-100)"
  echo "- uptime at the start: $load_start"
  echo "- uptime at the end:   $load_end"
  echo "- held /tmp/alchemist-build.lock throughout (builds, training and all predicts): no other build, test or benchmark of this machine's users ran beside it; other load did"
  echo "- input: first $rows rows ($distinct distinct texts) of the perturbed clickbait headlines (scripts/perturbed-clickbait.py); column \`text\`, \`--text-field text\` given to both"
  echo "- end models: trained by each version's own CLI: \`run <copy of examples/youtube-spam> --offline --features tfidf|minilm\`"
  echo "- timing: \`/usr/bin/time -f '%e %M'\` around the whole \`dotnet Alchemist.Cli.dll predict ... --json\` process (wall seconds incl. start-up; max RSS)"
  echo "- cache: each run folder's \`cache/embeddings\` removed right before its predict (a version without an embedding cache uses none). OS file cache not dropped."
  echo "- order within a round: before-tfidf, after-tfidf, before-minilm, after-minilm"
  echo
  echo "| round | features | version | rows | seconds | rows/s | max RSS MB |"
  echo "|---:|---|---|---:|---:|---:|---:|"
  for r in "${results[@]}"; do
    read -r k f v n s m <<<"$r"
    python3 -c "import sys; k,f,v,n,s,m=sys.argv[1:7]; print(f'| {k} | {f} | {v} | {int(n):,} | {float(s):.2f} | {int(n)/float(s):,.0f} | {int(m)/1024:,.0f} |')" "$k" "$f" "$v" "$n" "$s" "$m"
  done
  echo
  for k in $(seq 1 "$rounds"); do
    for f in tfidf minilm; do
      b=""; a=""
      for r in "${results[@]}"; do read -r kk ff v n s m <<<"$r"; [ "$kk" = "$k" ] && [ "$ff" = "$f" ] || continue; [ "$v" = before ] && b="$n $s $m"; [ "$v" = after ] && a="$n $s $m"; done
      python3 -c "import sys; k,f=sys.argv[1:3]; bn,bs,bm,an,as_,am=map(float,sys.argv[3:9]); print(f'- round {k}, {f}: after/before rows/s = {(an/as_)/(bn/bs):.2f}x (seconds {as_:.2f} vs {bs:.2f}); max RSS after/before = {am/bm:.2f}')" "$k" "$f" $b $a
    done
  done
} > "$out_md"
cat "$out_md"
