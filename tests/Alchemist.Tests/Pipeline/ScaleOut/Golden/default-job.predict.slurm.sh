#!/bin/bash
# Written by `alchemist emit slurm --step predict`: 3 shards of at most 1000 rows, one array task each.
# Submit, then gather the predictions into one table once every task has succeeded:
#   jobid=$(sbatch --parsable THIS_FILE)
#   sbatch --dependency=afterok:$jobid --wrap 'alchemist predict /shared/projects/youtube --out /shared/projects/youtube/predictions.parquet'
# A task that fails can simply be resubmitted (sbatch --array=K THIS_FILE): finished shards are skipped.
#SBATCH --job-name=alchemist-youtube-predict
#SBATCH --array=0-2
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=4:00:00
#SBATCH --output=slurm-%A_%a.log
set -euo pipefail
# Each task writes RUN/shards/NNNNN/ (predictions.parquet, then _PREDICTED) on the shared file system.
exec alchemist predict /shared/projects/youtube --shard "$SLURM_ARRAY_TASK_ID"
