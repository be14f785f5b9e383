// Exact Euclidean k nearest neighbours through whichever structure is faster
// for the reference set: a kd-tree in low dimensions, brute force on GEMM
// otherwise. Both return identical results, so the choice affects speed only.
#pragma once

#include <memory>

#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

// True when a kd-tree beats brute force for `rows` reference rows of `dims`
// features (crossover measured with bench/micro/neighbours_bench.cpp, see README.md).
bool kd_tree_pays(std::size_t rows, std::size_t dims);

class ExactNeighbours final : public NeighbourSearch {
 public:
  ExactNeighbours();

  void fit(Matrix reference) override;
  const Matrix& reference() const override { return search_->reference(); }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override {
    return search_->query(queries, k, exclude);
  }

  bool uses_kd_tree() const { return kd_tree_; }

 private:
  std::unique_ptr<NeighbourSearch> search_;
  bool kd_tree_ = false;
};

}  // namespace imbench
