// scan_block for AVX-512 VNNI in int16 pairs (32-row panels): VPDPWSSD
// multiplies two 16-bit features of 16 references and adds both products
// into the int32 sum in one instruction, so a panel takes as many
// instructions as the bf16 kernel, with the exact sums and the tighter
// bound of the AVX2 int16 kernel. The pragma precedes every include so that
// all code of this file targets these extensions; it only runs when
// best_kernel() has checked the CPU.
#if defined(__x86_64__)
#pragma GCC target("avx512f,avx512bw,avx512vnni,avx2,fma")
#include "algorithms/shared/neighbours/brute_force_scan_avx512.hpp"

namespace imbench::scan {
namespace {

struct Avx512Int16 : Avx512Floats {
  using Acc = __m512i;
  static constexpr bool kScaledDots = true;
  static Acc zero_acc() { return _mm512_setzero_si512(); }
  // The zero-masked form converts the same; GCC 12's plain _mm512_cvtepi32_ps warns of its own undefined operand.
  static V dot_value(Acc a) { return _mm512_maskz_cvtepi32_ps(0xFFFF, a); }

  static Acc pair_dot(Acc sum, __m512i q, __m512i r) { return _mm512_dpwssd_epi32(sum, q, r); }
  static void dots(const Block& b, std::size_t p, Acc (&sums)[kGroupRows][2]) {
    avx512_pair_dots<Avx512Int16>(b, p, sums);
  }
};

void scan(const Block& b) { scan_block<Avx512Int16>(b); }

}  // namespace

Kernel avx512_int16_kernel() { return {scan, 2 * Avx512Int16::L, "avx512_int16", Inputs::Int16Pairs}; }

}  // namespace imbench::scan

#else

#include "algorithms/shared/neighbours/brute_force_scan.hpp"

namespace imbench::scan {
Kernel avx512_int16_kernel() { return portable_kernel(); }  // never chosen off x86-64
}  // namespace imbench::scan

#endif
