// Exact Euclidean k nearest neighbours by brute force.
//
// Distances of queries to references are first estimated in the expanded
// form |q|^2 - 2 q.r + |r|^2, in single precision (exact int16 fixed-point
// products with AVX-512 VNNI or AVX2, bf16 products where the CPU has AVX-512
// BF16 but not VNNI), by a SIMD kernel
// (brute_force_scan.hpp) that keeps only estimates within each query's
// current bound. The estimates are only used to shortlist: every reference
// whose estimate lies within a proven error bound of the k-th smallest is
// re-measured directly as sum (q_i - r_i)^2 in double, and the final order
// uses the direct values with ties broken by the lower index. The result is
// therefore exact and independent of blocking, thread count and the CPU's
// vector width. Query blocks run in parallel under oneTBB.
#pragma once

#include <memory>
#include <optional>

#include "algorithms/shared/neighbours/brute_force_scan.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {

class BruteForceNeighbours final : public NeighbourSearch {
 public:
  // By default the kernel is chosen at fit from the CPU and the feature count; tests can force one.
  BruteForceNeighbours() = default;
  explicit BruteForceNeighbours(scan::Kernel kernel) : forced_kernel_(kernel) {}
  void fit(Matrix reference) override { fit(std::make_shared<const Matrix>(std::move(reference))); }
  // Shares the reference with the caller instead of holding a copy. FiniteCheck::DoneByCaller skips
  // require_finite, for callers that have just run it on the same matrix.
  void fit(std::shared_ptr<const Matrix> reference, FiniteCheck check = FiniteCheck::Run);
  const Matrix& reference() const override { return *reference_; }
  NeighbourLists query(const Matrix& queries, std::size_t k,
                       std::span<const std::size_t> exclude = {}) const override;

 private:
  void query_block(const Matrix& queries, std::size_t first, std::size_t count, std::size_t k,
                   std::span<const std::size_t> exclude, NeighbourLists& out) const;

  std::shared_ptr<const Matrix> reference_ = std::make_shared<const Matrix>();
  // The kernel sees the reference minus its column means, times a power of
  // two that brings the largest squared norm near 1 (an exact scaling):
  // centring shrinks the norms, and with them the rounding error of the
  // expanded form; the scale keeps single precision far from overflow and
  // underflow whatever the data's units.
  Eigen::RowVectorXd mean_;
  double scale_ = 1.0;
  double max_scaled_sq_norm_ = 0.0;
  // Those rows in the kernel's transposed panels (float, or 16-bit pairs for
  // a pair kernel), padded with zero rows whose squared norm is NaN (never
  // kept), and the norms of every slot.
  std::optional<scan::Kernel> forced_kernel_;
  scan::Kernel kernel_;
  std::vector<float> panels_;
  std::vector<std::uint16_t> pair_panels_;
  std::vector<float> panel_sq_norms_;
};

}  // namespace imbench
