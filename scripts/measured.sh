# Sourced by the scripts that measure a figure the docs quote: each writes docs/measured/NAME, which the docs quote
# through a generated block (tests/Alchemist.Tests/Docs/MeasuredDoc.cs fills it; scripts/update-docs.sh).
# measured_header SCRIPT [ARGS...]: the first line of such a file, saying what wrote it, when, from which commit,
# on how many cores and under what load (on a shared machine the load says how far to trust the seconds).
measured_header() {
  echo "Written by $* on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted src changes'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
}
# measured_footer: the load average when the measurement ended.
measured_footer() {
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
}
