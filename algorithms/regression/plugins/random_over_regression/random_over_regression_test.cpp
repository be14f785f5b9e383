#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

namespace {
std::size_t rare_count(const Set& s) {
  std::size_t n = 0;
  for (double v : relevance_of(s.y)) n += v >= 0.5;
  return n;
}
}  // namespace

TEST_CASE("random_over_regression plugin: copies of rare cases, balance and an explicit factor") {
  const Set s = skewed(300, 2, 41);
  const std::size_t rare = rare_count(s), normal = s.y.size() - rare;
  const RegressionResampled balanced = resample("random_over_regression", s, "ros-reg");
  CHECK(balanced.n_synthetic == 0);
  CHECK(balanced.y.size() == normal + rare + synthetic_count(rare, double(normal) / double(rare)));
  const RegressionResampled tripled = resample("random_over_regression:c_perc=3", s, "ros-reg");
  CHECK(tripled.y.size() == normal + 3 * rare);
  // Every added row is an original rare case with its own target.
  const std::vector<double> phi = relevance_of(s.y);
  for (std::size_t i = s.y.size(); i < tripled.y.size(); ++i) {
    bool found = false;
    for (std::size_t j = 0; j < s.y.size() && !found; ++j)
      found = phi[j] >= 0.5 && tripled.y[i] == s.y[j] &&
              tripled.X.row(static_cast<Eigen::Index>(i)) == s.X.row(static_cast<Eigen::Index>(j));
    CHECK(found);
  }
  check_rejects(Kind::Resample, "random_over_regression:c_perc=0.5", "'c_perc'");
}
