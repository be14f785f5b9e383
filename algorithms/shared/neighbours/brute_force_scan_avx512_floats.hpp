// The float vector operations every AVX-512 kernel shares (16 floats per
// vector). Included after each kernel file's target pragma, and of internal
// linkage, so every file gets its own copy compiled for its own extensions.
#pragma once

#include <immintrin.h>

#include <cstddef>

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

}  // namespace
}  // namespace imbench::scan
