#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/target_weights.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("dense_weight plugin: DenseWeight of the training targets") {
  const Set s = skewed(300, 2, 81);
  CHECK(weighting("dense_weight:alpha=0.7")->weights(s.view()) == dense_weights(s.y, 0.7));
  CHECK(weighting("dense_weight")->weights(s.view()) == dense_weights(s.y, 1.0));  // the paper's default alpha
  for (double w : weighting("dense_weight:alpha=0")->weights(s.view())) CHECK(w == doctest::Approx(1.0));
  check_rejects(Kind::Weight, "dense_weight:alpha=-1", "'alpha'");
  Set flat = s;
  std::fill(flat.y.begin(), flat.y.end(), 3.0);
  CHECK_THROWS_WITH_AS(weighting("dense_weight")->weights(flat.view()), doctest::Contains("constant"), Error);
}
