// Exact kNN (each row's 5 nearest other rows) by brute force and by kd-tree,
// by rows and features: the measurements behind kd_tree_pays()
// (algorithms/shared/neighbours/exact.cpp). Standard normal data.
//   imbench_micro --benchmark_filter='BM_Knn(Brute|KdTree)/'
#include <benchmark/benchmark.h>

#include "algorithms/shared/neighbours/brute_force.hpp"
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

// Fit (the tree build, or brute force's centring) and query, as a plugin uses them.
template <class Search>
void BM_Knn(benchmark::State& state) {
  const Matrix X = normal_points(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
  for (auto _ : state) {
    Search search;
    search.fit(X);
    NeighbourLists nn = search.query_self(5);
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
BENCHMARK(BM_Knn<BruteForceNeighbours>)->Name("BM_KnnCrossoverBrute")->Apply(CrossoverArgs);
BENCHMARK(BM_Knn<KdTreeNeighbours>)->Name("BM_KnnCrossoverKdTree")->Apply(CrossoverArgs);

}  // namespace
