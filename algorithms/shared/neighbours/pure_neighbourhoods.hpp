// Cheap proofs that a row's k nearest neighbours all share its class, so that
// editing rules (ENN and its repeats) run the exact full search only for the
// rows that might be removed.
//
// For a row r of class c: F = its distance to the nearest row of any other
// class (exact, from a search over those rows only, usually a small set), and
// U = the distance to its k-th nearest other row of class c within some
// subset of class c (an upper bound of the k-th distance within all of c).
// If U < F, then k rows of class c lie strictly closer than every foreign row,
// so the exact search (ties by index, self excluded) returns only class c.
// Subsets are nodes of a median-split tree over class c: the rows near r in
// space, which make U tight; each level up (4x the rows) retries only the rows
// still unproven. Distances come from the exact searches themselves, so the
// comparison involves no rounding of its own.
#pragma once

#include <vector>

#include "core/types.hpp"

namespace imbench {

// Leaf size of the tree: the smallest subsets searched (measured with
// bench/micro/resamplers_bench.cpp; see README.md).
inline constexpr std::size_t kPureLeafRows = 2048;

// pure[r] is true for rows r of the classes listed in `classes` whose k nearest
// other rows of X are proven to be all of class y[r]; false for every other
// row. A class is examined only when the proof is cheaper than the plain
// search: it needs brute force (kd_tree_pays false), at least 2 leaves of rows,
// and other classes holding at most a quarter of X.
std::vector<bool> pure_neighbourhoods(const Matrix& X, const std::vector<Indices>& rows_of_class,
                                      const std::vector<int>& classes, std::size_t k,
                                      std::size_t leaf_rows = kPureLeafRows);

}  // namespace imbench
