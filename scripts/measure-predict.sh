#!/usr/bin/env bash
# Measures `alchemist predict` rows/s at scale, the way issue 12's newcomer met it: a 200,000-row CSV of real clickbait
# headlines (../shared/data/clickbait, each of the 31,999 repeated with small perturbations, so nearly every row is a
# distinct text and the embedding cache and the distinct-text pass cannot help), labelled by a TF-IDF and a MiniLM end
# model. The end models are trained offline by `alchemist run` on the bundled youtube-spam example (a small project with
# its programs checked in): this measures speed, not accuracy on headlines.
# MiniLM embeds every distinct text; when two probe slices say the whole file would take more than MINILM_MAX_SECONDS
# (default 600), it is measured on the rows that fit and the file says so.
# Holds /tmp/alchemist-build.lock while measuring (no build or benchmark runs beside it on the shared machine).
# Usage: scripts/measure-predict.sh [ROWS]   (default 200000). Build first: dotnet build Alchemist.sln -c Release.
# Writes docs/measured/predict-200k.md with the date, commit, cores and load average.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALCHEMIST_MEASURE_LOCKED:-}" ]; then
  ALCHEMIST_MEASURE_LOCKED=1 exec flock /tmp/alchemist-build.lock "$0" "$@"
fi
source scripts/measured.sh
rows=${1:-200000}
max_seconds=${MINILM_MAX_SECONDS:-600}
probe_small=1000
probe_rows=3000
out=docs/measured/predict-200k.md
cli=(dotnet src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/yt"
cp -r examples/youtube-spam/{alchemist.yaml,batch,data,synthesized} "$work/yt/"
echo "training the TF-IDF and MiniLM end models on the youtube-spam example..." >&2
"${cli[@]}" run "$work/yt" --features tfidf --name tfidf --json >/dev/null
"${cli[@]}" run "$work/yt" --features minilm --name minilm --json >/dev/null

# make_csv ROWS FILE: headlines with perturbations (copy k of a headline gets a different decoration), column 'text'.
make_csv() {
  python3 scripts/perturbed-clickbait.py "$1" "$2" ../shared/data/clickbait/clickbait_data.csv
}

# predict MODEL FILE -> "rows distinct seconds"
predict() {
  "${cli[@]}" predict --model "$work/yt/runs/$1/end_model.bin" --data "$2" --out "$work/out-$1.csv" --json |
    python3 -c "import json,sys; d=json.load(sys.stdin); print(d['rows'], d['distinct_texts'], d['seconds'])"
}
rate() { python3 -c "import sys; print(f'{int(sys.argv[1])/float(sys.argv[2]):,.0f}')" "$1" "$2"; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[1]):.1f}')" "$1"; }

make_csv "$rows" "$work/all.csv"
header=$(measured_header scripts/measure-predict.sh "$rows")
echo "predict, TF-IDF, $rows rows..." >&2
read -r t_rows t_distinct t_seconds < <(predict tfidf "$work/all.csv")

# MiniLM: two probe slices, each in a fresh copy of the run (so no probe's vectors are cached for the real measurement).
# Their difference is the per-row time without the fixed start-up (loading the model), which a single small probe
# would spread over its few rows, predicting a far longer run than the real one.
probe() { # ROWS -> seconds
  rm -rf "$work/yt/runs/minilm-probe"; cp -r "$work/yt/runs/minilm" "$work/yt/runs/minilm-probe"
  make_csv "$1" "$work/probe.csv"
  predict minilm-probe "$work/probe.csv" | cut -d' ' -f3
}
echo "predict, MiniLM, $probe_small and $probe_rows-row probes..." >&2
p_small=$(probe "$probe_small")
p_seconds=$(probe "$probe_rows")
estimate=$(python3 -c "import sys; a,ta,b,tb,n=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),float(sys.argv[4]),int(sys.argv[5]); per=max(tb-ta,1e-9)/(b-a); print(f'{tb+(n-b)*per:.0f}')" "$probe_small" "$p_small" "$probe_rows" "$p_seconds" "$rows")
m_target=$(python3 -c "import sys; n,e,m,b=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(n if e <= m else max(b, int(n*m/e/1000)*1000))" "$rows" "$estimate" "$max_seconds" "$probe_rows")
if [ "$m_target" -lt "$rows" ]; then make_csv "$m_target" "$work/minilm.csv"; else cp "$work/all.csv" "$work/minilm.csv"; fi
echo "predict, MiniLM, $m_target rows..." >&2
read -r m_rows m_distinct m_seconds < <(predict minilm "$work/minilm.csv")
footer=$(measured_footer)

{
  echo "# \`alchemist predict\` on $rows rows"
  echo
  echo "$header"
  echo
  echo "Input: $rows clickbait headlines (../shared/data/clickbait, repeated with prefix/suffix/case perturbations), column \`text\`."
  echo "End models: the youtube-spam example's, trained offline by \`alchemist run --features tfidf|minilm\` (speed, not accuracy on headlines)."
  echo "Each figure is one \`alchemist predict --json\` run (\`seconds\` from its JSON: reading, featurizing, predicting, writing), on a fresh embedding cache."
  echo
  echo "| features | rows | distinct texts | seconds | rows/s |"
  echo "|---|---:|---:|---:|---:|"
  echo "| TF-IDF | $t_rows | $t_distinct | $(secs "$t_seconds") | $(rate "$t_rows" "$t_seconds") |"
  echo "| MiniLM | $m_rows | $m_distinct | $(secs "$m_seconds") | $(rate "$m_rows" "$m_seconds") |"
  echo
  if [ "$m_rows" -lt "$rows" ]; then
    echo "MiniLM was measured on the first $m_rows rows, not $rows: probes of $probe_small and $probe_rows rows took $(secs "$p_small") s and"
    echo "$(secs "$p_seconds") s, so all $rows rows would have taken about $((estimate / 60)) minutes (limit: MINILM_MAX_SECONDS=$max_seconds)."
    echo
  fi
  echo "$footer"
} | tee "$out"
