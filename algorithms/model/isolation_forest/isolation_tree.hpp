// One isolation tree (Liu, Ting & Zhou 2008) as scikit-learn grows it: each
// node splits on a feature drawn at random among those not constant in the
// node, at a threshold drawn uniformly between the node's minimum and maximum,
// until a node holds one row, all its features are constant, or the depth
// limit is reached.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

// Average path length of an unsuccessful search in a binary search tree of n
// rows, c(n) = 2 H(n-1) - 2 (n-1) / n with H(i) ~ ln(i) + Euler's gamma; it
// normalises path lengths and completes them in leaves that hold several rows.
double average_path_length(double n);

class IsolationTree {
 public:
  // Grows on the rows `rows` of X using only the columns `features`.
  static IsolationTree grow(const Matrix& X, std::span<const std::uint32_t> rows, std::span<const int> features,
                            int max_depth, RandomStream& rng);

  // The path length of `row` (n_features values): edges down to its leaf plus
  // average_path_length of the rows the leaf holds.
  double path_length(const double* row) const;

 private:
  struct Node {
    int feature = -1;  // -1 marks a leaf
    double threshold = 0;
    std::uint32_t left = 0, right = 0;
    double completion = 0;  // leaf only: average_path_length(rows in the leaf)
  };
  std::vector<Node> nodes_;
};

}  // namespace imbench
