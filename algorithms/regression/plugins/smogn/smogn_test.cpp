#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/smogn.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("smogn plugin: the library's SMOGN with phi fitted to the training targets, counts per bump") {
  const Set s = skewed(300, 3, 31);
  RandomStream rng = RandomStream::keyed("smogn-plugin");
  const RegressionSample direct =
      smogn(s.view(), relevance_of(s.y), {0.5, "0.5;2.5", 4, 0.05, Distance::Euclidean}, rng);
  const RegressionResampled out = resample("smogn:c_perc=0.5;2.5,k=4,pert=0.05", s, "smogn-plugin");
  check_same(out, direct);
  const std::vector<Bump> bumps = relevance_bumps(s.y, relevance_of(s.y), 0.5);
  REQUIRE(bumps.size() == 2);
  const std::size_t normal = bumps[0].rows.size(), rare = bumps[1].rows.size();
  CHECK(out.n_synthetic == synthetic_count(rare, 2.5));
  CHECK(out.y.size() == kept_count(normal, 0.5) + rare + out.n_synthetic);
}

TEST_CASE("smogn plugin: bad parameters name the parameter") {
  check_rejects(Kind::Resample, "smogn:pert=0", "'pert'");
  check_rejects(Kind::Resample, "smogn:k=-1", "'k'");
  check_rejects(Kind::Resample, "smogn:extr_type=upper", "'extr_type'");
  check_rejects(Kind::Resample, "smogn:coef=-1", "'coef'");
}
