// What the AVX-512 kernel files share: the float vector operations (16
// floats per vector) and the pair kernels' step loop. Included after each
// file's target pragma, and of internal linkage, so every file gets its own
// copy compiled for its own extensions.
#pragma once

#include <immintrin.h>

#include <cstddef>
#include <cstdint>

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
namespace {

struct Avx512Floats {
  using V = __m512;
  static constexpr std::size_t L = 16;
  static V zero() { return _mm512_setzero_ps(); }
  static V load(const float* p) { return _mm512_loadu_ps(p); }
  static V broadcast(float x) { return _mm512_set1_ps(x); }
  static V fma(V a, V b, V c) { return _mm512_fmadd_ps(a, b, c); }
  static V estimate(V qn, V rn, V two_unit, V dot) { return _mm512_fnmadd_ps(two_unit, dot, _mm512_add_ps(qn, rn)); }
  static unsigned le_mask(V a, V b) { return _mm512_cmp_ps_mask(a, b, _CMP_LE_OQ); }
  static void store(float* p, V v) { _mm512_storeu_ps(p, v); }
};

// The dots of pair kernel S over panel p: per feature pair, the two halves of the panel (16 references
// each) and each query's pair broadcast; S::pair_dot(acc, query_pair, references) is the one instruction
// that multiplies both features and adds both products. (A static member, not a lambda: GCC compiles a
// lambda without the file's target extensions, so it would not inline.)
template <class S>
void avx512_pair_dots(const Block& b, std::size_t p, typename S::Acc (&acc)[kGroupRows][2]) {
  constexpr std::size_t L = Avx512Floats::L;
  const auto* panel = static_cast<const std::uint16_t*>(b.panels) + p * b.d * 4 * L;
  const auto* queries = static_cast<const std::uint32_t*>(b.queries);
  for (std::size_t j = 0; j < b.d; ++j) {
    const __m512i lo = _mm512_loadu_si512(panel + j * 4 * L);
    const __m512i hi = _mm512_loadu_si512(panel + j * 4 * L + 2 * L);
#pragma GCC unroll 4
    for (std::size_t r = 0; r < kGroupRows; ++r) {
      const __m512i q = _mm512_set1_epi32(static_cast<int>(queries[r * b.d + j]));
      acc[r][0] = S::pair_dot(acc[r][0], q, lo);
      acc[r][1] = S::pair_dot(acc[r][1], q, hi);
    }
  }
}

}  // namespace
}  // namespace imbench::scan
