#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/smoter.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("smoter_paper plugin: o% new cases per rare case and u% of them drawn from the normal cases") {
  const Set s = skewed(300, 3, 21);
  const std::vector<double> phi = relevance_of(s.y);
  std::size_t rare = 0;
  for (double v : phi) rare += v > 0.5;
  REQUIRE(rare > 0);
  const RegressionResampled out = resample("smoter_paper:over=300,under=50", s, "smoter-paper");
  CHECK(out.n_synthetic == 3 * rare);
  CHECK(out.y.size() == rare + 3 * rare + (3 * rare) / 2);
  RandomStream rng = RandomStream::keyed("smoter-paper");
  check_same(out, smoter_paper(s.view(), phi, {0.5, 300, 50, 5, Distance::Euclidean}, rng));
}

TEST_CASE("smoter_paper plugin: bad parameters and targets") {
  check_rejects(Kind::Resample, "smoter_paper:over=-1", "'over'");
  check_rejects(Kind::Resample, "smoter_paper:under=x", "'under'");
  check_rejects(Kind::Resample, "smoter_paper:k=0", "'k'");
  Set flat = skewed(100, 2, 22);
  for (std::size_t i = 0; i < flat.y.size(); ++i) flat.y[i] = static_cast<double>(i);  // no box-plot outlier
  RandomStream rng = RandomStream::keyed("smoter-paper-bad");
  CHECK_THROWS_WITH_AS(resampler("smoter_paper")->resample(flat.view(), rng), doctest::Contains("smoter_paper"), Error);
}
