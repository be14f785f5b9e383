// Exact kNN (each row's 5 nearest other rows) by brute force and by kd-tree,
// by rows and features: the measurements behind kd_tree_pays()
// (algorithms/shared/neighbours/exact.cpp). Standard normal data.
//   imbench_micro --benchmark_filter='BM_Knn(Brute|KdTree)/'
// And each row's nearest other row on SMOTE-shaped data in 20 features, where
// ExactNeighbours' probe should find the tree: BM_KnnSegments{Brute,KdTree,Exact}.
// And brute force on each kernel kind by features: BM_KnnBruteKernel.
#include <benchmark/benchmark.h>

#include <optional>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "algorithms/shared/neighbours/kd_tree.hpp"
#include "core/rng.hpp"

namespace {

using namespace imbench;

Matrix normal_points(std::size_t rows, std::size_t cols) {
  RandomStream rng = RandomStream::keyed("neighbours_bench", rows, cols);
  Matrix M(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
  for (Eigen::Index i = 0; i < M.rows(); ++i)
    for (Eigen::Index j = 0; j < M.cols(); ++j) M(i, j) = rng.normal();
  return M;
}

// Like SMOTE's output: 2 000 normal seeds, each joined to its 5 nearest,
// and every row on one of those segments, so rows crowd along lines (50 per
// segment at 100k rows; SMOTE-Tomek's search at 1M rows and 1 % minority
// sees about 10 synthetic rows per segment, and only 1-NN queries).
Matrix segment_points(std::size_t rows, std::size_t cols) {
  constexpr std::size_t n_seeds = 2000, partners = 5;
  BruteForceNeighbours seeds;
  seeds.fit(normal_points(n_seeds, cols));
  const NeighbourLists nearest = seeds.query_self(partners);
  RandomStream rng = RandomStream::keyed("neighbours_bench segments", rows, cols);
  Matrix M(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    const std::size_t from = rng.below(n_seeds), to = nearest.index_at(from, rng.below(partners));
    const auto a = static_cast<Eigen::Index>(from), b = static_cast<Eigen::Index>(to);
    M.row(i) = seeds.reference().row(a) + rng.uniform() * (seeds.reference().row(b) - seeds.reference().row(a));
  }
  return M;
}

using Points = Matrix (*)(std::size_t rows, std::size_t cols);

// Fit (the tree build, or brute force's centring) and query, as a plugin uses them.
template <class Search, Points points = normal_points, std::size_t k = 5>
void BM_Knn(benchmark::State& state) {
  const Matrix X = points(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
  for (auto _ : state) {
    Search search;
    search.fit(X);
    NeighbourLists nn = search.query_self(k);
    benchmark::DoNotOptimize(nn.index.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));  // queries
}

void KnnArgs(benchmark::internal::Benchmark* b) {
  b->ArgNames({"rows", "dims"});
  for (long rows : {10000, 100000})
    for (long dims : {2, 5, 20}) b->Args({rows, dims});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}

// The crossover sweep: smaller sets and the dimensions in between.
void CrossoverArgs(benchmark::internal::Benchmark* b) {
  b->ArgNames({"rows", "dims"});
  for (long rows : {300, 1000, 3000, 30000})
    for (long dims : {2, 3, 4, 5, 6, 8, 10, 12, 16}) b->Args({rows, dims});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}

BENCHMARK(BM_Knn<BruteForceNeighbours>)->Name("BM_KnnBrute")->Apply(KnnArgs);
BENCHMARK(BM_Knn<KdTreeNeighbours>)->Name("BM_KnnKdTree")->Apply(KnnArgs);
void SegmentArgs(benchmark::internal::Benchmark* b) {
  b->ArgNames({"rows", "dims"});
  b->Args({100000, 20});
  b->Iterations(1);
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}

BENCHMARK(BM_Knn<BruteForceNeighbours, segment_points, 1>)->Name("BM_KnnSegmentsBrute")->Apply(SegmentArgs);
BENCHMARK(BM_Knn<KdTreeNeighbours, segment_points, 1>)->Name("BM_KnnSegmentsKdTree")->Apply(SegmentArgs);
BENCHMARK(BM_Knn<ExactNeighbours, segment_points, 1>)->Name("BM_KnnSegmentsExact")->Apply(SegmentArgs);
BENCHMARK(BM_Knn<BruteForceNeighbours>)->Name("BM_KnnCrossoverBrute")->Apply(CrossoverArgs);
BENCHMARK(BM_Knn<KdTreeNeighbours>)->Name("BM_KnnCrossoverKdTree")->Apply(CrossoverArgs);

// Brute force forced onto one kernel kind (skipped where the CPU has none):
// the measurements behind BruteForceNeighbours' choice by feature count.
void BM_KnnBruteKernel(benchmark::State& state, scan::Inputs inputs) {
  const std::optional<scan::Kernel> kernel = scan::widest_kernel(inputs);
  if (!kernel) return state.SkipWithError("this CPU has no kernel of that kind");
  const Matrix X = normal_points(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
  for (auto _ : state) {
    BruteForceNeighbours search(*kernel);
    search.fit(X);
    benchmark::DoNotOptimize(search.query_self(5).index.data());
  }
  state.SetLabel(kernel->name);
}
void KernelArgs(benchmark::internal::Benchmark* b) {
  b->ArgNames({"rows", "dims"});
  for (long dims : {1, 2, 3, 4, 6, 8, 12, 20}) b->Args({30000, dims});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK_CAPTURE(BM_KnnBruteKernel, float, scan::Inputs::Float)->Apply(KernelArgs);
BENCHMARK_CAPTURE(BM_KnnBruteKernel, bf16, scan::Inputs::Bf16Pairs)->Apply(KernelArgs);
BENCHMARK_CAPTURE(BM_KnnBruteKernel, int16, scan::Inputs::Int16Pairs)->Apply(KernelArgs);

}  // namespace
