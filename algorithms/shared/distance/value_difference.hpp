// The value difference metric (Stanfill & Waltz 1986; Cost & Salzberg 1993)
// for all-nominal data, as imbalanced-learn 0.10's ValueDifferenceMetric
// defines it with k=1, r=2: two categories of a feature are as far apart as
// the class distributions of the rows holding them,
//   d(a, b) = sum_f ( sum_c |P(c | x_f = a_f) - P(c | x_f = b_f)| )^2 .
#pragma once

#include <cstddef>
#include <vector>

#include "algorithms/shared/distance/nominal_codes.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

class ValueDifferenceMetric {
 public:
  // P(c | category) from every row of `codes` and its label in y.
  ValueDifferenceMetric(const NominalCodes& codes, const Labels& y, int n_classes);

  // Distance between rows a and b of the codes the metric was built from.
  double distance(std::size_t a, std::size_t b) const;

  // The k nearest other rows of each of `rows` among `rows` (positions into
  // `rows`), nearest first, equal distances by lower position.
  NeighbourLists neighbours_within(const Indices& rows, std::size_t k) const;

 private:
  const NominalCodes& codes_;
  // Per feature, the n_cat x n_cat table of (sum_c |P(c|a) - P(c|b)|)^2.
  std::vector<std::vector<double>> table_;
};

}  // namespace imbench
