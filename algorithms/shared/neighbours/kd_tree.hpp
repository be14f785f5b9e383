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

#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

class KdTreeNeighbours final : public NeighbourSearch {
 public:
  // Nodes with at most `leaf_size` rows are scanned rather than split.
  explicit KdTreeNeighbours(std::size_t leaf_size = 16) : leaf_size_(leaf_size) {}

  void fit(Matrix reference) override;
  const Matrix& reference() const override { return reference_; }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override;

 private:
  struct Node {
    std::uint32_t begin = 0, end = 0;  // the node's rows in points_ / rows_
    std::int32_t left = -1, right = -1;  // children, -1 for a leaf
  };

  using Bounded = std::pair<double, std::int32_t>;  // (squared distance to the node's box, node)

  std::int32_t build(std::uint32_t begin, std::uint32_t end);
  void query_one(const double* q, std::size_t k, std::size_t skip, std::vector<Bounded>& stack,
                 std::vector<std::pair<double, std::size_t>>& heap, double* distance, std::size_t* index) const;
  const double* lower(std::int32_t node) const { return boxes_.data() + 2 * dims_ * static_cast<std::size_t>(node); }

  std::size_t leaf_size_;
  std::size_t dims_ = 0;
  Matrix reference_;
  Matrix points_;                 // the reference rows in tree order: each node's rows are contiguous
  std::vector<std::size_t> rows_;  // reference row of each row of points_
  std::vector<Node> nodes_;       // nodes_[0] is the root
  std::vector<double> boxes_;     // per node: d lower then d upper bounds of its rows
};

}  // namespace imbench
