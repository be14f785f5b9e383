// Exact Euclidean k nearest neighbours by brute force.
//
// Distances of a block of queries to a block of references come from one
// matrix product, |q|^2 - 2 q.r + |r|^2 (Eigen GEMM). That expansion loses
// precision, so it is only used to shortlist: every reference whose
// expanded distance lies within a proven error bound of the k-th smallest
// is re-measured directly as sum (q_i - r_i)^2, and the final order uses the
// direct values with ties broken by the lower index. The result is therefore
// exact and independent of blocking and thread count. Query blocks run in
// parallel under oneTBB.
#pragma once

#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

class BruteForceNeighbours final : public NeighbourSearch {
 public:
  void fit(Matrix reference) override;
  const Matrix& reference() const override { return reference_; }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override;

 private:
  void query_block(const Matrix& queries, std::size_t first, std::size_t count, std::size_t k,
                   std::span<const std::size_t> exclude, NeighbourLists& out) const;

  Matrix reference_;
  // The reference minus its column means: centring shrinks the norms, and
  // with them the cancellation error of the expanded form.
  Matrix centred_;
  Eigen::RowVectorXd mean_;
  Vector centred_sq_norms_;
  double max_centred_sq_norm_ = 0.0;
};

}  // namespace imbench
