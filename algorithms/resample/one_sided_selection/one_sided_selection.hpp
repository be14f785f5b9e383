// One-sided selection (Kubat & Matwin 1997) as imbalanced-learn 0.10's
// OneSidedSelection, split in two so tests can fix the random seeds:
// draw_oss_seeds takes all the randomness, select_one_sided is deterministic.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/plugin.hpp"
#include "core/rng.hpp"

namespace imbench {

// Per targeted class: the seeds' positions within that class's rows (0 = its
// first row in y), drawn uniformly with replacement, as imblearn's randint.
using SeedPositions = std::map<int, std::vector<std::size_t>>;

SeedPositions draw_oss_seeds(const Labels& y, int n_classes, const ClassTargets& targets, std::size_t n_seeds,
                             RandomStream& rng);

// The input rows one-sided selection keeps, in imblearn's output order.
// Per class in class order: untargeted classes whole; a targeted class c
// keeps its seeds plus the rows of S (c without the seeds) that the
// k-nearest-neighbour vote over C (the minority plus c's seeds) gets wrong.
// Then Tomek links in the reduced set lose their targeted-class rows.
// `minority` is imblearn's Counter minority (first_seen_minority).
Indices select_one_sided(const LabelledData& data, const ClassTargets& targets, int minority,
                         const SeedPositions& seeds, std::size_t n_neighbors);

}  // namespace imbench
