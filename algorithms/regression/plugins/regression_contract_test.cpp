// Every plugin that declares Capabilities::regression goes through the same
// invariants with its default parameters, and through the bad targets of
// issue 5 (constant, NaN, no rare case, only rare cases). A new regression
// plugin is covered without anyone editing this file.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;

namespace {

std::vector<const PluginInfo*> regression_plugins(Kind kind) {
  std::vector<const PluginInfo*> out;
  for (const PluginInfo* p : Registry::instance().list(kind))
    if (p->capabilities.regression) out.push_back(p);
  return out;
}

bool uses(const PluginInfo& p, const char* parameter) { return p.schema.find(parameter) != nullptr; }

template <class T>
std::unique_ptr<T> build(const PluginInfo& p, std::map<std::string, std::string> params = {}) {
  return Registry::instance().build<T>(p.kind, Spec{p.name, std::move(params)}).plugin;
}

// The bad training targets: name and the set. Feature rows stay those of a skewed set.
std::vector<std::pair<std::string, Set>> bad_targets() {
  Set constant = skewed(120, 2, 141), nan = constant, no_rare = constant;
  std::fill(constant.y.begin(), constant.y.end(), 2.5);
  nan.y[7] = std::nan("");
  for (std::size_t i = 0; i < no_rare.y.size(); ++i) no_rare.y[i] = static_cast<double>(i);  // no box-plot outlier
  return {{"constant", constant}, {"NaN", nan}, {"no rare case", no_rare}};
}

template <class Run>
void expect_error(const std::string& what, Run run) {
  CAPTURE(what);
  try {
    run();
    FAIL_CHECK("no error");
  } catch (const Error& e) {
    CHECK(std::strlen(e.what()) > 10);
  } catch (const std::exception& e) {
    FAIL_CHECK("not an imbench::Error: " << std::string(e.what()));
  }
}

}  // namespace

TEST_CASE("regression plugins exist for every kind and are regression-only or declare both") {
  CHECK(regression_plugins(Kind::Resample).size() >= 7);
  CHECK(regression_plugins(Kind::Weight).size() >= 2);
  CHECK(regression_plugins(Kind::Metric).size() >= 12);
  for (Kind kind : {Kind::Resample, Kind::Weight, Kind::Metric})
    for (const PluginInfo* p : regression_plugins(kind)) {
      CAPTURE(p->name);
      CHECK(p->capabilities.text().find("regression") != std::string::npos);
    }
}

TEST_CASE("every regression resampler: consistent, finite, deterministic output; bad targets give an Error") {
  const Set s = skewed(250, 3, 142);
  for (const PluginInfo* p : regression_plugins(Kind::Resample)) {
    CAPTURE(p->name);
    auto resampler = build<RegressionResampler>(*p);
    RandomStream r1 = RandomStream::keyed("regression-contract"), r2 = RandomStream::keyed("regression-contract");
    const RegressionResampled a = resampler->resample(s.view(), r1), b = resampler->resample(s.view(), r2);
    CHECK(a.X.rows() == static_cast<Eigen::Index>(a.y.size()));
    CHECK(a.X.cols() == s.X.cols());
    CHECK(a.X.allFinite());
    for (double v : a.y) CHECK(std::isfinite(v));
    CHECK(a.n_synthetic <= a.y.size());
    CHECK(a.X == b.X);
    CHECK(a.y == b.y);
    if (!uses(*p, "method")) continue;  // only relevance-driven resamplers have a rare region to miss
    for (const auto& [what, bad] : bad_targets()) {
      RandomStream rng = RandomStream::keyed("regression-contract-bad");
      expect_error(what, [&] { resampler->resample(bad.view(), rng); });
    }
    auto all_rare = build<RegressionResampler>(*p, {{"method", "range"}, {"control_pts", "{-1000:1,1000:1}"}});
    RandomStream rng = RandomStream::keyed("regression-contract-all-rare");
    expect_error("only rare cases", [&] { all_rare->resample(s.view(), rng); });
  }
}

TEST_CASE("every regression weighting: one positive finite weight per case; bad targets give an Error") {
  const Set s = skewed(250, 3, 143);
  for (const PluginInfo* p : regression_plugins(Kind::Weight)) {
    CAPTURE(p->name);
    auto weighting = build<RegressionWeighting>(*p);
    const Weights w = weighting->weights(s.view());
    REQUIRE(w.size() == s.y.size());
    for (double v : w) CHECK((std::isfinite(v) && v > 0));
    for (const auto& [what, bad] : bad_targets()) {
      if (what == "no rare case") continue;  // weights need no relevance
      try {  // a weighting that ignores the target may return all ones
        for (double v : weighting->weights(bad.view())) CHECK(v == 1.0);
      } catch (const Error& e) {
        CHECK(std::strlen(e.what()) > 10);
      }
    }
  }
}

TEST_CASE("every regression metric: finite, perfect predictions score best; bad input gives an Error") {
  const Set train = skewed(300, 1, 144), test = skewed(150, 1, 145);
  std::vector<double> noisy = test.y;
  RandomStream rng = RandomStream::keyed("regression-contract-noise");
  for (double& v : noisy) v += rng.normal();
  for (const PluginInfo* p : regression_plugins(Kind::Metric)) {
    CAPTURE(p->name);
    auto metric = build<RegressionMetric>(*p);
    const double good = metric->compute({test.y, test.y, train.y}), bad = metric->compute({test.y, noisy, train.y});
    CHECK(std::isfinite(good));
    CHECK(std::isfinite(bad));
    if (metric->higher_is_better()) CHECK(good >= bad);
    else CHECK(good <= bad);
    std::vector<double> with_nan = noisy;
    with_nan[3] = std::nan("");
    expect_error("NaN prediction", [&] { metric->compute({test.y, with_nan, train.y}); });
    if (!uses(*p, "method") && !uses(*p, "bins")) continue;  // the others never look at the training targets
    for (const auto& [what, bad_train] : bad_targets())
      if (what != "no rare case") expect_error(what, [&] { metric->compute({test.y, noisy, bad_train.y}); });
  }
}
