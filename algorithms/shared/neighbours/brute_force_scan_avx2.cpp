// scan_block for AVX2 with FMA (8 floats per vector, 16-row panels). The
// pragma precedes every include so that all code of this file targets AVX2;
// it only runs when best_kernel() has checked the CPU.
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
  static V estimate(V qn, V rn, V dot) { return _mm256_fnmadd_ps(_mm256_set1_ps(2.0f), dot, _mm256_add_ps(qn, rn)); }
  static unsigned le_mask(V a, V b) { return static_cast<unsigned>(_mm256_movemask_ps(_mm256_cmp_ps(a, b, _CMP_LE_OQ))); }
  static void store(float* p, V v) { _mm256_storeu_ps(p, v); }
};

void scan(const Block& b) { scan_block<Avx2>(b); }

}  // namespace

Kernel avx2_kernel() { return {scan, 2 * Avx2::L, "avx2"}; }

}  // namespace imbench::scan

#else

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
Kernel avx2_kernel() { return portable_kernel(); }  // never chosen off x86-64
}  // namespace imbench::scan

#endif
