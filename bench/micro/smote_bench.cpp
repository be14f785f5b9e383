// SMOTE and its exact kNN kernel at 10k, 100k and 1M rows x 20 features with
// 1% minority, on 1 and 2 TBB threads.
//
// The data come from IMBENCH_SMOTE_DATA when set: a directory holding
// smote_<rows>.bin files written by scripts/compare_smote_imblearn.py, so
// imbalanced-learn and imbench time the very same rows. The format is
// uint64 rows, uint64 cols, rows*cols float64 (row-major X), rows int32 y.
// Without it the benchmark makes the same shape of data itself.
#include <benchmark/benchmark.h>
#include <tbb/global_control.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "core/registry.hpp"
#include "reports/lib/quantile.hpp"

namespace {

using namespace imbench;

constexpr int kFeatures = 20;

struct Data {
  Matrix X;
  Labels y;
};

Data read_data(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::uint64_t rows = 0, cols = 0;
  in.read(reinterpret_cast<char*>(&rows), 8).read(reinterpret_cast<char*>(&cols), 8);
  Data d{Matrix(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols)), Labels(rows)};
  in.read(reinterpret_cast<char*>(d.X.data()), static_cast<std::streamsize>(rows * cols * sizeof(double)));
  std::vector<std::int32_t> y(rows);
  in.read(reinterpret_cast<char*>(y.data()), static_cast<std::streamsize>(rows * sizeof(std::int32_t)));
  if (!in) throw std::runtime_error(path + " is truncated");
  for (std::size_t i = 0; i < rows; ++i) d.y[i] = y[i];
  return d;
}

// Standard normal features; every 100th row is the minority, shifted by 1 in every feature.
Data make_data(std::size_t rows) {
  RandomStream rng = RandomStream::keyed("smote_bench", rows);
  Data d{Matrix(static_cast<Eigen::Index>(rows), kFeatures), Labels(rows, 0)};
  for (std::size_t i = 0; i < rows; ++i) {
    d.y[i] = i % 100 == 0 ? 1 : 0;
    for (int j = 0; j < kFeatures; ++j) d.X(static_cast<Eigen::Index>(i), j) = rng.normal() + d.y[i];
  }
  return d;
}

const Data& data(std::size_t rows) {
  static std::map<std::size_t, Data> cache;
  auto it = cache.find(rows);
  if (it != cache.end()) return it->second;
  const char* dir = std::getenv("IMBENCH_SMOTE_DATA");
  Data d = dir ? read_data(std::string(dir) + "/smote_" + std::to_string(rows) + ".bin") : make_data(rows);
  return cache.emplace(rows, std::move(d)).first->second;
}

void BM_Smote(benchmark::State& state) {
  const Data& d = data(static_cast<std::size_t>(state.range(0)));
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(state.range(1)));
  auto smote = Registry::instance().build<Resampler>(Kind::Resample, parse_spec("smote")).plugin;
  RandomStream rng = RandomStream::keyed("smote_bench");
  for (auto _ : state) {
    Resampled r = smote->resample({d.X, d.y, 2}, rng);
    benchmark::DoNotOptimize(r.X.data());
  }
  state.counters["rows"] = static_cast<double>(d.X.rows());
}
BENCHMARK(BM_Smote)
    ->ArgNames({"rows", "threads"})
    ->ArgsProduct({{10000, 100000, 1000000}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Each row's 5 nearest other rows: the SMOTE minority class at 100k and 1M rows.
void BM_KnnSelf(benchmark::State& state) {
  Data d = make_data(static_cast<std::size_t>(state.range(0)));
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(state.range(1)));
  BruteForceNeighbours knn;
  knn.fit(d.X);
  for (auto _ : state) {
    NeighbourLists nn = knn.query_self(5);
    benchmark::DoNotOptimize(nn.index.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * state.range(0));  // distance evaluations
}
BENCHMARK(BM_KnnSelf)
    ->ArgNames({"rows", "threads"})
    ->ArgsProduct({{1000, 10000}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// 2-thread scaling, measured within one case so that both runs see the same
// machine load: each iteration runs the work on 1 thread, then on 2, and
// `speedup` is the 1-thread time over the 2-thread time (the target is 1.8).
//   smote, borderline_smote, adasyn: the resampler on 1M rows. knn: 2000 rows'
//   6 nearest among all 1M rows (the shape of borderline-SMOTE's and ADASYN's
//   search, minority against all).
double seconds_on(std::size_t threads, const std::function<void()>& work) {
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void BM_ThreadScaling(benchmark::State& state, const std::string& work_name) {
  const Data& d = data(1000000);
  const bool resampling = work_name != "knn";
  auto resampler =
      resampling ? Registry::instance().build<Resampler>(Kind::Resample, parse_spec(work_name)).plugin : nullptr;
  BruteForceNeighbours search;
  if (!resampling) search.fit(d.X);
  const Matrix queries = d.X.topRows(2000);
  const std::function<void()> work = [&] {
    if (resampling) {
      RandomStream rng = RandomStream::keyed("smote_bench");
      benchmark::DoNotOptimize(resampler->resample({d.X, d.y, 2}, rng).X.data());
    } else {
      benchmark::DoNotOptimize(search.query(queries, 6).index.data());
    }
  };
  // One untimed run first: the very first one pays for the process's first
  // touch of the output's huge pages (about 1 s here against 0.24 s after).
  work();
  // The machines' clocks wander by a quarter from run to run: each iteration
  // times one run on each thread count, alternating which goes first, and the
  // counters are medians (the speedup is the median of the iterations' ratios).
  std::vector<double> one, two, ratio;
  for (auto _ : state) {
    const bool one_first = one.size() % 2 == 0;
    const double first = seconds_on(one_first ? 1 : 2, work), second = seconds_on(one_first ? 2 : 1, work);
    one.push_back(one_first ? first : second);
    two.push_back(one_first ? second : first);
    ratio.push_back(one.back() / two.back());
  }
  state.counters["seconds_1t"] = reports::quantile(one, 0.5);
  state.counters["seconds_2t"] = reports::quantile(two, 0.5);
  state.counters["speedup"] = reports::quantile(ratio, 0.5);
}
BENCHMARK_CAPTURE(BM_ThreadScaling, smote, "smote")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(9);
BENCHMARK_CAPTURE(BM_ThreadScaling, borderline_smote, "borderline_smote")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_ThreadScaling, adasyn, "adasyn")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(BM_ThreadScaling, knn, "knn")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(9);

}  // namespace
