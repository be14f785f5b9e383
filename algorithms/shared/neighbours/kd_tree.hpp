// Exact Euclidean k nearest neighbours with a kd-tree, for low dimensions.
//
// Returns exactly what BruteForceNeighbours returns: the same rows in the
// same order with bit-identical distances. Every candidate is measured with
// the shared squared_distance (feature order), results are ordered by
// (squared distance, row), and a subtree is skipped only when its bounding
// box lies strictly farther than the current k-th best, so a tie with a
// lower row index is never pruned away. Queries run in parallel under
// oneTBB, each independently, so threads do not change the result.
#pragma once

#include <cstdint>

#include <memory>

#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

class KdTreeNeighbours final : public NeighbourSearch {
 public:
  // Nodes with at most `leaf_size` rows are scanned rather than split.
  explicit KdTreeNeighbours(std::size_t leaf_size = 16) : leaf_size_(leaf_size) {}

  void fit(Matrix reference) override { fit(std::make_shared<const Matrix>(std::move(reference))); }
  // Shares the reference with the caller instead of holding a copy. FiniteCheck::DoneByCaller skips
  // require_finite, for callers that have just run it on the same matrix.
  void fit(std::shared_ptr<const Matrix> reference, FiniteCheck check = FiniteCheck::Run);
  const Matrix& reference() const override { return *reference_; }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override;

  // What a search for the k nearest costs here, in distance evaluations
  // (rows measured plus boxes), averaged over the query rows `sample` (with
  // the same `exclude` as query() takes); each query stops counting at
  // `cap`, past which its cost no longer matters to the caller. Deterministic.
  double mean_search_work(const Matrix& queries, std::span<const std::size_t> sample, std::size_t k,
                          std::span<const std::size_t> exclude, std::size_t cap) const;

 private:
  struct Node {
    std::uint32_t begin = 0, end = 0;  // the node's rows in points_ / rows_
    std::int32_t left = -1, right = -1;  // children, -1 for a leaf
    std::uint32_t split_feature = 0;  // left's rows are <= split_value in it, right's >=
    double split_value = 0.0;
  };

  using Bounded = std::pair<double, std::int32_t>;  // (squared distance to the node's box, node)

  // Appends the subtree over points_ rows [begin, end) to `nodes` and `boxes`,
  // its root first (depth first order); large halves are built in parallel.
  void build(std::uint32_t begin, std::uint32_t end, std::vector<Node>& nodes, std::vector<double>& boxes);
  // Reorders points_ and rows_ in [begin, end) so that rows before `mid` are
  // <= those from `mid` on in `feature`.
  void split_at(std::uint32_t begin, std::uint32_t mid, std::uint32_t end, std::size_t feature);

  // Scratch for build: nodes built at the same time own disjoint ranges of it.
  std::vector<double> split_keys_;
  // The leaf a point falls in by the splits: where its neighbours most likely are.
  std::int32_t home_leaf(const double* q) const;
  using Heap = std::vector<std::pair<double, std::size_t>>;
  // Returns the work done (as mean_search_work counts it); gives up, leaving
  // `heap` incomplete, once that reaches `cap`.
  std::size_t search(const double* q, std::size_t k, std::size_t skip, std::size_t cap, std::vector<Bounded>& stack,
                     Heap& heap) const;
  const double* lower(std::int32_t node) const { return boxes_.data() + 2 * dims_ * static_cast<std::size_t>(node); }

  std::size_t leaf_size_;
  std::size_t dims_ = 0;
  std::shared_ptr<const Matrix> reference_ = std::make_shared<const Matrix>();
  Matrix points_;                 // the reference rows in tree order: each node's rows are contiguous
  std::vector<std::size_t> rows_;  // reference row of each row of points_
  std::vector<Node> nodes_;       // nodes_[0] is the root
  std::vector<double> boxes_;     // per node: d lower then d upper bounds of its rows
};

}  // namespace imbench
