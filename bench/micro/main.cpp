// imbench_micro's entry point: Google Benchmark's, after the allocator policy that `imbench run` uses, so the
// benchmarks time what a run sees.
#include <benchmark/benchmark.h>

#include "core/large_matrix.hpp"

int main(int argc, char** argv) {
  imbench::keep_freed_memory();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
