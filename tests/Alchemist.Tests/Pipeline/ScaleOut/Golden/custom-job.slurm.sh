#!/bin/bash
# Written by `alchemist emit slurm`: 3 shards of at most 1000 rows, one array task each.
# Submit, then reduce once every task has succeeded:
#   jobid=$(sbatch --parsable THIS_FILE)
#   sbatch --dependency=afterok:$jobid --wrap 'alchemist reduce '\''/shared/projects/spam comments'\'' --name night'
# A task that fails can simply be resubmitted (sbatch --array=K THIS_FILE): finished shards are skipped.
#SBATCH --job-name=alchemist-spam-comments
#SBATCH --array=0-2%2
#SBATCH --cpus-per-task=8
#SBATCH --mem=16G
#SBATCH --time=12:00:00
#SBATCH --output=slurm-%A_%a.log
set -euo pipefail
# Each task writes RUN/shards/NNNNN/ (votes.parquet, statistics.json, then _SUCCESS) on the shared file system.
exec alchemist apply '/shared/projects/spam comments' --parallelism 8 --name night --shard "$SLURM_ARRAY_TASK_ID"
