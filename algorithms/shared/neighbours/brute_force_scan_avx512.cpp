// scan_block for AVX-512 (16 floats per vector, 32-row panels). The pragma
// precedes every include so that all code of this file targets AVX-512; it
// only runs when best_kernel() has checked the CPU.
#if defined(__x86_64__)
#pragma GCC target("avx512f,avx2,fma")
#include "algorithms/shared/neighbours/brute_force_scan_avx512.hpp"

namespace imbench::scan {
namespace {

using Avx512 = Avx512Floats;

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
