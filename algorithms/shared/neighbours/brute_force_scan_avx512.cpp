// scan_block for AVX-512 (16 floats per vector, 32-row panels). The pragma
// precedes every include so that all code of this file targets AVX-512; it
// only runs when best_kernel() has checked the CPU.
#if defined(__x86_64__)
#pragma GCC target("avx512f,avx2,fma")
#include <immintrin.h>

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
namespace {

struct Avx512 {
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

void scan(const Block& b) { scan_block<Avx512>(b); }

}  // namespace

Kernel avx512_kernel() { return {scan, 2 * Avx512::L, "avx512"}; }

}  // namespace imbench::scan

#else

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
Kernel avx512_kernel() { return portable_kernel(); }  // never chosen off x86-64
}  // namespace imbench::scan

#endif
