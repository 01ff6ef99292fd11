#!/usr/bin/env bash
# A real Slurm run of the sharded pipeline: installs Debian's Slurm and MUNGE when missing, starts a one-node cluster on
# this machine, plans the YouTube example project (../shared/data/youtube, seven keyword programs), submits the shard
# array with `sbatch --array` (the script `alchemist emit slurm` writes), waits, reduces, and checks that the label
# model equals the one a local apply + aggregate fits (byte-identical label_model.json).
# Prints "slurm-test: PASS", "slurm-test: FAIL ..." (exit 1) or "slurm-test: SKIP <reason>" (exit 0) last.
# Usage: bash scripts/slurm-test.sh [rows-per-shard]   (default 400: 4 train shards, 1 valid, 1 test)
# .ci/run runs it after the test suite; scripts/measured-slurm.sh keeps its transcript in docs/measured/slurm-test.md.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
rows=${1:-400}
skip() { echo "slurm-test: SKIP $*"; exit 0; }
fail() { echo "slurm-test: FAIL $*"; exit 1; }

data=$(cd .. && pwd)/shared/data/youtube
[ -f "$data/train.json" ] || skip "no ../shared/data/youtube beside the repository"

if ! command -v sbatch >/dev/null || ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || skip "Slurm is not installed and this is not a root Debian machine to install it on"
  echo "installing slurmctld slurmd slurm-client munge (Debian)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null; } \
    || skip "apt-get could not install slurmctld slurmd slurm-client munge (package mirror unreachable?)"
fi

work=$(mktemp -d /tmp/alchemist-slurm.XXXXXX)
# Stops the daemons this script started (by their pid files), waits until they have exited (slurmctld writes its state
# folder while shutting down, so removing it earlier races with that write), then removes the work folder
# (ALCHEMIST_KEEP_SLURM_TEST=1 keeps it). Nothing here may print after the PASS line: .ci/run reads the last line.
cleanup() {
  local pids="" pid
  for name in slurmctld slurmd munged; do
    [ -f "$work/$name.pid" ] && pid=$(cat "$work/$name.pid") && kill "$pid" 2>/dev/null && pids="$pids $pid"
  done
  for pid in $pids; do
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  [ -n "${ALCHEMIST_KEEP_SLURM_TEST:-}" ] || rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work" 2>/dev/null; } || true
}
trap cleanup EXIT

# MUNGE: a key of our own and a daemon on a private socket.
mkdir -p "$work/munge"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
socket="$work/munge/munge.socket"
munged --force --key-file="$work/munge/munge.key" --socket="$socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" || skip "munged did not start: $(tail -2 "$work/munge/munged.log" 2>/dev/null)"

# Slurm: one node (this machine), all its CPUs, no accounting, no cgroups.
host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ { print int($2 / 1024 * 0.8) }' /proc/meminfo)
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<EOF
ClusterName=alchemist
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=6917
SlurmdPort=6918
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$work/slurm.conf"
slurmctld -f "$SLURM_CONF" || skip "slurmctld did not start: $(tail -3 "$work/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" || skip "slurmd did not start: $(tail -3 "$work/slurmd.log" 2>/dev/null)"
for _ in $(seq 60); do
  sinfo -h -o %t 2>/dev/null | grep -Eq '^(idle|mix|alloc)' && break
  sleep 1
done
sinfo -h -o %t 2>/dev/null | grep -Eq '^(idle|mix|alloc)' || skip "the Slurm node did not come up: $(sinfo 2>&1 | tail -2) / $(tail -2 "$work/slurmd.log")"
echo "one-node Slurm cluster up: $(sinfo -h -o '%P %D %C %t')"

# The tool, as the job's nodes run it: a wrapper named alchemist on the PATH.
dotnet build src/Alchemist.Cli/Alchemist.Cli.csproj -c Release -v q -nologo >/dev/null || fail "build failed"
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec dotnet %s "$@"\n' "$repo/src/Alchemist.Cli/bin/Release/net10.0/Alchemist.Cli.dll" > "$work/bin/alchemist"
chmod +x "$work/bin/alchemist"
export PATH="$work/bin:$PATH"

# The project: the YouTube folder and seven keyword programs (scripts/youtube-project.sh).
project="$work/youtube"
source "$repo/scripts/youtube-project.sh"
youtube_project "$project" youtube "$data"

set -x
alchemist plan "$project" --rows-per-shard "$rows" || fail "plan failed"
alchemist emit slurm "$project" --cpus 1 --memory-gb 1 --hours 1 || fail "emit failed"
job="$project/runs/youtube/shards/job.slurm.sh"
cd "$work"
jobid=$(sbatch --parsable "$job") || fail "sbatch failed"
set +x
echo "submitted array job $jobid"
for _ in $(seq 600); do
  [ -z "$(squeue -h -j "$jobid" 2>/dev/null)" ] && break
  sleep 1
done
[ -z "$(squeue -h -j "$jobid" 2>/dev/null)" ] || fail "the array job did not finish in 10 minutes: $(squeue -j "$jobid")"
shards=$(ls -d "$project"/runs/youtube/shards/0* | wc -l)
done=$(ls "$project"/runs/youtube/shards/0*/_SUCCESS 2>/dev/null | wc -l)
echo "array job $jobid finished: $done of $shards shards have their _SUCCESS marker"
for log in slurm-"$jobid"_*.log; do echo "--- $log"; cat "$log"; done
[ "$done" = "$shards" ] || fail "not every shard finished"
set -x
alchemist reduce "$project" --label-model snorkel || fail "reduce failed"
cp "$project/runs/youtube/label_model.json" "$work/sharded.json"
alchemist apply --data "$data" --programs "$project/programs" --out "$work/local" --labels HAM,SPAM --json >/dev/null || fail "local apply failed"
alchemist aggregate --run "$work/local" --label-model snorkel >/dev/null || fail "local aggregate failed"
set +x
cmp "$work/sharded.json" "$work/local/label_model.json" || fail "the label model fitted from the Slurm shards differs from the local run's"
echo "label_model.json from $shards Slurm array tasks is byte-identical to the local apply + aggregate ($(wc -c < "$work/sharded.json") bytes)"
echo "slurm-test: PASS"
