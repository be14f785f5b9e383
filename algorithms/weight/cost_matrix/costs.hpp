// The misclassification cost matrix of the cost_matrix weighting, and the
// minimum-expected-cost decision rule it implies.
//
// Entry C(i, j) is the cost of predicting class j for a sample of true class i
// (row = true class, column = predicted class), class indices 0..K-1.
#pragma once

#include <string>

#include "core/types.hpp"

namespace imbench {

// A `costs` parameter value: either an explicit matrix, written row by row
// as "{0,1;5,0}" (',' between entries, ';' between rows), or "zero_one":
// cost 1 for every error and 0 on the diagonal, for whatever K the data have.
class CostMatrix {
 public:
  // Throws Error naming `owner` and the parameter `costs` when the text is not
  // a square matrix of finite non-negative numbers.
  static CostMatrix parse(const std::string& text, const std::string& owner);

  // Canonical text: "zero_one", or "{a,b;c,d}" with numbers in shortest round-trip form.
  std::string text() const;

  // The K x K matrix for data with `n_classes` classes; throws Error naming
  // `owner` and `costs` when an explicit matrix has another size.
  Matrix for_classes(int n_classes, const std::string& owner) const;

 private:
  bool zero_one_ = false;
  Matrix values_;
};

// Per-class weight sum_j (C(i, j) - C(i, i)): the total extra cost of getting
// class i wrong, which is sum_j C(i, j) for a zero diagonal. Subtracting the
// diagonal makes the weights, like the decisions, unchanged when a constant
// is added to a row. Throws Error naming `owner` and `costs` when a wrong
// prediction costs less than the right one (Elkan's "unreasonable" matrix).
std::vector<double> misclassification_costs(const Matrix& costs, const std::string& owner);

// For each row of `proba` (n x K) the class j minimising the expected cost
// sum_i p_i C(i, j). Equal expected costs go to the higher class index, so
// with two classes class 1 is predicted exactly when
// p_1 C(1,0) + p_0 C(0,0) >= p_0 C(0,1) + p_1 C(1,1), i.e. with a zero
// diagonal when p_1 >= C(0,1) / (C(0,1) + C(1,0)) (Elkan 2001).
Labels minimum_expected_cost(const Matrix& proba, const Matrix& costs);

}  // namespace imbench
