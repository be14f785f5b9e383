#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "algorithms/resample/instance_hardness_threshold/instance_hardness_threshold.hpp"
#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

Indices parse_rows(const std::string& line) {
  std::istringstream words(line);
  Indices rows;
  for (std::size_t r; words >> r;) rows.push_back(r);
  return rows;
}

// imblearn's percentile selection of each strategy from the given probabilities.
std::vector<Indices> imblearn_selection(const Labels& y, const std::vector<double>& own,
                                        const std::vector<std::string>& strategies) {
  const std::string dir = testing::temp_dir();
  {
    std::ofstream p(dir + "/p.txt");
    for (double v : own) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", v);
      p << buf << "\n";
    }
    std::ofstream cases(dir + "/cases.txt");
    for (const std::string& s : strategies) cases << s << "\n";
  }
  testing::write_labels(dir + "/y.txt", y);
  std::istringstream out(testing::run_python("scripts/oracles/imblearn_hardness.py",
                                             {"select", dir + "/p.txt", dir + "/y.txt", dir + "/cases.txt"}));
  std::vector<Indices> kept;
  for (std::string line; std::getline(out, line);) kept.push_back(parse_rows(line));
  return kept;
}

ClassTargets under_targets(const std::string& strategy, const Labels& y, int n_classes) {
  return SamplingStrategy(strategy, "test").targets(y, n_classes, SamplingType::Under);
}

const std::vector<std::string> kStrategies = {"auto", "majority", "{0:100,2:50}", "all"};

}  // namespace

TEST_CASE("instance_hardness_threshold: distinct probabilities select exactly imblearn's rows") {
  const test_data::Labelled d = test_data::blobs({300, 60, 140}, 2, RandomStream::keyed("iht-distinct"));
  RandomStream rng = RandomStream::keyed("p");
  std::vector<double> own(d.y.size());
  for (double& p : own) p = rng.uniform();
  const std::vector<Indices> expected = imblearn_selection(d.y, own, kStrategies);
  REQUIRE(expected.size() == kStrategies.size());
  for (std::size_t i = 0; i < kStrategies.size(); ++i) {
    CAPTURE(kStrategies[i]);
    CHECK(keep_easiest(d.y, 3, own, under_targets(kStrategies[i], d.y, 3)) == expected[i]);
  }
}

TEST_CASE("instance_hardness_threshold: tied probabilities keep the exact count where imblearn keeps more") {
  // A forest's probabilities are multiples of 1/n_trees, so ties are common; imblearn keeps every
  // row at or above the percentile, tied rows included, and misses its target.
  const test_data::Labelled d = test_data::blobs({300, 60, 140}, 2, RandomStream::keyed("iht-ties"));
  RandomStream rng = RandomStream::keyed("p");
  std::vector<double> own(d.y.size());
  for (double& p : own) p = static_cast<double>(rng.below(5)) / 4.0;
  const std::vector<Indices> expected = imblearn_selection(d.y, own, kStrategies);
  REQUIRE(expected.size() == kStrategies.size());
  std::size_t imblearn_overshoots = 0;
  for (std::size_t i = 0; i < kStrategies.size(); ++i) {
    CAPTURE(kStrategies[i]);
    const ClassTargets targets = under_targets(kStrategies[i], d.y, 3);
    const Indices ours = keep_easiest(d.y, 3, own, targets);
    const auto counts = class_counts(take(d.y, ours), 3);
    for (const auto& [cls, keep] : targets) CHECK(counts[static_cast<std::size_t>(cls)] == keep);
    // Ours is a subset of imblearn's: the same threshold, with ties cut at the target.
    Indices sorted_ours = ours, sorted_theirs = expected[i];
    std::sort(sorted_ours.begin(), sorted_ours.end());
    std::sort(sorted_theirs.begin(), sorted_theirs.end());
    CHECK(std::includes(sorted_theirs.begin(), sorted_theirs.end(), sorted_ours.begin(), sorted_ours.end()));
    imblearn_overshoots += expected[i].size() > ours.size() ? 1 : 0;
  }
  CHECK(imblearn_overshoots == kStrategies.size());
}

TEST_CASE("instance_hardness_threshold: the percentile replica equals imblearn's InstanceHardnessThreshold") {
  const test_data::Labelled d = test_data::blobs({80, 20, 40}, 2, RandomStream::keyed("iht-self"));
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  CHECK(testing::run_python("scripts/oracles/imblearn_hardness.py", {"self-check", dir + "/X.csv", dir + "/y.txt"}) ==
        "ok\n");
}

TEST_CASE("instance_hardness_threshold: probabilities are out of fold, so mislabelled rows are the hardest") {
  // Class 0 around 0, class 1 around 10, plus three class-0 rows planted inside class 1. A fully
  // grown tree fitted on all rows would memorise them; out of fold they get a low P(class 0).
  const std::size_t n0 = 60, n1 = 30;
  test_data::Labelled d{Matrix(n0 + n1 + 3, 2), {}, 2};
  RandomStream rng = RandomStream::keyed("iht-planted");
  for (std::size_t i = 0; i < n0 + n1 + 3; ++i) {
    const bool planted = i >= n0 + n1;
    const int label = i < n0 || planted ? 0 : 1;
    const double centre = label == 0 && !planted ? 0.0 : 10.0;
    d.y.push_back(label);
    d.X.row(static_cast<Eigen::Index>(i)) << centre + rng.normal(), centre + rng.normal();
  }
  RandomStream stream = RandomStream::keyed("x");
  const std::vector<double> own = own_class_probabilities(d.view(), parse_spec("decision_tree"), 5, stream);
  for (std::size_t i = n0 + n1; i < d.y.size(); ++i) CHECK(own[i] < 0.5);
  RandomStream again = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("instance_hardness_threshold:estimator=decision_tree,sampling_strategy={0:60}")
                          ->resample(d.view(), again);
  CHECK(class_counts(r.y, 2) == std::vector<std::size_t>{60, 30});
  CHECK(r.X.topRows(60).col(0).maxCoeff() < 6.0);  // the planted rows are gone
}

TEST_CASE("instance_hardness_threshold: the plugin meets the strategy exactly, deterministically") {
  const test_data::Labelled d = test_data::blobs({200, 40, 90}, 2, RandomStream::keyed("iht-plugin"));
  const std::string spec = "instance_hardness_threshold:estimator={random_forest:n_trees=20},cv=3";
  RandomStream a = RandomStream::keyed("x"), b = RandomStream::keyed("x");
  const Resampled one = test_data::resampler(spec)->resample(d.view(), a);
  const Resampled two = test_data::resampler(spec)->resample(d.view(), b);
  CHECK(class_counts(one.y, 3) == std::vector<std::size_t>{40, 40, 40});
  CHECK(std::is_sorted(one.y.begin(), one.y.end()));
  CHECK(one.X == two.X);
  CHECK(one.n_synthetic == 0);
}

TEST_CASE("instance_hardness_threshold: the estimator spec is canonical; errors name the cause") {
  const Spec canonical = Registry::instance().canonicalize(
      Kind::Resample, parse_spec("instance_hardness_threshold:estimator={random_forest:n_trees=100}"));
  const Spec by_default = Registry::instance().canonicalize(Kind::Resample, parse_spec("instance_hardness_threshold"));
  CHECK(canonical.text() == by_default.text());
  CHECK(canonical.params.at("estimator").starts_with("{random_forest:"));
  CHECK(parse_spec(canonical.text()).params == canonical.params);  // the canonical text parses back
  CHECK_THROWS_WITH_AS(test_data::resampler("instance_hardness_threshold:estimator=random_forrest"),
                       doctest::Contains("random_forest"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("instance_hardness_threshold:estimator={random_forest:n_tree=3}"),
                       doctest::Contains("n_tree"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("instance_hardness_threshold:cv=1"), doctest::Contains("cv"), Error);
  const test_data::Labelled small = test_data::blobs({40, 3}, 2, RandomStream::keyed("iht-small"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("instance_hardness_threshold")->resample(small.view(), rng),
                       doctest::Contains("cv=5"), Error);
}
