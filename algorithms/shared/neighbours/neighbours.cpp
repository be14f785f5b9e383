#include "algorithms/shared/neighbours/neighbours.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_reduce.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

#include "core/error.hpp"

namespace imbench {

void require_finite(const Matrix& M, const char* what) {
  // A plain loop the compiler vectorises (Eigen's allFinite does not here), in parallel for large sets.
  const double* values = M.data();
  const bool finite = tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, static_cast<std::size_t>(M.size()), 1 << 16), true,
      [&](const tbb::blocked_range<std::size_t>& r, bool ok) {
        bool all = true;
        for (std::size_t i = r.begin(); i != r.end(); ++i) all &= std::isfinite(values[i]);
        return ok && all;
      },
      std::logical_and<>());
  if (!finite) throw Error(std::string("nearest neighbours: the ") + what + " holds NaN or infinite values");
}

void check_query(const Matrix& reference, const Matrix& queries, std::size_t k, std::span<const std::size_t> exclude) {
  const std::size_t n_ref = static_cast<std::size_t>(reference.rows());
  const std::size_t n_queries = static_cast<std::size_t>(queries.rows());
  if (queries.cols() != reference.cols())
    throw Error("nearest neighbours: queries have " + std::to_string(queries.cols()) +
                " features but the reference set has " + std::to_string(reference.cols()));
  if (!exclude.empty() && exclude.size() != n_queries)
    throw Error("nearest neighbours: " + std::to_string(exclude.size()) + " excluded rows given for " +
                std::to_string(n_queries) + " queries");
  const bool excluding = std::any_of(exclude.begin(), exclude.end(), [&](std::size_t e) { return e < n_ref; });
  const std::size_t available = n_ref - (excluding ? 1 : 0);
  if (k > available)
    throw Error("nearest neighbours: asked for k=" + std::to_string(k) + " but the reference set has " +
                std::to_string(n_ref) + " rows" +
                (excluding ? " (" + std::to_string(available) + " once a query's own row is excluded)" : ""));
  require_finite(queries, "query set");
}

NeighbourLists NeighbourSearch::query_self(std::size_t k) const {
  const Matrix& ref = reference();
  std::vector<std::size_t> self(static_cast<std::size_t>(ref.rows()));
  for (std::size_t i = 0; i < self.size(); ++i) self[i] = i;
  return query(ref, k, self);
}

NeighbourLists sized_lists(std::size_t n_queries, std::size_t k) {
  NeighbourLists out;
  out.n_queries = n_queries;
  out.k = k;
  out.index.resize(n_queries * k);
  out.distance.resize(n_queries * k);
  return out;
}

}  // namespace imbench
