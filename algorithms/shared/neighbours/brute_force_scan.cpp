// The portable scan_block (one float per "vector", for CPUs without AVX2)
// and the run-time choice between the kernels.
#include "algorithms/shared/neighbours/brute_force_scan.hpp"

#include <optional>
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
  static V estimate(V qn, V rn, V two_unit, V dot) { return qn + rn - two_unit * dot; }
  static unsigned le_mask(V a, V b) { return a <= b ? 1u : 0u; }
  static void store(float* p, V v) { *p = v; }
};

void scan(const Block& b) { scan_block<Portable>(b); }

}  // namespace

Kernel portable_kernel() { return {scan, 2 * Portable::L, "portable"}; }

namespace {

// The CPU's vector extensions, checked once.
struct CpuExtensions {
  bool avx2_fma = false, avx512 = false, avx512_bf16 = false, avx512_vnni = false;
};

const CpuExtensions& cpu() {
  static const CpuExtensions found = [] {
    CpuExtensions c;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_init();
    c.avx2_fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    c.avx512 = __builtin_cpu_supports("avx512f");
    c.avx512_bf16 = __builtin_cpu_supports("avx512bf16") && __builtin_cpu_supports("avx512bw");
    c.avx512_vnni = __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512bw");
#endif
    return c;
  }();
  return found;
}

}  // namespace

std::vector<Kernel> runnable_kernels() {
  std::vector<Kernel> kernels = {portable_kernel()};
  if (cpu().avx2_fma) kernels.insert(kernels.end(), {avx2_kernel(), avx2_int16_kernel()});
  if (cpu().avx512) kernels.push_back(avx512_kernel());
  if (cpu().avx512_bf16) kernels.push_back(avx512_bf16_kernel());
  if (cpu().avx512_vnni) kernels.push_back(avx512_int16_kernel());
  return kernels;
}

std::optional<Kernel> widest_kernel(Inputs inputs) {
  std::optional<Kernel> widest;
  for (const Kernel& k : runnable_kernels())
    if (k.inputs == inputs && (!widest || k.panel_width > widest->panel_width)) widest = k;
  return widest;
}

Kernel best_float_kernel() {
  static const Kernel best = *widest_kernel(Inputs::Float);  // the portable kernel at least
  return best;
}

Kernel best_kernel() {
  static const Kernel best = [] {
    // VNNI's int16 kernel runs at the bf16 kernel's rate with a 20-odd times tighter bound, so fewer
    // candidates are re-measured (Zen 4, 30k self-queries: 8 features 0.100 vs 0.134 s, 20: 0.161 vs 0.175 s).
    if (cpu().avx512_vnni) return avx512_int16_kernel();
    if (const auto bf16 = widest_kernel(Inputs::Bf16Pairs)) return *bf16;
    // With AVX-512 but neither VNNI nor BF16 the wider float kernel stays (AVX2's int16 pairs are not
    // measured there).
    if (cpu().avx512) return best_float_kernel();
    if (const auto int16 = widest_kernel(Inputs::Int16Pairs)) return *int16;
    return best_float_kernel();
  }();
  return best;
}

}  // namespace imbench::scan
