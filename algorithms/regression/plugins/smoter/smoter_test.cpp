#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/smoter.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("smoter plugin: the library's SMOTER with phi fitted to the training targets") {
  const Set s = skewed(300, 3, 11);
  RandomStream rng = RandomStream::keyed("smoter-plugin");
  const RegressionSample direct = smoter(s.view(), relevance_of(s.y), {0.5, "extreme", 3, Distance::Euclidean}, rng);
  check_same(resample("smoter:c_perc=extreme,k=3", s, "smoter-plugin"), direct);
  // Default spec: UBL's defaults (balance, k = 5, Euclidean, extremes with coef 1.5 on both tails, thr 0.5).
  RandomStream again = RandomStream::keyed("smoter-plugin");
  check_same(resample("smoter", s, "smoter-plugin"),
             smoter(s.view(), relevance_of(s.y), SmoterOptions{}, again));
}

TEST_CASE("smoter plugin: explicit c_perc gives the requested count per bump, new targets on the segments") {
  const Set s = skewed(400, 2, 12);
  const std::vector<Bump> bumps = relevance_bumps(s.y, relevance_of(s.y), 0.5);
  REQUIRE(bumps.size() == 2);
  const RegressionResampled out = resample("smoter:c_perc=0.5;3", s, "smoter-counts");
  const std::size_t normal = bumps[0].rows.size(), rare = bumps[1].rows.size();
  CHECK(out.n_synthetic == 2 * rare);
  CHECK(out.y.size() == normal / 2 + rare + 2 * rare);
  // Every new target lies within the rare bump's target range, as an interpolation of two of its targets.
  const double lo = s.y[bumps[1].rows.front()], hi = s.y[bumps[1].rows.back()];
  for (std::size_t i = out.y.size() - out.n_synthetic; i < out.y.size(); ++i) CHECK((out.y[i] >= lo && out.y[i] <= hi));
  // The canonical spec writes the factors in shortest form.
  CHECK(Registry::instance().canonicalize(Kind::Resample, parse_spec("smoter:c_perc=0.50;3.0")).params.at("c_perc") ==
        "0.5;3");
}

TEST_CASE("smoter plugin: dist=auto takes HEOM when a feature is nominal, Euclidean otherwise") {
  const Set s = skewed(200, 3, 13, 3);
  RandomStream rng = RandomStream::keyed("smoter-nominal");
  CHECK_THROWS_WITH_AS(resampler("smoter:dist=euclidean")->resample(s.view(), rng), doctest::Contains("dist=heom"),
                       Error);
  const RegressionResampled out = resample("smoter", s, "smoter-nominal");
  check_same(out, resample("smoter:dist=heom", s, "smoter-nominal"));
  CHECK(out.n_synthetic > 0);
  for (Eigen::Index i = 0; i < out.X.rows(); ++i) CHECK(out.X(i, 2) == std::floor(out.X(i, 2)));
  const Set numeric = skewed(200, 3, 15);
  check_same(resample("smoter", numeric, "smoter-numeric"),
             resample("smoter:dist=euclidean", numeric, "smoter-numeric"));
}

TEST_CASE("smoter plugin: bad parameters name the parameter") {
  check_rejects(Kind::Resample, "smoter:k=0", "'k'");
  check_rejects(Kind::Resample, "smoter:c_perc=lots", "'c_perc'");
  check_rejects(Kind::Resample, "smoter:c_perc=0.5;-2", "'c_perc'");
  check_rejects(Kind::Resample, "smoter:thr_rel=0", "'thr_rel'");
  check_rejects(Kind::Resample, "smoter:dist=manhattan", "'dist'");
  check_rejects(Kind::Resample, "smoter:method=range", "'control_pts'");
  check_rejects(Kind::Resample, "smoter:control_pts={0:0,1:1}", "'control_pts'");
  // With three bumps' worth of factors on a two-bump target, the error comes when resampling.
  const Set s = skewed(200, 2, 14);
  RandomStream rng = RandomStream::keyed("smoter-bad");
  CHECK_THROWS_WITH_AS(resampler("smoter:c_perc=1;2;3")->resample(s.view(), rng), doctest::Contains("smoter"), Error);
}
