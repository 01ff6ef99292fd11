#!/usr/bin/env bash
# Measures what the end model's features allow at best on the six refinement tasks: the default head trained on the gold
# labels of every training row, per feature set, scored on the held-out split `alchemist run` scores. Writes
# docs/measured/end-model-ceiling.md. Build first: dotnet build -c Release bench/Alchemist.Bench.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measured.sh
bench=bench/Alchemist.Bench/bin/Release/net10.0/Alchemist.Bench.dll
{
  measured_header scripts/measure-ceiling.sh
  echo
  echo "The end model trained on **gold** labels: the default head (MLP [256], seed 0) trained on the gold label of every training"
  echo "row, once per feature set, early-stopped as distill does (the dev split's gold labels when the data has one, else a seeded"
  echo "10% of the training rows), and scored on the same held-out split as docs/measured/refinement.md (WRENCH test for sms and"
  echo "youtube-spam, the projects' seeded 20% holdout for the others). Gold labels on every row are the cleanest training labels"
  echo "there are, but not a strict bound: soft labels regularise, so a run's end model can score above this. Read it as the"
  echo "reference for these features and this head: where it sits far below the per-row LLM (the figures issue #15 quotes, beside"
  echo "the end model in refinement.md), better labels alone would have to lift the end model above its own gold-trained score by"
  echo "that much to close the gap."
  echo "Written by bench/Alchemist.Bench/Distillation/GoldCeilingBench.cs."
  echo
  dotnet "$bench" ceiling experiments/refine/sms examples/youtube-spam experiments/refine/imdb experiments/refine/yelp \
    experiments/refine/agnews experiments/refine/finance
  echo
  measured_footer
} > docs/measured/end-model-ceiling.md.new
mv docs/measured/end-model-ceiling.md.new docs/measured/end-model-ceiling.md
cat docs/measured/end-model-ceiling.md
