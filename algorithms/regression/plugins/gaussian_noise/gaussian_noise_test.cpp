#include <doctest/doctest.h>

#include "algorithms/regression/gaussian_noise.hpp"
#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("gaussian_noise plugin: the library's noisy copies, counts per bump as requested") {
  const Set s = skewed(300, 3, 61);
  const RegressionResampled out = resample("gaussian_noise:c_perc=1;4,pert=0.05", s, "gn-plugin");
  RandomStream rng = RandomStream::keyed("gn-plugin");
  check_same(out, gaussian_noise(s.view(), relevance_of(s.y), {0.5, "1;4", 0.05}, rng));
  const std::vector<Bump> bumps = relevance_bumps(s.y, relevance_of(s.y), 0.5);
  REQUIRE(bumps.size() == 2);
  CHECK(out.n_synthetic == 3 * bumps[1].rows.size());
  CHECK(out.y.size() == s.y.size() + out.n_synthetic);
  // Nominal features keep valid codes without any distance parameter.
  const Set mixed = skewed(200, 3, 62, 4);
  const RegressionResampled with_codes = resample("gaussian_noise", mixed, "gn-nominal");
  for (Eigen::Index i = 0; i < with_codes.X.rows(); ++i) CHECK(with_codes.X(i, 2) == std::floor(with_codes.X(i, 2)));
  check_rejects(Kind::Resample, "gaussian_noise:pert=0", "'pert'");
}
