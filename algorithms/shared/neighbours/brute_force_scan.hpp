// The inner loop of BruteForceNeighbours: expanded squared distances of a few
// queries to a block of references, in single precision (twice the lanes of
// double; BruteForceNeighbours bounds the error and re-measures in double),
// kept only where they are within a query's bound. Computing the products and filtering them in registers
// avoids writing a products matrix and reading it back, which at 20 features
// costs as much as the products themselves.
//
// The kernel is written once (scan_block below) against a small SIMD
// interface and compiled for AVX-512, AVX2+FMA and plain C++ in separate
// files (brute_force_scan_*.cpp), each under its own target pragma; the
// fastest one the CPU supports is picked at run time. This header holds no
// inline code outside templates, and every instantiation uses a traits
// type with internal linkage, so no AVX code can leak into other files.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

namespace imbench::scan {

// Queries handled together: each reference panel is loaded once per group.
inline constexpr std::size_t kGroupRows = 4;

// References are stored in panels of `width` rows, transposed. Float kernels:
// feature j of the panel's rows is `width` consecutive floats at panel + j * width.
// Pair kernels (bf16 or int16): feature pair p (features 2p, 2p + 1; a missing
// last feature is 0) is `width` consecutive 16-bit pairs at panel + 2 * p * width
// uint16s, and each query is its pairs packed as uint32 (feature 2p in the low half).
struct Block {
  const void* queries = nullptr;          // kGroupRows centred queries, row after row, d steps each
  const float* query_sq_norms = nullptr;  // kGroupRows
  const float* bounds = nullptr;          // kGroupRows: keep estimates <= bound
  const void* panels = nullptr;           // the block's first panel
  const float* ref_sq_norms = nullptr;    // one per reference slot; NaN for padding, never kept
  std::size_t n_panels = 0;
  std::size_t d = 0;                      // steps per row: features (float kernels) or feature pairs
  // Outputs, kGroupRows rows of `hit_stride` each: slot within the block and estimate of each kept reference.
  std::uint32_t* hit_slot = nullptr;
  float* hit_estimate = nullptr;
  std::size_t hit_stride = 0;
  std::size_t* hit_count = nullptr;       // kGroupRows
  // The int16 kernel, kGroupRows: what one unit of a query's integer dot product is worth (a power of two).
  const float* dot_scales = nullptr;
};

// What the kernel multiplies. The pair kinds take twice the products per
// instruction for a coarser estimate (see BruteForceNeighbours' error bound):
// Bf16Pairs rounds inputs to bfloat16 (8-bit significands) and sums in float;
// Int16Pairs rounds them to 15-bit fixed point and sums exactly in int32.
enum class Inputs { Float, Bf16Pairs, Int16Pairs };

struct Kernel {
  void (*scan)(const Block&) = nullptr;
  std::size_t panel_width = 0;  // rows per panel
  const char* name = "";
  Inputs inputs = Inputs::Float;
  bool pairs() const { return inputs != Inputs::Float; }
};

// The fastest kernel this CPU runs, and the fastest of those working in float.
Kernel best_kernel();
Kernel best_float_kernel();
// Every kernel this CPU can run (for tests and benchmarks), and the widest
// of one kind, if the CPU runs any.
std::vector<Kernel> runnable_kernels();
std::optional<Kernel> widest_kernel(Inputs inputs);

Kernel avx512_bf16_kernel();
Kernel avx512_int16_kernel();
Kernel avx2_int16_kernel();
Kernel avx512_kernel();
Kernel avx2_kernel();
Kernel portable_kernel();

// S provides: type V of L floats; zero(), load(p), broadcast(x), fma(a, b, c) = a * b + c,
// estimate(qn, rn, two_unit, dot) = qn + rn - two_unit * dot, le_mask(a, b) (bit l set when
// a[l] <= b[l]), store(p, v). A pair S also provides what FloatDots below
// provides for float kernels: the accumulator type Acc, zero_acc(),
// dots(b, p, acc) adding the products of the b.d steps of panel p (both
// halves) for the group, dot_value(acc) as floats, and kScaledDots
// (whether a unit of dot_value is worth dot_scales[r] rather than 1).
template <class S>
struct FloatDots {
  using V = typename S::V;
  using Acc = V;
  static constexpr bool kScaledDots = false;
  static Acc zero_acc() { return S::zero(); }
  static V dot_value(Acc a) { return a; }
  static void dots(const Block& b, std::size_t p, Acc (&acc)[kGroupRows][2]) {
    constexpr std::size_t L = S::L, W = 2 * L;
    const std::size_t d = b.d;
    const float* panel = static_cast<const float*>(b.panels) + p * d * W;
    const float* queries = static_cast<const float*>(b.queries);
    for (std::size_t j = 0; j < d; ++j) {
      const V lo = S::load(panel + j * W), hi = S::load(panel + j * W + L);
#pragma GCC unroll 4
      for (std::size_t r = 0; r < kGroupRows; ++r) {
        const V q = S::broadcast(queries[r * d + j]);
        acc[r][0] = S::fma(q, lo, acc[r][0]);
        acc[r][1] = S::fma(q, hi, acc[r][1]);
      }
    }
  }
};

// S's pair interface, complete. A kernel with only part of it is a compile error rather than a float kernel
// reading its packed int16 or bf16 panels as floats.
template <class S>
concept CompletePairDots = requires(const Block& b, typename S::Acc (&acc)[kGroupRows][2]) {
  { S::zero_acc() } -> std::same_as<typename S::Acc>;
  { S::dot_value(S::zero_acc()) } -> std::same_as<typename S::V>;
  S::dots(b, std::size_t{0}, acc);
  { S::kScaledDots } -> std::convertible_to<bool>;
};
template <class S>
concept SomePairDots = requires { typename S::Acc; } || requires { S::kScaledDots; } || requires { &S::dots; } ||
                       requires { &S::zero_acc; } || requires { &S::dot_value; };

template <class S>
void scan_block(const Block& b) {
  static_assert(CompletePairDots<S> || !SomePairDots<S>,
                "a pair kernel defines all of Acc, zero_acc, dots, dot_value and kScaledDots");
  using V = typename S::V;
  using D = std::conditional_t<CompletePairDots<S>, S, FloatDots<S>>;
  constexpr std::size_t L = S::L, W = 2 * L, G = kGroupRows;
  for (std::size_t r = 0; r < G; ++r) b.hit_count[r] = 0;
  // A unit of an int16 dot is worth dot_scales[r]: folded into the factor 2
  // of the estimate, which is exact as both are powers of two.
  V bound[G], qn[G], two_unit[G];
  for (std::size_t r = 0; r < G; ++r) {
    bound[r] = S::broadcast(b.bounds[r]), qn[r] = S::broadcast(b.query_sq_norms[r]);
    two_unit[r] = S::broadcast(D::kScaledDots ? 2.0f * b.dot_scales[r] : 2.0f);
  }
  for (std::size_t p = 0; p < b.n_panels; ++p) {
    typename D::Acc acc[G][2];
#pragma GCC unroll 4
    for (std::size_t r = 0; r < G; ++r) acc[r][0] = acc[r][1] = D::zero_acc();
    D::dots(b, p, acc);
    const V norms[2] = {S::load(b.ref_sq_norms + p * W), S::load(b.ref_sq_norms + p * W + L)};
#pragma GCC unroll 4
    for (std::size_t r = 0; r < G; ++r)
#pragma GCC unroll 2
      for (std::size_t h = 0; h < 2; ++h) {
        const V est = S::estimate(qn[r], norms[h], two_unit[r], D::dot_value(acc[r][h]));
        unsigned mask = S::le_mask(est, bound[r]);
        if (!mask) continue;
        float lanes[L];
        S::store(lanes, est);
        for (; mask; mask &= mask - 1) {
          const unsigned lane = static_cast<unsigned>(__builtin_ctz(mask));
          const std::size_t at = r * b.hit_stride + b.hit_count[r]++;
          b.hit_slot[at] = static_cast<std::uint32_t>(p * W + h * L + lane);
          b.hit_estimate[at] = lanes[lane];
        }
      }
  }
}

}  // namespace imbench::scan
