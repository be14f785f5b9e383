// Neighbourhood statistics of Borderline-SMOTE (Han et al. 2005), also used
// by ADASYN: how many of a class row's nearest rows in the whole data set
// belong to another class (one-vs-rest), and which rows are in DANGER.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench {

// For every row i of `class_rows` (all labelled `cls`), the number of its
// `m` nearest other rows of X whose label is not `cls`. The row itself is
// excluded by index (imblearn drops the first hit, which differs only for
// exact duplicates). Throws Error when X has fewer than m + 1 rows.
std::vector<std::size_t> foreign_neighbour_counts(const Matrix& X, const Labels& y, int cls,
                                                  const Indices& class_rows, std::size_t m,
                                                  const std::string& owner);

// Positions in `class_rows` of the DANGER rows: m/2 <= foreign < m, i.e.
// at least half of the m neighbours are foreign but not all of them (those
// are NOISE). Real division, as imblearn: m = 5 gives 3..4.
Indices danger_positions(const std::vector<std::size_t>& foreign, std::size_t m);

}  // namespace imbench
