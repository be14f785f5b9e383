// Row draws shared by the training schedules: each class brought to a target
// count by random over- or under-sampling of its rows.
#pragma once

#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::schedule {

// `count` rows of one class: every row once plus uniform draws with replacement
// when count exceeds the class (random over-sampling), else `count` distinct rows
// (random under-sampling).
Indices resize_class(const Indices& class_rows, std::size_t count, RandomStream& rng);

// The rows for per-class counts, class after class; `by_class` from rows_by_class.
// A class with no rows must get count 0.
Indices rows_for_counts(const std::vector<Indices>& by_class, const std::vector<std::size_t>& counts,
                        RandomStream& rng);

// 0, 1, ..., n - 1: the training rows as they are.
Indices all_rows(std::size_t n);

}  // namespace imbench::schedule
