// Every registered regressor goes through the same invariants with its default
// parameters, on a float target with a rare high tail; a new regressor is
// covered without anyone editing this file. (Regression resamplers, weightings
// and metrics: algorithms/regression/plugins/regression_contract_test.cpp.)
#include <doctest/doctest.h>

#include <tbb/task_arena.h>

#include <cmath>

#include "core/registry.hpp"

using namespace imbench;

namespace {

struct TargetSet {
  Matrix X;
  std::vector<double> y;
  std::vector<std::uint8_t> categorical{0, 0, 0, 1};  // column 3 holds codes
};

// y = 3 x0 + sin(2 x1) + noise, with an exponential tail pushed up by x2: a few rows carry rare, large targets.
TargetSet make_target_set(std::size_t n, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed("regression-contract", seed);
  TargetSet s{Matrix(static_cast<Eigen::Index>(n), 4), {}};
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    for (Eigen::Index j = 0; j < 4; ++j) s.X(r, j) = rng.normal();
    s.X(r, 3) = std::round(std::abs(s.X(r, 3)));
    const double tail = s.X(r, 2) > 1.5 ? std::exp(s.X(r, 2)) : 0.0;
    s.y.push_back(3 * s.X(r, 0) + std::sin(2 * s.X(r, 1)) + tail + 0.1 * rng.normal());
  }
  return s;
}

template <class T>
std::unique_ptr<T> build_default(const PluginInfo& info) {
  return Registry::instance().build<T>(info.kind, Spec{info.name, {}}).plugin;
}

std::vector<const PluginInfo*> regressors() {
  std::vector<const PluginInfo*> out;
  for (const PluginInfo* p : Registry::instance().list(Kind::Model))
    if (p->capabilities.regression) out.push_back(p);
  return out;
}

double variance(const std::vector<double>& v) {
  double mean = 0, sq = 0;
  for (double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  for (double x : v) sq += (x - mean) * (x - mean);
  return sq / static_cast<double>(v.size());
}

}  // namespace

TEST_CASE("every regressor beats the mean, repeats itself and gives the same predictions on 1 and 2 threads") {
  const TargetSet train = make_target_set(300, 3), test = make_target_set(200, 4);
  for (const PluginInfo* p : regressors()) {
    CAPTURE(p->name);
    auto fit_predict = [&](int threads) {
      tbb::task_arena arena(threads);
      return arena.execute([&] {
        auto model = build_default<Regressor>(*p);
        RandomStream rng = RandomStream::keyed("fit", 7);
        model->fit({train.X, train.y, &train.categorical}, {}, rng);
        return model->predict(test.X);
      });
    };
    const std::vector<double> predicted = fit_predict(1);
    REQUIRE(predicted.size() == test.y.size());
    std::vector<double> residual;
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      CHECK(std::isfinite(predicted[i]));
      residual.push_back(test.y[i] - predicted[i]);
    }
    const double r2 = 1 - variance(residual) / variance(test.y);
    CAPTURE(r2);
    CHECK(r2 > 0.5);
    CHECK(fit_predict(1) == predicted);
    CHECK(fit_predict(2) == predicted);
  }
}
