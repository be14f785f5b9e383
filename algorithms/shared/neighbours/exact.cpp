#include "algorithms/shared/neighbours/exact.hpp"

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/kd_tree.hpp"

namespace imbench {

// Measured on standard normal data (README.md has the table): up to 5
// features the tree wins from a few hundred rows on; at 8 only from about
// 20k rows; from 10 features on brute force's GEMM wins at every size tried.
bool kd_tree_pays(std::size_t rows, std::size_t dims) {
  if (dims <= 4) return rows >= 256;
  if (dims == 5) return rows >= 20000;
  return false;
}

ExactNeighbours::ExactNeighbours() : search_(std::make_unique<BruteForceNeighbours>()) {}

void ExactNeighbours::fit(Matrix reference) {
  kd_tree_ = kd_tree_pays(static_cast<std::size_t>(reference.rows()), static_cast<std::size_t>(reference.cols()));
  if (kd_tree_) search_ = std::make_unique<KdTreeNeighbours>();
  else search_ = std::make_unique<BruteForceNeighbours>();
  search_->fit(std::move(reference));
}

}  // namespace imbench
