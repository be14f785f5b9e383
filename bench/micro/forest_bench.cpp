// Fit + predict of random_forest (100 trees) and fit of one decision_tree on an
// imbalanced data set (20 features, 1% minority), by number of rows.
// scripts/compare_forest_sklearn.py times scikit-learn on the same kind of data.
#include <benchmark/benchmark.h>

#include "core/registry.hpp"

namespace {

using namespace imbench;

struct Problem {
  Matrix X;
  Labels y;
};

// The minority (1%) is shifted along the first five features, so trees have something to find.
Problem imbalanced_problem(std::size_t n) {
  RandomStream rng = RandomStream::keyed("forest-bench", n);
  Problem p{Matrix(static_cast<Eigen::Index>(n), 20), Labels(n)};
  for (std::size_t i = 0; i < n; ++i) {
    int label = rng.uniform() < 0.01 ? 1 : 0;
    for (Eigen::Index j = 0; j < 20; ++j) p.X(static_cast<Eigen::Index>(i), j) = rng.normal() + (j < 5 ? 1.5 * label : 0);
    p.y[i] = label;
  }
  return p;
}

void run(benchmark::State& state, const std::string& spec, bool predict) {
  Problem p = imbalanced_problem(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto model = Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
    RandomStream rng = RandomStream::keyed("bench");
    model->fit({p.X, p.y, 2}, {}, rng);
    if (predict) benchmark::DoNotOptimize(model->predict_proba(p.X));
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_RandomForestFitPredict(benchmark::State& state) { run(state, "random_forest:n_trees=100", true); }
void BM_DecisionTreeFit(benchmark::State& state) { run(state, "decision_tree", false); }

BENCHMARK(BM_RandomForestFitPredict)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DecisionTreeFit)->Arg(2000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
