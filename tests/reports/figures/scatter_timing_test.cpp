// Scatter plots before/after a resampler, and the timing chart.
#include <doctest/doctest.h>

#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "reports/lib/figures/scatter.hpp"
#include "reports/lib/figures/timing.hpp"
#include "tests/reports/figures/svg_check.hpp"

using namespace imbench;
using namespace imbench::reports::figures;

namespace {
const char* kData = "make_classification:n_samples=300,n_features=2,n_informative=2,n_redundant=0,weights=0.9,seed=4";

std::size_t count(const std::vector<RowOrigin>& origin, RowOrigin what) {
  return static_cast<std::size_t>(std::count(origin.begin(), origin.end(), what));
}
}  // namespace

TEST_CASE("SMOTE: every synthetic row is drawn hollow, as many as the resampler reports") {
  const Dataset data = load_dataset(kData);
  ScatterOptions options;
  options.resampler = "smote:k_neighbors=5";
  ScatterData s = resample_for_scatter(data, options);
  REQUIRE(s.n_synthetic > 0);
  CHECK(count(s.origin, RowOrigin::synthetic) == s.n_synthetic);
  CHECK(count(s.origin, RowOrigin::kept) == data.n_samples());
  CHECK(std::none_of(s.removed.begin(), s.removed.end(), [](bool r) { return r; }));
  std::map<std::string, int> classes = testing::svg_classes(scatter_figure(s));
  CHECK(classes["synthetic"] == static_cast<int>(s.n_synthetic));
  CHECK(classes["original"] == static_cast<int>(2 * data.n_samples()));
  // The same seed draws the same picture.
  CHECK(scatter_figure(resample_for_scatter(data, options)).str() == scatter_figure(s).str());
}

TEST_CASE("a cleaner's removed rows are faded; random over-sampling's copies are ringed") {
  const Dataset data = load_dataset(kData);
  ScatterOptions options;
  options.resampler = "enn";
  ScatterData cleaned = resample_for_scatter(data, options);
  const auto removed = static_cast<std::size_t>(std::count(cleaned.removed.begin(), cleaned.removed.end(), true));
  CHECK(removed > 0);
  CHECK(removed + cleaned.y_after.size() == data.n_samples());
  CHECK(testing::svg_classes(scatter_figure(cleaned))["removed"] == static_cast<int>(removed));

  options.resampler = "random_over";
  ScatterData over = resample_for_scatter(data, options);
  CHECK(count(over.origin, RowOrigin::copy) == over.y_after.size() - data.n_samples());
  CHECK(testing::svg_classes(scatter_figure(over))["copy"] == static_cast<int>(count(over.origin, RowOrigin::copy)));
}

TEST_CASE("scatter errors name the feature or the resampler") {
  const Dataset data = load_dataset(kData);
  ScatterOptions options;
  options.feature_y = 2;
  CHECK_THROWS_WITH_AS(resample_for_scatter(data, options), doctest::Contains("has 2 features"), Error);
  options.feature_y = 0;
  CHECK_THROWS_WITH_AS(resample_for_scatter(data, options), doctest::Contains("must differ"), Error);
  options.feature_y = 1;
  options.resampler = "smoet";
  CHECK_THROWS_WITH_AS(resample_for_scatter(data, options), doctest::Contains("smote"), Error);
}

TEST_CASE("timing: medians per stage over successful tasks, one stacked bar per pipeline") {
  std::vector<TaskResult> results;
  auto add = [&](const std::string& dataset, const std::string& pipeline, double fit, const std::string& status) {
    TaskResult r;
    r.dataset = dataset;
    r.pipeline = pipeline;
    r.status = status;
    r.stage_seconds = {{"split", 0.001}, {"fit", fit}, {"predict", 0.002}};
    results.push_back(r);
  };
  const std::string a = "resample=none weight=none model=logistic_regression";
  const std::string b = "resample=smote weight=none model=logistic_regression";
  add("x", a, 0.1, "ok"), add("x", a, 0.3, "ok"), add("x", a, 0.2, "ok"), add("x", a, 9, "failed");
  add("x", b, 0.5, "ok"), add("y", b, 0.7, "ok");
  TimingData all = stage_medians(results, "");
  REQUIRE(all.pipelines.size() == 2);
  CHECK(all.stages.front() == "split");
  const auto fit = static_cast<std::size_t>(std::find(all.stages.begin(), all.stages.end(), "fit") - all.stages.begin());
  CHECK(all.pipelines[0].seconds[fit] == doctest::Approx(0.2));
  CHECK(all.pipelines[0].tasks == 3);
  CHECK(all.pipelines[1].seconds[fit] == doctest::Approx(0.6));
  CHECK(all.pipelines[0].seconds[1] == 0);  // resample never timed
  CHECK(stage_medians(results, "y").pipelines.size() == 1);
  CHECK_THROWS_WITH_AS(stage_medians(results, "z"), doctest::Contains("x"), Error);
  Svg svg = timing_figure(all);
  CHECK(testing::svg_classes(svg)["stage"] == 6);  // 3 timed stages x 2 pipelines
  CHECK(svg.str().find("(ms)") != std::string::npos);
}
