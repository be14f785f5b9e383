// The portable scan_block (one float per "vector", for CPUs without AVX2)
// and the run-time choice between the kernels.
#include "algorithms/shared/neighbours/brute_force_scan.hpp"

#include <vector>

namespace imbench::scan {
namespace {

struct Portable {
  using V = float;
  static constexpr std::size_t L = 1;
  static V zero() { return 0.0f; }
  static V load(const float* p) { return *p; }
  static V broadcast(float x) { return x; }
  static V fma(V a, V b, V c) { return a * b + c; }
  static V estimate(V qn, V rn, V dot) { return qn + rn - 2.0f * dot; }
  static unsigned le_mask(V a, V b) { return a <= b ? 1u : 0u; }
  static void store(float* p, V v) { *p = v; }
};

void scan(const Block& b) { scan_block<Portable>(b); }

}  // namespace

Kernel portable_kernel() { return {scan, 2 * Portable::L, "portable"}; }

Kernel best_float_kernel() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const Kernel best = [] {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return avx512_kernel();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return avx2_kernel();
    return portable_kernel();
  }();
  return best;
#else
  return portable_kernel();
#endif
}

std::vector<Kernel> runnable_kernels() {
  std::vector<Kernel> kernels = {portable_kernel()};
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    kernels.insert(kernels.end(), {avx2_kernel(), avx2_int16_kernel()});
  if (__builtin_cpu_supports("avx512f")) kernels.push_back(avx512_kernel());
  if (__builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512bw")) kernels.push_back(avx512_bf16_kernel());
#endif
  return kernels;
}

Kernel best_kernel() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const Kernel best = [] {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512bw")) return avx512_bf16_kernel();
    // With AVX-512 but no BF16 the wider float kernel stays (int16 pairs are not measured there).
    if (__builtin_cpu_supports("avx512f")) return best_float_kernel();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return avx2_int16_kernel();
    return best_float_kernel();
  }();
  return best;
#else
  return best_float_kernel();
#endif
}

}  // namespace imbench::scan
