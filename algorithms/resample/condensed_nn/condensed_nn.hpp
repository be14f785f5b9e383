// Condensed nearest neighbour (Hart 1968) in imbalanced-learn's
// one-vs-minority form, split so tests can fix the random seeds: the seeds
// come from draw_oss_seeds (one_sided_selection.hpp, the same draw as
// imblearn's randint), condense() is deterministic.
#pragma once

#include <cstddef>

#include "algorithms/resample/one_sided_selection/one_sided_selection.hpp"

namespace imbench {

// The input rows condensed_nn keeps, grouped by class in class order.
// Untargeted classes are kept whole. A targeted class c starts the store C
// with the minority rows plus c's seeds; its other rows are visited in row
// order and each one the k-NN vote over the current C gets wrong joins C.
// Output per targeted class: its seeds in draw order (a seed drawn twice
// appears twice, as in imblearn), then the rows that joined, ascending.
// `minority` is imblearn's Counter minority (first_seen_minority).
Indices condense(const LabelledData& data, const ClassTargets& targets, int minority, const SeedPositions& seeds,
                 std::size_t n_neighbors);

}  // namespace imbench
