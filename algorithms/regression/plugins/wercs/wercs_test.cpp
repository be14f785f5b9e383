#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/wercs.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("wercs plugin: int(over n) copies plus the (1 - under) n kept cases, phi from the training targets") {
  const Set s = skewed(400, 2, 71);
  const RegressionResampled out = resample("wercs:over=0.25,under=0.5", s, "wercs-plugin");
  CHECK(out.y.size() == 200 + 100);
  CHECK(out.n_synthetic == 0);
  RandomStream rng = RandomStream::keyed("wercs-plugin");
  check_same(out, wercs(s.view(), relevance_of(s.y), {0.25, 0.5}, rng));
  // Relevance from explicit control points: only targets above 2 can be copied.
  const RegressionResampled ranged = resample("wercs:method=range,control_pts={1:0,2:1}", s, "wercs-range");
  for (std::size_t i = 200; i < ranged.y.size(); ++i) CHECK(ranged.y[i] > 1.0);
  check_rejects(Kind::Resample, "wercs:under=1.5", "'under'");
  check_rejects(Kind::Resample, "wercs:thr_rel=0.5", "'thr_rel'");  // wercs has no threshold
}
