// KMeans-SMOTE's choice of clusters and of how many rows each one gets
// (Last, Douzas & Bacao 2018, steps "filter" and "oversample").
#pragma once

#include <cstddef>
#include <vector>

#include "core/types.hpp"

namespace imbench {

struct ClusterShare {
  int cluster;
  Indices class_rows;   // rows of X of the class being grown, in this cluster
  std::size_t n_new;    // rows to make here
};

// Log-sparsity of one cluster's class rows: log(mean pairwise distance^exponent / count);
// -inf when every pair coincides.
double log_sparsity(const Matrix& X, const Indices& rows, double exponent);

// Splits n_new over clusters in proportion to `weights` (any non-negative
// values; all zero means equal shares): floors first, then the rows left
// over go one each to the largest remainders (lower position on ties), so
// the counts add up to n_new exactly.
std::vector<std::size_t> largest_remainder(std::size_t n_new, const std::vector<double>& log_weights);

}  // namespace imbench
