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
//
// The int16 kernel rounds each reference value r_j to a multiple of 2^-13
// and each query value q_j to a multiple of 1 / s_q (query_fixed_exponent),
// so r = r' - b and q = q' - a with |b_j| <= 2^-14 and |a_j| <= 1 / (2 s_q),
// and q'.r' - q.r = q.b + a.r': that is at most |q| e_r + (R + e_r) e_q with
// e_r = sqrt(d) 2^-14, e_q = sqrt(d) / (2 s_q) and R the largest |r|.
// Integer sums are exact; their conversion to float errs by at most a float
// unit roundoff of |q'| |r'| <= (|q| + e_q)(R + e_r).
constexpr int kReferenceFixedExponent = 13;  // scaled |r_j| < 2, so |r_j| 2^13 < 2^14 fits int16

// The exponent e of the query's fixed point: |q| 2^e lies in [2^13, 2^14),
// so every value fits int16 with the same relative precision as the
// references'. Clamped so that the unit of the dot, 2^-(13 + e), stays a
// normal float.
int query_fixed_exponent(double query_sq_norm) {
  if (!(query_sq_norm > 0.0)) return kReferenceFixedExponent;
  return kReferenceFixedExponent - std::max(std::ilogb(std::sqrt(query_sq_norm)), -60);
}

double expansion_error(double query_sq_norm, double max_reference_sq_norm, std::size_t d, scan::Inputs inputs) {
  constexpr double unit_roundoff = std::numeric_limits<float>::epsilon() / 2;
  constexpr double bf16_roundoff = 0x1.0p-8 + 0x1.0p-23;
  double relative = (4.0 * static_cast<double>(d) + 32.0) * unit_roundoff;
  if (inputs == scan::Inputs::Bf16Pairs) relative += 2.0 * bf16_roundoff + bf16_roundoff * bf16_roundoff;
  double error = relative * (query_sq_norm + max_reference_sq_norm);
  if (inputs == scan::Inputs::Int16Pairs) {
    const double q = std::sqrt(query_sq_norm), r = std::sqrt(max_reference_sq_norm);
    const double root_d = std::sqrt(static_cast<double>(d));
    const double e_r = std::ldexp(root_d, -kReferenceFixedExponent - 1);
    const double e_q = std::ldexp(root_d, -query_fixed_exponent(query_sq_norm) - 1);
    error += 2.0 * (q * e_r + (r + e_r) * e_q) + 2.0 * unit_roundoff * (q + e_q) * (r + e_r);
  }
  return error + (inputs == scan::Inputs::Float ? 0.0 : 1e-30);
}

// Round to nearest even bfloat16 (the top half of a float), for finite values.
std::uint16_t to_bf16(float f) {
  auto bits = std::bit_cast<std::uint32_t>(f);
  bits += 0x7FFFu + ((bits >> 16) & 1u);
  return static_cast<std::uint16_t>(bits >> 16);
}

// The 16 bits a pair kernel reads for value v: bfloat16, or v times
// `fixed_unit` (2^exponent, so the product is exact) rounded to an integer,
// in range by the choice of exponent; the clamp only guards against
// undefined conversion. Adding and removing 1.5 * 2^52 rounds a value this
// small to the nearest integer, ties to even, as std::nearbyint does in the
// default rounding mode, without the library call: fitting 1M x 20
// references spent most of its time in ldexp and nearbyint.
std::uint16_t pair_value(double v, scan::Inputs inputs, double fixed_unit) {
  if (inputs == scan::Inputs::Bf16Pairs) return to_bf16(static_cast<float>(v));
  constexpr double kRoundingShift = 0x1.8p52;
  const double fixed = (std::clamp(v * fixed_unit, -32767.0, 32767.0) + kRoundingShift) - kRoundingShift;
  return static_cast<std::uint16_t>(static_cast<std::int16_t>(fixed));
}

// Below some feature count a pair kernel loses to the float kernel. The
// bf16 bound is about 0.8 % of |q|^2 + max |r|^2, which at few features is
// far wider than the gaps between near neighbours: every reference inside it
// is re-measured (30k rows x 2 features: 1.2 s with bf16, 0.03 s with
// float). The int16 bound is 20-odd times tighter, but its grid of 2^-13
// still blurs a single dense feature, and at few pairs per reference the
// per-panel compare dominates (30k self-queries, AVX2: 1 feature 0.49 s
// int16 vs 0.20 s float; 6 features 0.16 vs 0.18 s; 20 features 0.30 vs
// 0.35 s; bench BM_KnnBruteKernel).
std::size_t pair_kernel_min_features(scan::Inputs inputs) {
  switch (inputs) {
    case scan::Inputs::Bf16Pairs: return 9;
    case scan::Inputs::Int16Pairs: return 6;
    case scan::Inputs::Float: break;
  }
  return 0;
}

scan::Kernel kernel_for(std::size_t features) {
  const scan::Kernel best = scan::best_kernel();
  return features < pair_kernel_min_features(best.inputs) ? scan::best_float_kernel() : best;
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
    // Reserved whole: grown by doubling, the lists cost a dozen allocations per query, 5 % of a search of
    // 100k queries among 1000 rows (one_sided_selection's).
    smallest_.reserve(k);
    items_.reserve(capacity_);
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

// The fit's passes over the references run in parallel: serial, the means
// and norms alone took a quarter of fitting 1M x 20 rows.
constexpr std::size_t kFitRowChunk = 4096;

// Column means, summed chunk by chunk in a fixed order (deterministic
// reduce, simple partitioner), so they do not depend on the thread count.
Eigen::RowVectorXd column_means(const Matrix& X) {
  if (X.rows() == 0) return Eigen::RowVectorXd::Zero(X.cols());
  const Eigen::RowVectorXd sums = tbb::parallel_deterministic_reduce(
      tbb::blocked_range<Eigen::Index>(0, X.rows(), kFitRowChunk), Eigen::RowVectorXd::Zero(X.cols()).eval(),
      [&](const tbb::blocked_range<Eigen::Index>& rows, Eigen::RowVectorXd partial) {
        for (Eigen::Index i = rows.begin(); i != rows.end(); ++i) partial += X.row(i);  // colwise().sum() strides
        return partial;
      },
      [](const Eigen::RowVectorXd& a, const Eigen::RowVectorXd& b) { return (a + b).eval(); },
      tbb::simple_partitioner());
  return sums / static_cast<double>(X.rows());
}

// The largest squared norm of a row minus `mean` (a maximum is exact in any order).
double max_centred_sq_norm(const Matrix& X, const Eigen::RowVectorXd& mean) {
  return tbb::parallel_reduce(
      tbb::blocked_range<Eigen::Index>(0, X.rows(), kFitRowChunk), 0.0,
      [&](const tbb::blocked_range<Eigen::Index>& rows, double largest) {
        for (Eigen::Index i = rows.begin(); i != rows.end(); ++i)
          largest = std::max(largest, (X.row(i) - mean).squaredNorm());
        return largest;
      },
      [](double a, double b) { return std::max(a, b); });
}

}  // namespace

void BruteForceNeighbours::fit(std::shared_ptr<const Matrix> reference, FiniteCheck check) {
  if (check == FiniteCheck::Run) require_finite(*reference, "reference set");
  reference_ = std::move(reference);
  const std::size_t n = static_cast<std::size_t>(reference_->rows()), d = static_cast<std::size_t>(reference_->cols());
  mean_ = column_means(*reference_);
  const double max_sq_norm = max_centred_sq_norm(*reference_, mean_);
  scale_ = max_sq_norm > 0.0 && std::isfinite(max_sq_norm) ? std::ldexp(1.0, -std::ilogb(std::sqrt(max_sq_norm))) : 1.0;

  kernel_ = forced_kernel_ ? *forced_kernel_ : kernel_for(d);
  const std::size_t width = kernel_.panel_width;
  const std::size_t slots = (n + width - 1) / width * width;
  const std::size_t pairs = (d + 1) / 2;
  if (kernel_.pairs()) {
    panels_.clear();
    pair_panels_.assign(slots * 2 * pairs, 0);
  } else {
    pair_panels_.clear();
    panels_.assign(slots * d, 0.0f);
  }
  panel_sq_norms_.assign(slots, std::numeric_limits<float>::quiet_NaN());
  // Rows are converted in parallel (each writes only its own slots); at 1M
  // rows the conversion is otherwise a serial tenth of a second.
  const double reference_unit = std::ldexp(1.0, kReferenceFixedExponent);
  max_scaled_sq_norm_ = tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, n, kFitRowChunk), 0.0,
      [&](const tbb::blocked_range<std::size_t>& rows, double max_sq_norm) {
        for (std::size_t i = rows.begin(); i != rows.end(); ++i) {
          const std::size_t panel = i / width, slot = i % width;
          double sq_norm = 0.0;
          for (std::size_t j = 0; j < d; ++j) {
            const auto r = static_cast<Eigen::Index>(i), c = static_cast<Eigen::Index>(j);
            const double scaled = ((*reference_)(r, c) - mean_[c]) * scale_;
            if (kernel_.pairs())
              pair_panels_[panel * width * 2 * pairs + (j / 2) * 2 * width + slot * 2 + j % 2] =
                  pair_value(scaled, kernel_.inputs, reference_unit);
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
  // rows (and far-out queries) get a NaN bound, which keeps nothing (not
  // -infinity: a far-out query's estimates can be -infinity themselves).
  // A pair kernel reads each query as packed pairs of 16-bit features
  // (feature 2p in the low half); the int16 kernel also needs the value of
  // one unit of each query's integer dot products.
  const std::size_t groups = (count + G - 1) / G, pairs = (d + 1) / 2;
  const bool pair_inputs = kernel_.pairs();
  std::vector<float> scaled(pair_inputs ? 0 : groups * G * d, 0.0f), sq_norms(groups * G, 0.0f);
  std::vector<std::uint32_t> packed(pair_inputs ? groups * G * pairs : 0, 0);
  std::vector<float> dot_scales(groups * G, 0.0f);
  std::vector<double> row(d);
  std::vector<Shortlist> shortlists;
  std::vector<bool> far_out(count);
  shortlists.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    double sq_norm = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
      const auto c = static_cast<Eigen::Index>(j);
      row[j] = (queries(q0 + static_cast<Eigen::Index>(i), c) - mean_[c]) * scale_;
      sq_norm += row[j] * row[j];
    }
    const int exponent = query_fixed_exponent(sq_norm);
    const double fixed_unit = std::ldexp(1.0, exponent);
    for (std::size_t j = 0; j < d; ++j) {
      if (pair_inputs)
        packed[i * pairs + j / 2] |= std::uint32_t{pair_value(row[j], kernel_.inputs, fixed_unit)} << (16 * (j % 2));
      else
        scaled[i * d + j] = static_cast<float>(row[j]);
    }
    dot_scales[i] = std::ldexp(1.0f, -kReferenceFixedExponent - exponent);
    far_out[i] = !(sq_norm < kFloatSafeSqNorm);
    sq_norms[i] = far_out[i] ? 0.0f : static_cast<float>(sq_norm);
    shortlists.emplace_back(k, expansion_error(sq_norm, max_scaled_sq_norm_, d, kernel_.inputs));
  }
  const std::size_t steps = pair_inputs ? pairs : d;
  auto group_queries = [&](std::size_t g) -> const void* {
    return pair_inputs ? static_cast<const void*>(packed.data() + g * G * pairs) : scaled.data() + g * G * d;
  };
  auto block_panels = [&](std::size_t r0) -> const void* {
    return pair_inputs ? static_cast<const void*>(pair_panels_.data() + r0 * 2 * pairs) : panels_.data() + r0 * d;
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
                                             : std::numeric_limits<float>::quiet_NaN();
      kernel_.scan({group_queries(g), sq_norms.data() + g * G, bounds, block_panels(r0), panel_sq_norms_.data() + r0,
                    slots / kernel_.panel_width, steps, hit_slot.data(), hit_estimate.data(), kReferenceBlock,
                    hit_count, dot_scales.data() + g * G});
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
