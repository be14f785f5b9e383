// scan_block for AVX2 with FMA (8 floats per vector, 16-row panels), in float
// and in int16 pairs: VPMADDWD multiplies two 16-bit features of 8 references
// and adds the products into int32, so a panel takes half the multiplies of
// the float kernel and the sums are exact. The pragma precedes every include
// so that all code of this file targets AVX2; it only runs when best_kernel()
// has checked the CPU.
#if defined(__x86_64__)
#pragma GCC target("avx2,fma")
#include <immintrin.h>

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
namespace {

struct Avx2 {
  using V = __m256;
  static constexpr std::size_t L = 8;
  static V zero() { return _mm256_setzero_ps(); }
  static V load(const float* p) { return _mm256_loadu_ps(p); }
  static V broadcast(float x) { return _mm256_set1_ps(x); }
  static V fma(V a, V b, V c) { return _mm256_fmadd_ps(a, b, c); }
  static V estimate(V qn, V rn, V two_unit, V dot) { return _mm256_fnmadd_ps(two_unit, dot, _mm256_add_ps(qn, rn)); }
  static unsigned le_mask(V a, V b) { return static_cast<unsigned>(_mm256_movemask_ps(_mm256_cmp_ps(a, b, _CMP_LE_OQ))); }
  static void store(float* p, V v) { _mm256_storeu_ps(p, v); }
};

struct Avx2Int16 : Avx2 {
  // sum += x with the sum as the destination register: left to itself GCC
  // adds into x's register and copies it back, a third more instructions
  // in the inner loop.
  static void add_into(__m256i& sum, __m256i x) { asm("vpaddd %1, %0, %0" : "+x"(sum) : "x"(x)); }

  // Exact int32 sums; a unit is worth the query's dot_scales entry.
  using Acc = __m256i;
  static constexpr bool kScaledDots = true;
  static Acc zero_acc() { return _mm256_setzero_si256(); }
  static V dot_value(Acc a) { return _mm256_cvtepi32_ps(a); }

  static void dots(const Block& b, std::size_t p, Acc (&sums)[kGroupRows][2]) {
    const auto* panel = static_cast<const std::uint16_t*>(b.panels) + p * b.d * 4 * L;
    const auto* queries = static_cast<const std::uint32_t*>(b.queries);
    for (std::size_t j = 0; j < b.d; ++j) {
      const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(panel + j * 4 * L));
      const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(panel + j * 4 * L + 2 * L));
#pragma GCC unroll 8
      for (std::size_t r = 0; r < kGroupRows; ++r) {
        const __m256i q = _mm256_set1_epi32(static_cast<int>(queries[r * b.d + j]));
        add_into(sums[r][0], _mm256_madd_epi16(q, lo));
        add_into(sums[r][1], _mm256_madd_epi16(q, hi));
      }
    }
  }
};

void scan(const Block& b) { scan_block<Avx2>(b); }
void scan_int16(const Block& b) { scan_block<Avx2Int16>(b); }

}  // namespace

Kernel avx2_kernel() { return {scan, 2 * Avx2::L, "avx2"}; }
Kernel avx2_int16_kernel() { return {scan_int16, 2 * Avx2::L, "avx2_int16", Inputs::Int16Pairs}; }

}  // namespace imbench::scan

#else

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
Kernel avx2_kernel() { return portable_kernel(); }  // never chosen off x86-64
Kernel avx2_int16_kernel() { return portable_kernel(); }
}  // namespace imbench::scan

#endif
