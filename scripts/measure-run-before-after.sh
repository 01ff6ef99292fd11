#!/usr/bin/env bash
# Issue 11: `alchemist run` on the clickbait project (experiments/clickbait: 32,000 headlines, 20% held out, ten
# programs from its batch files) at two commits, side by side: before the feature work (3c9b879, the commit the
# token-capped batching, the embedding-store and the `--features auto` row limit started from) and this checkout's HEAD.
# Each version's own CLI runs a fresh copy of the project (`run --offline --json`, defaults otherwise) under
# /usr/bin/time; ROUNDS rounds (default 1) of before, after. Holds /tmp/alchemist-build.lock throughout.
# Usage: measure-run-before-after.sh [BEFORE(commit|built folder)] [AFTER(commit|built folder)] [OUT_MD]
#   defaults: 3c9b879 HEAD docs/measured/run-before-after.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALCHEMIST_MEASURE_LOCKED:-}" ]; then ALCHEMIST_MEASURE_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"; fi
before=${1:-3c9b879}; after=${2:-HEAD}; out_md=${3:-docs/measured/run-before-after.md}
rounds=${ROUNDS:-1}
repo=$(pwd)
work=$(mktemp -d /tmp/rba.XXXXXX)
cleanup() { for w in "${worktrees[@]}"; do if [ -d "$w" ]; then git -C "$repo" worktree remove --force "$w"; fi; done; rm -rf "$work"; }
trap cleanup EXIT
source scripts/measured.sh
source scripts/checkout-build.sh
worktrees=("$work/wt-before" "$work/wt-after")
before_wt=$(checkout_build before "$before")
after_wt=$(checkout_build after "$after")
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

results=()
run() { # ROUND VERSION WT
  local d="$work/$2-$1"
  # The data path is relative to the project folder; the copy makes it absolute.
  python3 scripts/project_copy.py experiments/clickbait "$d"
  echo "[round $1] $2: alchemist run..." >&2
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$3/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" run "$d" --offline --json > "$work/run-$2-$1.json"
  read -r secs rss_kb < "$work/time"
  results+=("$1 $2 $secs $rss_kb $work/run-$2-$1.json")
}
for round in $(seq 1 "$rounds"); do
  run "$round" before "$before_wt"
  run "$round" after "$after_wt"
done

{
  echo "# \`alchemist run\` on the clickbait headlines, before/after the feature work (issue 11)"
  echo
  measured_header scripts/measure-run-before-after.sh "$@"
  echo
  echo "- before: $(git -C "$before_wt" rev-parse --short HEAD) ($before) — $(git -C "$before_wt" log -1 --format=%s | cut -c1-100)"
  echo "- after:  $(git -C "$after_wt" rev-parse --short HEAD) ($after) — $(git -C "$after_wt" log -1 --format=%s | cut -c1-100)"
  echo "- load average at the start: $load_start; /tmp/alchemist-build.lock held throughout (no other build, test or benchmark ran beside it)"
  echo "- project: experiments/clickbait (32,000 headlines of ../shared/data/clickbait, 20% held out as 'test', ten programs from its batch files), a fresh copy per run (no cache, no embeddings), \`run --offline --json\`, defaults otherwise"
  echo "- seconds: \`/usr/bin/time\` around the whole process (start-up included); max RSS from the same"
  echo
  echo "| round | version | wall s | max RSS MB | distill s | features (what distill printed) | label model test acc | end model test acc |"
  echo "|---:|---|---:|---:|---:|---|---:|---:|"
  for r in "${results[@]}"; do
    read -r k v s m j <<<"$r"
    python3 - "$k" "$v" "$s" "$m" "$j" <<'PY'
import json, sys
k, v, s, m, j = sys.argv[1:6]
d = json.load(open(j))
stage = next((x for x in d["stages"] if x["stage"] == "distill"), {})
note = (stage.get("note") or "-").replace("|", "/")
e = d["evaluation"]
lm = e["label_model_scores"].get("test", {}).get("accuracy")
em = (e.get("end_model_scores") or {}).get("test", {}).get("accuracy")
f = lambda x: "-" if x is None else f"{x:.3f}"
print(f"| {k} | {v} | {float(s):.1f} | {int(m) / 1024:,.0f} | {stage.get('seconds', 0):.1f} | {note} | {f(lm)} | {f(em)} |")
PY
  done
  echo
  measured_footer
} > "$out_md"
cat "$out_md"
