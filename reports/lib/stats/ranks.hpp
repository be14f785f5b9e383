// Ranks of methods per data set, the input of every rank-based test
// (Demsar 2006): rank 1 is the best method, tied scores share the average
// of the ranks they span.
#pragma once

#include <vector>

#include "core/types.hpp"

namespace imbench::reports::stats {

enum class Order { higher_is_better, lower_is_better };

// Ranks 1..n of the values in ascending order, ties averaged (scipy's
// rankdata(method="average")). Values must not be NaN.
std::vector<double> rank_ascending(const std::vector<double>& values);

// scores: one row per data set, one column per method. Returns the same shape
// with each row replaced by its ranks (1 = best under `order`). Throws
// imbench::Error naming the row and column of a NaN or infinite score, and when
// there are no rows or fewer than two columns.
Matrix rank_rows(const Matrix& scores, Order order);

// Column means of rank_rows: the average rank of each method.
Vector average_ranks(const Matrix& scores, Order order);

}  // namespace imbench::reports::stats
