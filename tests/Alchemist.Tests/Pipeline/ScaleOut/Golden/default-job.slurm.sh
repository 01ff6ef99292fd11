#!/bin/bash
# Written by `alchemist emit slurm`: 3 shards of at most 1000 rows, one array task each.
# Submit, then reduce once every task has succeeded:
#   jobid=$(sbatch --parsable THIS_FILE)
#   sbatch --dependency=afterok:$jobid --wrap 'alchemist reduce /shared/projects/youtube'
# A task that fails can simply be resubmitted (sbatch --array=K THIS_FILE): finished shards are skipped.
#SBATCH --job-name=alchemist-youtube
#SBATCH --array=0-2
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=4:00:00
#SBATCH --output=slurm-%A_%a.log
set -euo pipefail
# Each task writes RUN/shards/NNNNN/ (votes.parquet, statistics.json, then _SUCCESS) on the shared file system.
exec alchemist apply /shared/projects/youtube --parallelism 2 --shard "$SLURM_ARRAY_TASK_ID"
