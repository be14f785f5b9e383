#include "algorithms/shared/neighbours/brute_force.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace imbench {
namespace {

// Block sizes: a 128 x 1024 block of products is 1 MiB, which stays in cache
// while it is scanned, and 128 queries make enough tasks for TBB on big sets.
constexpr std::size_t kQueryBlock = 128;
constexpr std::size_t kReferenceBlock = 1024;

using Candidate = std::pair<double, std::size_t>;  // (distance estimate or value, reference row)

// Upper bound on |expanded - direct| squared distance for a query with
// centred squared norm `query_sq_norm`. The expansion, the direct sum and the
// centring each err by at most a few (d + 2) ulps of |q|^2 + |r|^2; the
// factor leaves a wide margin, which only costs a few extra re-measurements.
double expansion_error(double query_sq_norm, double max_reference_sq_norm, std::size_t d) {
  constexpr double unit_roundoff = std::numeric_limits<double>::epsilon() / 2;
  return (4.0 * static_cast<double>(d) + 32.0) * unit_roundoff * (query_sq_norm + max_reference_sq_norm);
}

// The candidates of one query: every reference whose estimate is within
// 2 * error of the k-th smallest estimate seen so far.
class Shortlist {
 public:
  Shortlist(std::size_t k, double error) : k_(k), error_(error), capacity_(std::max<std::size_t>(4 * k, 64)) {}

  double bound() const { return bound_; }

  void add(double estimate, std::size_t row) {
    items_.push_back({estimate, row});
    if (items_.size() >= capacity_) prune();
  }

  // Drops what can no longer reach the k nearest and tightens the bound.
  void prune() {
    if (items_.size() < k_) return;
    std::nth_element(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(k_ - 1), items_.end());
    bound_ = items_[k_ - 1].first + 2.0 * error_;
    std::erase_if(items_, [&](const Candidate& c) { return c.first > bound_; });
    // Many near-equal distances (duplicates) survive pruning: grow instead of pruning every insert.
    if (items_.size() * 2 > capacity_) capacity_ *= 2;
  }

  std::vector<Candidate>& items() { return items_; }

 private:
  std::size_t k_;
  double error_;
  std::size_t capacity_;
  double bound_ = std::numeric_limits<double>::infinity();
  std::vector<Candidate> items_;
};

}  // namespace

void BruteForceNeighbours::fit(Matrix reference) {
  require_finite(reference, "reference set");
  reference_ = std::move(reference);
  if (reference_.rows() == 0) {
    mean_ = Eigen::RowVectorXd::Zero(reference_.cols());
  } else {
    mean_ = reference_.colwise().mean();
  }
  centred_ = reference_.rowwise() - mean_;
  centred_sq_norms_ = centred_.rowwise().squaredNorm();
  max_centred_sq_norm_ = centred_sq_norms_.size() ? centred_sq_norms_.maxCoeff() : 0.0;
}

NeighbourLists BruteForceNeighbours::query(const Matrix& queries, std::size_t k,
                                           std::span<const std::size_t> exclude) const {
  check_query(reference_, queries, k, exclude);
  const std::size_t n_queries = static_cast<std::size_t>(queries.rows());
  NeighbourLists out = sized_lists(n_queries, k);
  if (k == 0 || n_queries == 0) return out;

  const std::size_t n_blocks = (n_queries + kQueryBlock - 1) / kQueryBlock;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_blocks, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t b = r.begin(); b != r.end(); ++b) {
      std::size_t first = b * kQueryBlock;
      query_block(queries, first, std::min(kQueryBlock, n_queries - first), k, exclude, out);
    }
  });
  return out;
}

void BruteForceNeighbours::query_block(const Matrix& queries, std::size_t first, std::size_t count, std::size_t k,
                                       std::span<const std::size_t> exclude, NeighbourLists& out) const {
  const auto q0 = static_cast<Eigen::Index>(first);
  const auto nq = static_cast<Eigen::Index>(count);
  const std::size_t d = static_cast<std::size_t>(reference_.cols());
  const std::size_t n_ref = static_cast<std::size_t>(reference_.rows());

  Matrix centred_queries = queries.middleRows(q0, nq).rowwise() - mean_;
  Vector query_sq_norms = centred_queries.rowwise().squaredNorm();

  std::vector<Shortlist> shortlists;
  shortlists.reserve(count);
  for (std::size_t i = 0; i < count; ++i)
    shortlists.emplace_back(k, expansion_error(query_sq_norms[static_cast<Eigen::Index>(i)], max_centred_sq_norm_, d));

  Matrix products;
  for (std::size_t r0 = 0; r0 < n_ref; r0 += kReferenceBlock) {
    const auto nr = static_cast<Eigen::Index>(std::min(kReferenceBlock, n_ref - r0));
    products.resize(nq, nr);
    products.noalias() = centred_queries * centred_.middleRows(static_cast<Eigen::Index>(r0), nr).transpose();
    for (Eigen::Index i = 0; i < nq; ++i) {
      Shortlist& list = shortlists[static_cast<std::size_t>(i)];
      const std::size_t skip = exclude.empty() ? kNoExclusion : exclude[first + static_cast<std::size_t>(i)];
      const double qn = query_sq_norms[i];
      const double* row = products.row(i).data();
      for (Eigen::Index j = 0; j < nr; ++j) {
        const std::size_t ref_row = r0 + static_cast<std::size_t>(j);
        const double estimate = qn - 2.0 * row[j] + centred_sq_norms_[static_cast<Eigen::Index>(ref_row)];
        if (estimate <= list.bound() && ref_row != skip) list.add(estimate, ref_row);
      }
    }
  }

  for (std::size_t i = 0; i < count; ++i) {
    Shortlist& list = shortlists[i];
    list.prune();
    std::vector<Candidate>& items = list.items();
    const double* q = queries.row(q0 + static_cast<Eigen::Index>(i)).data();
    for (Candidate& c : items)
      c.first = squared_distance(q, reference_.row(static_cast<Eigen::Index>(c.second)).data(), d);
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end());
    const std::size_t base = (first + i) * k;
    for (std::size_t j = 0; j < k; ++j) {
      out.index[base + j] = items[j].second;
      out.distance[base + j] = std::sqrt(items[j].first);
    }
  }
}

}  // namespace imbench
