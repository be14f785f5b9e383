// Exact Euclidean k nearest neighbours through whichever structure is faster:
// a kd-tree in low dimensions, and in higher dimensions also wherever a
// probe shows the data let it prune (points that lie close together along
// segments or clusters, such as SMOTE's output); brute force otherwise.
// Both return identical results, so the choice affects speed only.
#pragma once

#include <memory>
#include <mutex>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/kd_tree.hpp"

namespace imbench {

// True when a kd-tree beats brute force for `rows` reference rows of `dims`
// features on unstructured data (crossover measured with
// bench/micro/neighbours_bench.cpp, see README.md).
bool kd_tree_pays(std::size_t rows, std::size_t dims);

class ExactNeighbours final : public NeighbourSearch {
 public:
  enum class Structure { KdTree, BruteForce };

  void fit(Matrix reference) override;
  // Like fit, without the copy (160 MB at 1M x 20): the caller keeps
  // `reference` alive and unchanged for as long as this search is used.
  void fit_borrowed(const Matrix& reference);
  const Matrix& reference() const override { return *reference_; }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override;

  // The structure query() uses for these arguments: the kd-tree where
  // kd_tree_pays; else, when brute force would take far longer than building
  // a tree, the tree if a probe of evenly spaced queries finds it cheaper.
  // Depends on the data only, never on timing, so runs repeat exactly.
  Structure choose(const Matrix& queries, std::size_t k, std::span<const std::size_t> exclude = {}) const;

 private:
  // Each structure is built on first use (query is const and may run concurrently).
  struct Built {
    std::once_flag tree_once, brute_once;
    KdTreeNeighbours tree;
    BruteForceNeighbours brute;
  };
  void adopt(std::shared_ptr<const Matrix> reference);
  const KdTreeNeighbours& tree() const;
  const BruteForceNeighbours& brute() const;

  std::shared_ptr<const Matrix> reference_ = std::make_shared<const Matrix>();  // shared with both structures
  std::unique_ptr<Built> built_ = std::make_unique<Built>();
};

}  // namespace imbench
