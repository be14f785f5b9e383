// Neighbour-based resamplers through the plugin registry, with their default
// parameters, on 100k rows x 20 features with 1% minority, on the machine's
// default number of TBB threads. CPU time is the whole process's (all
// threads): on a shared, loaded machine it is steadier than wall time.
//
// The data are IMBENCH_RESAMPLE_DATA when set (any data set reference: an .h5
// path, e.g. the file scripts/compare_resamplers_imblearn.py writes so that
// imbalanced-learn and imbench time the very same rows), otherwise
// make_classification:n_samples=100000,n_features=20,weights=0.99,seed=1.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "core/registry.hpp"
#include "datasets/lib/catalogue.hpp"

namespace {

using namespace imbench;

const Dataset& data() {
  static const Dataset loaded = [] {
    const char* reference = std::getenv("IMBENCH_RESAMPLE_DATA");
    return load_dataset(reference ? reference : "make_classification:n_samples=100000,n_features=20,weights=0.99,seed=1");
  }();
  return loaded;
}

void BM_Resample(benchmark::State& state, const std::string& spec) {
  const Dataset& d = data();
  auto resampler = Registry::instance().build<Resampler>(Kind::Resample, parse_spec(spec)).plugin;
  for (auto _ : state) {
    RandomStream rng = RandomStream::keyed("resamplers_bench");
    Resampled r = resampler->resample({d.X, d.y, d.n_classes(), &d.categorical}, rng);
    benchmark::DoNotOptimize(r.X.data());
    state.counters["rows_out"] = static_cast<double>(r.X.rows());
  }
  state.counters["rows"] = static_cast<double>(d.n_samples());
}

#define IMBENCH_RESAMPLE_BENCH(name)                                                    \
  BENCHMARK_CAPTURE(BM_Resample, name, #name)                                           \
      ->Unit(benchmark::kMillisecond)                                                   \
      ->MeasureProcessCPUTime()                                                         \
      ->UseRealTime()                                                                   \
      ->Iterations(1)

IMBENCH_RESAMPLE_BENCH(smote);
IMBENCH_RESAMPLE_BENCH(borderline_smote);
IMBENCH_RESAMPLE_BENCH(adasyn);
IMBENCH_RESAMPLE_BENCH(tomek_links);
IMBENCH_RESAMPLE_BENCH(enn);
IMBENCH_RESAMPLE_BENCH(smote_tomek);
IMBENCH_RESAMPLE_BENCH(smote_enn);
IMBENCH_RESAMPLE_BENCH(renn);
IMBENCH_RESAMPLE_BENCH(all_knn);
IMBENCH_RESAMPLE_BENCH(near_miss);

}  // namespace
