# Sourced by the before/after measurements: builds the CLI of another commit beside this checkout.
# checkout_build NAME REF|FOLDER: prints a folder holding REF's sources with its CLI built (Release); a folder given
# instead of a ref is used as it is (already built). Needs $repo (this checkout) and $work (a temporary folder); the
# worktree it adds is $work/wt-NAME, which the caller removes with `git worktree remove --force` when it exits.
checkout_build() {
  if [ -d "$2" ]; then (cd "$2" && pwd); return; fi
  local wt="$work/wt-$1"
  git -C "$repo" worktree add --detach "$wt" "$2" >/dev/null 2>&1
  echo "building $1 ($2)..." >&2
  dotnet build "$wt/src/Alchemist.Cli" -c Release 2>&1 | grep -E " error |rror\(s\)" >&2 || true
  echo "$wt"
}
