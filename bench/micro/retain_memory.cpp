// The benchmarks allocate as the imbench executable does (retain_freed_memory,
// core/large_matrix.hpp), set during static initialisation, before
// benchmark_main or oneTBB starts a thread.
#include "core/large_matrix.hpp"

namespace {
const bool kRetained = (imbench::retain_freed_memory(), true);
}  // namespace
