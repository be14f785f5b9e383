#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/regression/plugins/shared/plugin_test_support.hpp"
#include "algorithms/regression/regression_metrics.hpp"

using namespace imbench;
using namespace imbench::regression;
using namespace imbench::regression::test_data;
using namespace imbench::regression::plugin_test;

TEST_CASE("utility plugins: precision, recall and F_phi of the library, higher is better") {
  const Set train = skewed(300, 1, 121), test = skewed(150, 1, 122);
  std::vector<double> pred = test.y;
  for (std::size_t i = 0; i < pred.size(); ++i) pred[i] *= (i % 2 == 0 ? 0.7 : 1.2);
  const RegressionPredictions p{test.y, pred, train.y};
  const Relevance phi = Relevance::extremes(train.y);
  const UtilityScores given = utility_scores(test.y, pred, phi, {0.5, 2.0, 0.5, 2.0});
  CHECK(metric("utility_precision:max_error=2")->compute(p) == given.precision);
  CHECK(metric("utility_recall:max_error=2")->compute(p) == given.recall);
  CHECK(metric("utility_f:max_error=2,beta=2")->compute(p) == given.f);
  // max_error = 0: one standard deviation of the training targets.
  double mean = 0, ss = 0;
  for (double v : train.y) mean += v / static_cast<double>(train.y.size());
  for (double v : train.y) ss += (v - mean) * (v - mean);
  const double sd = std::sqrt(ss / static_cast<double>(train.y.size() - 1));
  CHECK(metric("utility_f")->compute(p) == doctest::Approx(utility_scores(test.y, pred, phi, {0.5, sd, 0.5, 1.0}).f));
  for (const char* name : {"utility_precision", "utility_recall", "utility_f"}) CHECK(metric(name)->higher_is_better());
  // Perfect predictions earn the full benefit: precision = recall = sum (1 + phi) / sum (1 + phi) = 1.
  CHECK(metric("utility_recall")->compute({test.y, test.y, train.y}) == doctest::Approx(1.0));
  check_rejects(Kind::Metric, "utility_precision:beta=2", "'beta'");  // beta belongs to utility_f only
  check_rejects(Kind::Metric, "utility_f:p=2", "'p'");
  check_rejects(Kind::Metric, "utility_recall:max_error=-1", "'max_error'");
}
