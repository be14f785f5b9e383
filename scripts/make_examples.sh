#!/usr/bin/env bash
# Regenerates reports/examples/: runs the two example studies of bench/experiments/
# (the seed course's and the imbalanced-learn benchmark collection), writes their
# reports (Markdown tables, SVG figures and the self-contained report.html) and
# the seed course's before/after scatter plots. The result stores go to results/
# (not committed); a rerun resumes them. About 30 CPU-minutes in all.
# Usage: scripts/make_examples.sh [THREADS]   (default: every hardware thread)
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-0}
imbench=./build/imbench
[[ -x $imbench ]] || { echo "make_examples: build imbench first (bash scripts/setup.sh)" >&2; exit 1; }

study() {
  local name=$1; shift
  "$imbench" run "bench/experiments/$name.yaml" --store "results/$name.db" --threads "$threads" "$@"
  rm -rf "reports/examples/$name"
  "$imbench" report "results/$name.db" -o "reports/examples/$name" --format md,html --stats balanced_accuracy
}

study seed_course --store-predictions
study imblearn_benchmark

# The seed course's pictures: 2-D data with 5 % minority before and after each over-sampler and a cleaner.
data="make_classification:n_samples=1000,n_features=2,n_informative=2,n_redundant=0,n_clusters_per_class=1,weights=0.95,flip_y=0,seed=3"
for resampler in smote borderline_smote adasyn random_over tomek_links; do
  "$imbench" plot scatter "$data" --resample "$resampler" -o "reports/examples/seed_course/scatter_$resampler.svg"
done
