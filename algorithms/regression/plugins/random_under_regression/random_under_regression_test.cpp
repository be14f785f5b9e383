#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("random_under_regression plugin: a subset of the normal cases, every rare case kept") {
  const Set s = skewed(300, 2, 51);
  std::size_t rare = 0;
  for (double v : relevance_of(s.y)) rare += v >= 0.5;
  const std::size_t normal = s.y.size() - rare;
  const RegressionResampled balanced = resample("random_under_regression", s, "rus-reg");
  CHECK(balanced.n_synthetic == 0);
  CHECK(balanced.y.size() == rare + kept_count(normal, double(rare) / double(normal)));
  const RegressionResampled quarter = resample("random_under_regression:c_perc=0.25", s, "rus-reg");
  CHECK(quarter.y.size() == rare + normal / 4);
  // Kept rows are original rows, in input order.
  std::size_t j = 0;
  for (std::size_t i = 0; i < quarter.y.size(); ++i) {
    while (j < s.y.size() && s.y[j] != quarter.y[i]) ++j;
    REQUIRE(j < s.y.size());
    CHECK(quarter.X.row(static_cast<Eigen::Index>(i)) == s.X.row(static_cast<Eigen::Index>(j)));
  }
  check_rejects(Kind::Resample, "random_under_regression:c_perc=2", "'c_perc'");
  check_rejects(Kind::Resample, "random_under_regression:c_perc=0", "'c_perc'");
}
