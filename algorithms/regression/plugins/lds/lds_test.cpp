#include <doctest/doctest.h>

#include <algorithm>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/plugins/shared/target_bins.hpp"
#include "algorithms/regression/target_weights.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("lds plugin: Yang et al.'s weights on equal-width bins over the training range") {
  const Set s = skewed(400, 2, 91);
  const auto [lo, hi] = std::minmax_element(s.y.begin(), s.y.end());
  LdsOptions o;
  o.kernel = "triang";
  o.kernel_size = 7;
  o.bin_width = bin_width_for(s.y, 40, "lds");
  CHECK(o.bin_width * 40 > *hi - *lo);
  CHECK(o.bin_width * 40 == doctest::Approx(*hi - *lo).epsilon(1e-9));
  CHECK(weighting("lds:bins=40,kernel=triang,kernel_size=7")->weights(s.view()) == lds_weights(s.y, o));
  // With one bin every case weighs the same.
  for (double w : weighting("lds:bins=1")->weights(s.view())) CHECK(w == doctest::Approx(1.0));
  check_rejects(Kind::Weight, "lds:kernel_size=4", "'kernel_size'");
  check_rejects(Kind::Weight, "lds:bins=0", "'bins'");
  check_rejects(Kind::Weight, "lds:kernel=box", "'kernel'");
  Set flat = s;
  std::fill(flat.y.begin(), flat.y.end(), 3.0);
  CHECK_THROWS_WITH_AS(weighting("lds")->weights(flat.view()), doctest::Contains("constant"), Error);
}
