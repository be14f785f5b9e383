// How close brute-force neighbours come to the machine's GEMM-bound rate.
// All three count 2 * d flops per query-reference pair (d = 20 features):
//   BM_RateEigenGemm  - plain Eigen GEMM (double and float), 128 queries x
//                       1024-reference blocks, products written out (what the
//                       search did before the scan kernel), one thread. Eigen
//                       is built for the baseline x86-64 ISA (no AVX), so
//                       scripts/compare_resamplers_imblearn.py --rates adds
//                       OpenBLAS's rate on the same shape as the machine's.
//   BM_RateScanKernel - the float, bf16 and int16 scan kernels on the same shape,
//                       one thread, bounds that keep nothing (arithmetic plus
//                       the compare): the instruction-bound ceiling of the search.
//   BM_RateBruteQuery - BruteForceNeighbours::query end to end: 10k queries'
//                       5 nearest among 100k rows, on 1 and 2 threads.
// The end-to-end rate can exceed a GEMM's: at 20 features a GEMM is bound by
// writing its products, which the kernel keeps in registers. The GFLOPS
// counters divided give the ratios asked for by issue 3.
//   imbench_micro --benchmark_filter=BM_Rate
#include <benchmark/benchmark.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <optional>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "core/rng.hpp"

namespace {

using namespace imbench;

constexpr Eigen::Index kDims = 20, kQueries = 128, kBlock = 1024, kRefs = 100 * 1024;

Matrix normal_points(Eigen::Index rows, Eigen::Index cols, const char* key) {
  RandomStream rng = RandomStream::keyed("brute_force_rate_bench", key);
  Matrix M(rows, cols);
  for (Eigen::Index i = 0; i < rows; ++i)
    for (Eigen::Index j = 0; j < cols; ++j) M(i, j) = rng.normal();
  return M;
}

void set_rate(benchmark::State& state, double pairs) {
  state.counters["GFLOPS"] = benchmark::Counter(pairs * 2.0 * kDims * 1e-9 * static_cast<double>(state.iterations()),
                                                benchmark::Counter::kIsRate);
}

template <class Scalar>
void BM_RateEigenGemm(benchmark::State& state) {
  using M = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
  const M queries = normal_points(kQueries, kDims, "queries").cast<Scalar>();
  const M refs = normal_points(kRefs, kDims, "refs").cast<Scalar>();
  M products(kQueries, kBlock);
  for (auto _ : state)
    for (Eigen::Index r0 = 0; r0 < kRefs; r0 += kBlock) {
      products.noalias() = queries * refs.middleRows(r0, kBlock).transpose();
      benchmark::DoNotOptimize(products.data());
    }
  set_rate(state, static_cast<double>(kQueries * kRefs));
}
BENCHMARK(BM_RateEigenGemm<double>)->Name("BM_RateEigenGemm/double")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RateEigenGemm<float>)->Name("BM_RateEigenGemm/float")->Unit(benchmark::kMillisecond)->UseRealTime();

// The float kernel, or a pair kernel (bf16 or int16) on d / 2 packed pairs:
// the same 2 * d flops per pair in half the instructions.
void BM_RateScanKernel(benchmark::State& state, scan::Inputs inputs) {
  const std::optional<scan::Kernel> widest = scan::widest_kernel(inputs);
  if (!widest) return state.SkipWithError("this CPU has no kernel of that kind");
  const scan::Kernel kernel = *widest;
  const auto width = static_cast<Eigen::Index>(kernel.panel_width);
  const Eigen::MatrixXf queries = normal_points(kQueries, kDims, "queries").cast<float>().transpose();
  const Eigen::MatrixXf panels = normal_points(kRefs, kDims, "refs").cast<float>();  // layout does not change the work
  const std::vector<float> norms(static_cast<std::size_t>(kRefs), 1.0f), sq(static_cast<std::size_t>(kQueries), 1.0f);
  float dot_scales[scan::kGroupRows], bounds[scan::kGroupRows];
  std::fill_n(dot_scales, scan::kGroupRows, 1.0f);
  // The unit norms are not the points' norms, so estimates can be negative:
  // only a bound of -infinity is sure to keep nothing.
  constexpr float none = -std::numeric_limits<float>::infinity();
  std::fill_n(bounds, scan::kGroupRows, none);
  // Pair kernels read 16 bits a value, two per 32-bit step: here the top
  // halves of the floats (bf16; any bits will do for the int16 work).
  const auto top_halves = [](const Eigen::MatrixXf& m) {
    std::vector<std::uint16_t> out(static_cast<std::size_t>(m.size()));
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<std::uint16_t>(std::bit_cast<std::uint32_t>(m.data()[i]) >> 16);
    return out;
  };
  const std::vector<std::uint16_t> queries16 = top_halves(queries), panels16 = top_halves(panels);
  const bool pairs = kernel.pairs();
  const std::size_t steps = pairs ? kDims / 2 : kDims;
  std::vector<std::uint32_t> slots(scan::kGroupRows * kBlock);
  std::vector<float> estimates(scan::kGroupRows * kBlock);
  std::size_t counts[scan::kGroupRows];
  for (auto _ : state)
    for (Eigen::Index r0 = 0; r0 < kRefs; r0 += kBlock)
      for (Eigen::Index g = 0; g < kQueries; g += static_cast<Eigen::Index>(scan::kGroupRows)) {
        const void* q = pairs ? static_cast<const void*>(queries16.data() + g * kDims) : queries.col(g).data();
        const void* p = pairs ? static_cast<const void*>(panels16.data() + r0 * kDims) : panels.data() + r0 * kDims;
        kernel.scan({q, sq.data() + g, bounds, p, norms.data() + r0, static_cast<std::size_t>(kBlock / width), steps,
                     slots.data(), estimates.data(), kBlock, counts, dot_scales});
        benchmark::DoNotOptimize(counts);
      }
  state.SetLabel(kernel.name);
  set_rate(state, static_cast<double>(kQueries * kRefs));
}
BENCHMARK_CAPTURE(BM_RateScanKernel, float, scan::Inputs::Float)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_RateScanKernel, bf16, scan::Inputs::Bf16Pairs)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_RateScanKernel, int16, scan::Inputs::Int16Pairs)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RateBruteQuery(benchmark::State& state) {
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(state.range(0)));
  const Matrix refs = normal_points(kRefs, kDims, "refs");
  const Matrix queries = normal_points(10000, kDims, "queries");
  BruteForceNeighbours search;
  search.fit(refs);
  for (auto _ : state) {
    NeighbourLists nn = search.query(queries, 5);
    benchmark::DoNotOptimize(nn.index.data());
  }
  set_rate(state, static_cast<double>(queries.rows() * kRefs));
}
BENCHMARK(BM_RateBruteQuery)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
