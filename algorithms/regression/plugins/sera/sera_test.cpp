#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/sera.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("sera plugin: SERA of the test fold with phi fitted to the training fold") {
  const Set train = skewed(300, 1, 101), test = skewed(120, 1, 102);
  std::vector<double> pred = test.y;
  for (std::size_t i = 0; i < pred.size(); ++i) pred[i] += (i % 3 == 0 ? 0.4 : -0.2);
  const RegressionPredictions p{test.y, pred, train.y};
  const Relevance phi = Relevance::extremes(train.y);
  CHECK(metric("sera")->compute(p) == sera(test.y, pred, phi(test.y)));
  CHECK(metric("sera:normalise=true,step=0.01")->compute(p) == sera(test.y, pred, phi(test.y), {0.01, true}));
  // phi comes from y_train: scoring against the test fold's own box plot gives a different value.
  CHECK(metric("sera")->compute(p) != sera(test.y, pred, Relevance::extremes(test.y)(test.y)));
  CHECK_FALSE(metric("sera")->higher_is_better());
  CHECK(metric("sera")->compute({test.y, test.y, train.y}) == 0.0);
  check_rejects(Kind::Metric, "sera:step=0", "'step'");
  CHECK_THROWS_WITH_AS(metric("sera:step=0.3")->compute(p), doctest::Contains("step"), Error);
}
