#include "algorithms/shared/neighbours/brute_force.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_reduce.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace imbench {
namespace {

// Block sizes: 1024 references (80 KiB of float panels at 20 features) stay
// in L2 while every query group of the block passes over them; 512 queries
// per block make each pass over a reference set larger than L3 serve many
// queries, and still enough tasks for TBB on big sets.
constexpr std::size_t kQueryBlock = 512;
constexpr std::size_t kReferenceBlock = 1024;

using Candidate = std::pair<double, std::size_t>;  // (distance estimate or value, reference row)

// Upper bound on |estimate - direct| squared distance for a query with
// scaled centred squared norm `query_sq_norm`. Rounding the centred values to
// float, the float dot product and the float sums each err by at most a few
// (d + 2) float ulps of |q|^2 + |r|^2 (centring in double only translates the
// points, and scaling by a power of two is exact); the factor leaves a wide
// margin, which only costs a few extra re-measurements. A bf16 kernel also
// rounds every input, already a float, to 8 significant bits: each differs
// from the exact scaled value by at most u = 2^-8 + 2^-23 of it (bf16 plus
// float unit roundoff, with room for their product), so each product q_j r_j
// errs by at most (2u + u^2) |q_j r_j| and -2 q.r, as 2 |q_j r_j| <= q_j^2 +
// r_j^2, by at most (2u + u^2) (|q|^2 + |r|^2). This bound is tight enough
// that widening it costs time (every reference inside it is re-measured); a
// tiny absolute term covers the kernel's flushing of subnormal inputs to zero.
double expansion_error(double query_sq_norm, double max_reference_sq_norm, std::size_t d, bool bf16) {
  constexpr double unit_roundoff = std::numeric_limits<float>::epsilon() / 2;
  constexpr double bf16_roundoff = 0x1.0p-8 + 0x1.0p-23;
  double relative = (4.0 * static_cast<double>(d) + 32.0) * unit_roundoff;
  if (bf16) relative += 2.0 * bf16_roundoff + bf16_roundoff * bf16_roundoff;
  return relative * (query_sq_norm + max_reference_sq_norm) + (bf16 ? 1e-30 : 0.0);
}

// Round to nearest even bfloat16 (the top half of a float), for finite values.
std::uint16_t to_bf16(float f) {
  auto bits = std::bit_cast<std::uint32_t>(f);
  bits += 0x7FFFu + ((bits >> 16) & 1u);
  return static_cast<std::uint16_t>(bits >> 16);
}

// The bf16 bound is about 0.8 % of |q|^2 + max |r|^2, which at few features
// is far wider than the gaps between near neighbours: every reference inside
// it is re-measured, so there the float kernel is faster (30k rows x 2
// features: 1.2 s with bf16, 0.03 s with float). From this many features on
// the bf16 kernel's doubled throughput wins.
constexpr std::size_t kBf16MinFeatures = 9;

scan::Kernel kernel_for(std::size_t features) {
  const scan::Kernel best = scan::best_kernel();
  return best.bf16_pairs && features < kBf16MinFeatures ? scan::best_float_kernel() : best;
}

// Queries this far out (relative to the reference's spread) would overflow
// the float estimates; they skip the kernel and have every reference re-measured.
constexpr double kFloatSafeSqNorm = 1e30;

// A float no smaller than `bound`, so the kernel never drops what the double bound keeps.
float float_at_least(double bound) {
  const float f = static_cast<float>(bound);
  return static_cast<double>(f) >= bound ? f : std::nextafter(f, std::numeric_limits<float>::infinity());
}

// The candidates of one query: every reference whose estimate is within
// 2 * error of the k-th smallest estimate seen so far. A max-heap of the k
// smallest estimates keeps that bound current after every insert at O(log k);
// candidates that fall behind it are dropped in one linear pass when the list
// fills, so no selection ever runs on the hot path.
class Shortlist {
 public:
  Shortlist(std::size_t k, double error) : k_(k), error_(error), capacity_(std::max<std::size_t>(4 * k, 64)) {
    smallest_.reserve(k);
  }

  double bound() const { return bound_; }

  void add(double estimate, std::size_t row) {
    items_.push_back({estimate, row});
    if (smallest_.size() < k_) {
      smallest_.push_back(estimate);
      std::push_heap(smallest_.begin(), smallest_.end());
    } else if (estimate < smallest_.front()) {
      std::pop_heap(smallest_.begin(), smallest_.end());
      smallest_.back() = estimate;
      std::push_heap(smallest_.begin(), smallest_.end());
    }
    if (smallest_.size() == k_) bound_ = smallest_.front() + 2.0 * error_;
    if (items_.size() >= capacity_) prune();
  }

  // Drops what can no longer reach the k nearest.
  void prune() {
    std::erase_if(items_, [&](const Candidate& c) { return c.first > bound_; });
    // Many near-equal distances (duplicates) survive pruning: grow instead of pruning every insert.
    if (items_.size() * 2 > capacity_) capacity_ *= 2;
  }

  std::vector<Candidate>& items() { return items_; }

 private:
  std::size_t k_;
  double error_;
  std::size_t capacity_;
  double bound_ = std::numeric_limits<double>::infinity();
  std::vector<double> smallest_;  // max-heap of the k smallest estimates
  std::vector<Candidate> items_;
};

}  // namespace

void BruteForceNeighbours::fit(std::shared_ptr<const Matrix> reference) {
  require_finite(*reference, "reference set");
  reference_ = std::move(reference);
  const std::size_t n = static_cast<std::size_t>(reference_->rows()), d = static_cast<std::size_t>(reference_->cols());
  mean_ = n == 0 ? Eigen::RowVectorXd::Zero(reference_->cols()) : Eigen::RowVectorXd(reference_->colwise().mean());
  const Vector sq_norms = (reference_->rowwise() - mean_).rowwise().squaredNorm();
  const double max_sq_norm = n == 0 ? 0.0 : sq_norms.maxCoeff();
  scale_ = max_sq_norm > 0.0 && std::isfinite(max_sq_norm) ? std::ldexp(1.0, -std::ilogb(std::sqrt(max_sq_norm))) : 1.0;

  kernel_ = forced_kernel_ ? *forced_kernel_ : kernel_for(d);
  const std::size_t width = kernel_.panel_width;
  const std::size_t slots = (n + width - 1) / width * width;
  const std::size_t pairs = (d + 1) / 2;
  if (kernel_.bf16_pairs) {
    panels_.clear();
    bf16_panels_.assign(slots * 2 * pairs, 0);
  } else {
    bf16_panels_.clear();
    panels_.assign(slots * d, 0.0f);
  }
  panel_sq_norms_.assign(slots, std::numeric_limits<float>::quiet_NaN());
  // Rows are converted in parallel (each writes only its own slots); at 1M
  // rows the conversion is otherwise a serial tenth of a second.
  max_scaled_sq_norm_ = tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, n, 4096), 0.0,
      [&](const tbb::blocked_range<std::size_t>& rows, double max_sq_norm) {
        for (std::size_t i = rows.begin(); i != rows.end(); ++i) {
          const std::size_t panel = i / width, slot = i % width;
          double sq_norm = 0.0;
          for (std::size_t j = 0; j < d; ++j) {
            const auto r = static_cast<Eigen::Index>(i), c = static_cast<Eigen::Index>(j);
            const double scaled = ((*reference_)(r, c) - mean_[c]) * scale_;
            if (kernel_.bf16_pairs)
              bf16_panels_[panel * width * 2 * pairs + (j / 2) * 2 * width + slot * 2 + j % 2] =
                  to_bf16(static_cast<float>(scaled));
            else
              panels_[panel * width * d + j * width + slot] = static_cast<float>(scaled);
            sq_norm += scaled * scaled;
          }
          panel_sq_norms_[i] = static_cast<float>(sq_norm);
          max_sq_norm = std::max(max_sq_norm, sq_norm);
        }
        return max_sq_norm;
      },
      [](double a, double b) { return std::max(a, b); });
}

NeighbourLists BruteForceNeighbours::query(const Matrix& queries, std::size_t k,
                                           std::span<const std::size_t> exclude) const {
  check_query(*reference_, queries, k, exclude);
  const std::size_t n_queries = static_cast<std::size_t>(queries.rows());
  NeighbourLists out = sized_lists(n_queries, k);
  if (k == 0 || n_queries == 0) return out;

  const std::size_t n_blocks = (n_queries + kQueryBlock - 1) / kQueryBlock;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_blocks, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t b = r.begin(); b != r.end(); ++b) {
      std::size_t first = b * kQueryBlock;
      query_block(queries, first, std::min(kQueryBlock, n_queries - first), k, exclude, out);
    }
  });
  return out;
}

void BruteForceNeighbours::query_block(const Matrix& queries, std::size_t first, std::size_t count, std::size_t k,
                                       std::span<const std::size_t> exclude, NeighbourLists& out) const {
  constexpr std::size_t G = scan::kGroupRows;
  const auto q0 = static_cast<Eigen::Index>(first);
  const std::size_t d = static_cast<std::size_t>(reference_->cols());
  const std::size_t n_slots = panel_sq_norms_.size();

  // Scaled, centred and in float, padded to whole groups of G rows; padding
  // rows (and far-out queries) get a bound of -infinity, which keeps nothing.
  const std::size_t groups = (count + G - 1) / G;
  std::vector<float> scaled(groups * G * d, 0.0f), sq_norms(groups * G, 0.0f);
  std::vector<Shortlist> shortlists;
  std::vector<bool> far_out(count);
  shortlists.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    double sq_norm = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
      const auto c = static_cast<Eigen::Index>(j);
      const double v = (queries(q0 + static_cast<Eigen::Index>(i), c) - mean_[c]) * scale_;
      scaled[i * d + j] = static_cast<float>(v);
      sq_norm += v * v;
    }
    far_out[i] = !(sq_norm < kFloatSafeSqNorm);
    sq_norms[i] = far_out[i] ? 0.0f : static_cast<float>(sq_norm);
    shortlists.emplace_back(k, expansion_error(sq_norm, max_scaled_sq_norm_, d, kernel_.bf16_pairs));
  }
  // A bf16 kernel reads the queries as packed pairs of bf16 features.
  const std::size_t pairs = (d + 1) / 2;
  std::vector<std::uint32_t> packed;
  if (kernel_.bf16_pairs) {
    packed.assign(groups * G * pairs, 0);
    for (std::size_t i = 0; i < count; ++i)
      for (std::size_t j = 0; j < d; ++j)
        packed[i * pairs + j / 2] |= std::uint32_t{to_bf16(scaled[i * d + j])} << (16 * (j % 2));
  }
  const std::size_t steps = kernel_.bf16_pairs ? pairs : d;
  auto group_queries = [&](std::size_t g) -> const void* {
    return kernel_.bf16_pairs ? static_cast<const void*>(packed.data() + g * G * pairs) : scaled.data() + g * G * d;
  };
  auto block_panels = [&](std::size_t r0) -> const void* {
    return kernel_.bf16_pairs ? static_cast<const void*>(bf16_panels_.data() + r0 * 2 * pairs) : panels_.data() + r0 * d;
  };

  float bounds[G];
  std::size_t hit_count[G];
  std::vector<std::uint32_t> hit_slot(G * kReferenceBlock);
  std::vector<float> hit_estimate(G * kReferenceBlock);
  // Every estimate passes the infinite starting bound, so the first slices
  // are small and grow geometrically, each scanned with the bound its
  // predecessors tightened: the kernel would otherwise report all of a
  // query's first 1024 references, which on a 10k-row self-query costs as
  // much as the scan.
  std::size_t slice = kernel_.panel_width;
  for (std::size_t r0 = 0; r0 < n_slots; r0 += slice, slice = std::min(2 * slice, kReferenceBlock)) {
    const std::size_t slots = std::min(slice, n_slots - r0);  // a multiple of the panel width
    for (std::size_t g = 0; g < groups; ++g) {
      for (std::size_t r = 0, i = g * G; r < G; ++r, ++i)
        bounds[r] = i < count && !far_out[i] ? float_at_least(shortlists[i].bound())
                                             : -std::numeric_limits<float>::infinity();
      kernel_.scan({group_queries(g), sq_norms.data() + g * G, bounds, block_panels(r0), panel_sq_norms_.data() + r0,
                    slots / kernel_.panel_width, steps, hit_slot.data(), hit_estimate.data(), kReferenceBlock,
                    hit_count});
      for (std::size_t r = 0; r < G && g * G + r < count; ++r) {
        Shortlist& list = shortlists[g * G + r];
        const std::size_t skip = exclude.empty() ? kNoExclusion : exclude[first + g * G + r];
        for (std::size_t h = 0; h < hit_count[r]; ++h) {
          const std::size_t ref_row = r0 + hit_slot[r * kReferenceBlock + h];
          const double estimate = hit_estimate[r * kReferenceBlock + h];
          if (estimate <= list.bound() && ref_row != skip) list.add(estimate, ref_row);
        }
      }
    }
  }
  // Far-out queries: every reference is a candidate with the same (dummy) estimate.
  const std::size_t n_ref = static_cast<std::size_t>(reference_->rows());
  for (std::size_t i = 0; i < count; ++i)
    if (far_out[i])
      for (std::size_t row = 0; row < n_ref; ++row)
        if (exclude.empty() || exclude[first + i] != row) shortlists[i].add(0.0, row);

  for (std::size_t i = 0; i < count; ++i) {
    Shortlist& list = shortlists[i];
    list.prune();
    std::vector<Candidate>& items = list.items();
    const double* q = queries.row(q0 + static_cast<Eigen::Index>(i)).data();
    for (Candidate& c : items)
      c.first = squared_distance(q, reference_->row(static_cast<Eigen::Index>(c.second)).data(), d);
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end());
    const std::size_t base = (first + i) * k;
    for (std::size_t j = 0; j < k; ++j) {
      out.index[base + j] = items[j].second;
      out.distance[base + j] = std::sqrt(items[j].first);
    }
  }
}

}  // namespace imbench
