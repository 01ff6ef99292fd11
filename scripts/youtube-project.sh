# Sourced by scripts/slurm-test.sh and scripts/bench-scale-out.sh: the YouTube spam project they both run, so the
# programs and the task are written in one place.
# youtube_project DIR NAME DATA [TEXT_FIELD [PROGRAMS]]
#   writes DIR/alchemist.yaml (task NAME, data DATA, classes HAM and SPAM, the text in TEXT_FIELD when given) and the
#   first PROGRAMS (default 7, at most 10) keyword programs into DIR/programs/.
youtube_project() {
  local dir=$1 name=$2 data=$3 field=${4:-} count=${5:-7}
  mkdir -p "$dir/programs"
  {
    echo "name: $name"
    echo "data:"
    echo "  path: $data"
    [ -z "$field" ] || echo "  text_fields: [$field]"
    echo "labels: [HAM, SPAM]"
    echo "task_description: Decide whether a YouTube comment is spam."
    echo "programs: $count"
    echo "model:"
    echo "  provider: openai"
    echo "  name: gpt-4o-mini"
    echo "knowledge: [none]"
    echo "output: programs"
  } > "$dir/alchemist.yaml"
  local programs=(
    '001-check|text.ToLowerInvariant().Contains("check") ? 1 : -1'
    '002-subscribe|text.ToLowerInvariant().Contains("subscrib") ? 1 : -1'
    '003-link|text.Contains("http") ? 1 : -1'
    '004-song|text.ToLowerInvariant().Contains("song") ? 0 : -1'
    '005-love|text.ToLowerInvariant().Contains("love") ? 0 : -1'
    '006-short|text.Length < 25 ? 0 : -1'
    '007-channel|text.ToLowerInvariant().Contains("channel") ? 1 : -1'
    '008-please|text.ToLowerInvariant().Contains("please") ? 1 : -1'
    '009-views|text.ToLowerInvariant().Contains("views") ? 0 : -1'
    '010-free|text.ToLowerInvariant().Contains("free") || text.Contains("$") ? 1 : -1'
  )
  local i
  for ((i = 0; i < count; i++)); do
    printf 'public static class P { public static int Label(string text) => %s; }\n' "${programs[i]#*|}" > "$dir/programs/${programs[i]%%|*}.cs"
  done
}
