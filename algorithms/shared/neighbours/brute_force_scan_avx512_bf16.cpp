// scan_block for AVX-512 BF16: references and queries rounded to bfloat16,
// each VDPBF16PS multiplying two features of 16 references and summing in
// float, so a panel takes half the instructions of the float kernel. The
// pragma precedes every include so that all code of this file targets these
// extensions; it only runs when best_kernel() has checked the CPU.
#if defined(__x86_64__)
#pragma GCC target("avx512f,avx512bw,avx512bf16,avx2,fma")
#include "algorithms/shared/neighbours/brute_force_scan_avx512.hpp"

namespace imbench::scan {
namespace {

struct Avx512Bf16 : Avx512Floats {
  using Acc = V;
  static constexpr bool kScaledDots = false;
  static Acc zero_acc() { return zero(); }
  static V dot_value(Acc a) { return a; }

  static Acc pair_dot(Acc sum, __m512i q, __m512i r) { return _mm512_dpbf16_ps(sum, (__m512bh)q, (__m512bh)r); }
  static void dots(const Block& b, std::size_t p, Acc (&acc)[kGroupRows][2]) { avx512_pair_dots<Avx512Bf16>(b, p, acc); }
};

void scan(const Block& b) { scan_block<Avx512Bf16>(b); }

}  // namespace

Kernel avx512_bf16_kernel() { return {scan, 2 * Avx512Bf16::L, "avx512_bf16", Inputs::Bf16Pairs}; }

}  // namespace imbench::scan

#else

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
Kernel avx512_bf16_kernel() { return portable_kernel(); }  // never chosen off x86-64
}  // namespace imbench::scan

#endif
