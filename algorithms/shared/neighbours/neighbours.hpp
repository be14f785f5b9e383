// k-nearest-neighbour search: the interface every search structure (brute
// force now, kd-tree and other metrics later) implements.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/types.hpp"

namespace imbench {

// The k nearest reference rows of each query row, nearest first; equal
// distances are ordered by the lower reference row index.
struct NeighbourLists {
  std::size_t n_queries = 0;
  std::size_t k = 0;
  std::vector<std::size_t> index;  // n_queries * k, one query after another
  std::vector<double> distance;    // the matching distances

  std::size_t index_at(std::size_t query, std::size_t j) const { return index[query * k + j]; }
  double distance_at(std::size_t query, std::size_t j) const { return distance[query * k + j]; }
};

// Marks a query that excludes no reference row.
inline constexpr std::size_t kNoExclusion = SIZE_MAX;

class NeighbourSearch {
 public:
  virtual ~NeighbourSearch() = default;

  // Takes the reference set (by value: callers that no longer need it can move it in).
  virtual void fit(Matrix reference) = 0;
  virtual const Matrix& reference() const = 0;

  // The k nearest reference rows of every row of `queries`. `exclude` is
  // empty or holds, per query, one reference row it must not return
  // (kNoExclusion for none). Excluding by index rather than dropping the
  // first hit keeps a point's exact duplicates among its neighbours without
  // ever returning the point itself.
  virtual NeighbourLists query(const Matrix& queries, std::size_t k,
                               std::span<const std::size_t> exclude = {}) const = 0;

  // Each reference row's k nearest other reference rows.
  NeighbourLists query_self(std::size_t k) const;
};

// Squared Euclidean distance summed in feature order: the definition every
// search's order and ties refer to, so all of them return identical values.
// Inline, so the kd-tree's leaf scans pay no call per point.
inline double squared_distance(const double* a, const double* b, std::size_t d) {
  double sum = 0.0;
  for (std::size_t i = 0; i < d; ++i) {
    double diff = a[i] - b[i];
    sum += diff * diff;
  }
  return sum;
}

// Throws Error when `M` holds NaN or infinities; `what` names it in the message.
void require_finite(const Matrix& M, const char* what);

// Whether a structure's fit checks its reference with require_finite, or its caller already has (a scan of
// 160 MB at 1M x 20 that ExactNeighbours would otherwise pay twice).
enum class FiniteCheck { Run, DoneByCaller };

// Lists for n_queries x k neighbours, sized and labelled, to be filled in.
NeighbourLists sized_lists(std::size_t n_queries, std::size_t k);

// The argument checks every search shares: feature counts agree, `exclude`
// is empty or one per query, k fits the reference (minus an excluded row),
// queries are finite.
void check_query(const Matrix& reference, const Matrix& queries, std::size_t k, std::span<const std::size_t> exclude);

}  // namespace imbench
