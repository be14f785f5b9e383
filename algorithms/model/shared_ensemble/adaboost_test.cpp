#include "algorithms/model/shared_ensemble/adaboost.hpp"

#include <doctest/doctest.h>

#include "core/error.hpp"
#include "tests/support/forest_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

BoostSettings stumps(std::size_t rounds, BoostAlgorithm algorithm) {
  return {parse_spec("decision_tree:max_depth=1"), rounds, 1.0, algorithm};
}

// Class 1 inside a disc of radius 1 around the origin: no single axis cut separates it.
oracle::ShiftedClasses disc(std::size_t n) {
  RandomStream rng = RandomStream::keyed("adaboost-disc");
  oracle::ShiftedClasses d{Matrix(static_cast<Eigen::Index>(n), 2), Labels(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    d.X(r, 0) = 4 * rng.uniform() - 2, d.X(r, 1) = 4 * rng.uniform() - 2;
    d.y[i] = d.X.row(r).squaredNorm() < 1.0 ? 1 : 0;
  }
  return d;
}

}  // namespace

TEST_CASE("AdaBoost of stumps learns a disc no single stump can, with SAMME and SAMME.R") {
  const oracle::ShiftedClasses train = disc(1500), test = disc(1500);
  for (BoostAlgorithm algorithm : {BoostAlgorithm::Samme, BoostAlgorithm::SammeR}) {
    RandomStream rng = RandomStream::keyed("adaboost");
    AdaBoost one(stumps(1, algorithm), "adaboost");
    AdaBoost many(stumps(200, algorithm), "adaboost");
    one.fit({train.X, train.y, 2}, {}, rng);
    many.fit({train.X, train.y, 2}, {}, rng);
    const double single = oracle::balanced_accuracy_of(test.y, one.predict_proba(test.X));
    const double boosted = oracle::balanced_accuracy_of(test.y, many.predict_proba(test.X));
    CAPTURE(single);
    CAPTURE(boosted);
    CHECK(single < 0.75);
    CHECK(boosted > 0.9);
    const Matrix p = many.predict_proba(test.X);
    for (Eigen::Index i = 0; i < p.rows(); ++i) CHECK(p.row(i).sum() == doctest::Approx(1.0));
  }
}

TEST_CASE("AdaBoost with a perfect first learner stops and predicts through it alone") {
  // Separable on feature 0: the first stump makes no error, so boosting stops there (as scikit-learn).
  Matrix X(6, 1);
  X << 0, 1, 2, 10, 11, 12;
  const Labels y{0, 0, 0, 1, 1, 1};
  for (BoostAlgorithm algorithm : {BoostAlgorithm::Samme, BoostAlgorithm::SammeR}) {
    AdaBoost boost(stumps(30, algorithm), "adaboost");
    RandomStream rng = RandomStream::keyed("adaboost-perfect");
    boost.fit({X, y, 2}, {}, rng);
    const Matrix p = boost.predict_proba(X);
    for (Eigen::Index i = 0; i < 6; ++i) CHECK(p(i, y[static_cast<std::size_t>(i)]) > 0.5);
  }
}

TEST_CASE("AdaBoost SAMME refuses a first learner no better than chance") {
  // Identical rows with opposite labels: any learner errs on half the weight, which is chance for two classes.
  const Matrix X = Matrix::Zero(4, 1);
  const Labels y{0, 1, 0, 1};
  AdaBoost boost(stumps(5, BoostAlgorithm::Samme), "adaboost");
  RandomStream rng = RandomStream::keyed("adaboost-chance");
  CHECK_THROWS_WITH_AS(boost.fit({X, y, 2}, {}, rng), doctest::Contains("no better than chance"), Error);
  CHECK_THROWS_WITH_AS(boost.predict_proba(X), doctest::Contains("before fit"), Error);
}
