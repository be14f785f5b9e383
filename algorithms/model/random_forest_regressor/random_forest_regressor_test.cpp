#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "algorithms/regression/regression_metrics.hpp"
#include "algorithms/shared/tree/regression_tree.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"
#include "tests/support/regressor_support.hpp"

using namespace imbench;
namespace oracle = imbench::testing;
using oracle::flat_values;
using oracle::make_regressor;

namespace {

struct Sine {
  Matrix X;
  std::vector<double> y;
};

// y = sin(3 x0) + x1^2 / 2 + noise, with two irrelevant features.
Sine noisy_sine(std::size_t n, const std::string& key) {
  RandomStream rng = RandomStream::keyed(key);
  Sine d{Matrix(static_cast<Eigen::Index>(n), 4), std::vector<double>(n)};
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
    for (Eigen::Index j = 0; j < 4; ++j) d.X(i, j) = 2 * rng.uniform() - 1;
    d.y[static_cast<std::size_t>(i)] = std::sin(3 * d.X(i, 0)) + d.X(i, 1) * d.X(i, 1) / 2 + 0.1 * rng.normal();
  }
  return d;
}

// Mean test R2 of three of our forests against scikit-learn's mean over four (models_forest_regressor.py):
// within four standard errors (their spread stands for ours) plus 0.005.
void check_matches_oracle(const std::string& ours, const std::string& theirs, int seed, bool weighted) {
  CAPTURE(ours);
  const std::string dir = oracle::temp_dir();
  std::vector<std::string> args = {dir, std::to_string(seed), weighted ? "1" : "0"};
  std::istringstream given(theirs);
  for (std::string a; std::getline(given, a, ',');) args.push_back(a);
  oracle::run_python("scripts/oracles/models_forest_regressor.py", args);
  const Matrix X = oracle::read_csv(dir + "/X_train.csv"), X_test = oracle::read_csv(dir + "/X_test.csv");
  const std::vector<double> y = flat_values(oracle::read_csv(dir + "/y_train.csv"));
  const std::vector<double> y_test = flat_values(oracle::read_csv(dir + "/y_test.csv"));
  const Weights w = weighted ? flat_values(oracle::read_csv(dir + "/w.csv")) : Weights{};
  double their_r2 = 0, their_sd = 0;
  std::ifstream(dir + "/score.txt") >> their_r2 >> their_sd;
  const int forests = 3;
  double our_r2 = 0;
  for (int f = 0; f < forests; ++f) {
    auto model = make_regressor(ours);
    RandomStream rng = RandomStream::keyed("forest-regressor-oracle", f);
    model->fit({X, y}, w, rng);
    our_r2 += regression::r2_score(y_test, model->predict(X_test)) / forests;
  }
  const double tolerance = 4 * their_sd * std::sqrt(1.0 / forests + 1.0 / 4) + 0.005;
  CAPTURE(our_r2);
  CAPTURE(their_r2);
  CAPTURE(tolerance);
  CHECK(std::abs(our_r2 - their_r2) <= tolerance);
}

}  // namespace

TEST_CASE("random_forest_regressor scores like scikit-learn's RandomForestRegressor on make_friedman1") {
  check_matches_oracle("random_forest_regressor:n_trees=50", "n_estimators=50", 1, false);
  check_matches_oracle("random_forest_regressor:n_trees=50,max_features=fraction,max_features_fraction=0.33,"
                       "min_samples_leaf=3,max_depth=8,max_samples=0.5",
                       "n_estimators=50,max_features=0.33,min_samples_leaf=3,max_depth=8,max_samples=0.5", 2, true);
  check_matches_oracle("random_forest_regressor:n_trees=50,bootstrap=false,max_features=sqrt",
                       "n_estimators=50,bootstrap=False,max_features=sqrt", 3, false);
}

TEST_CASE("regression tree on hand numbers: best squared-error split, weighted leaf means") {
  tree::ColumnMatrix X(6, 1);
  X << 0, 1, 2, 3, 4, 5;
  const std::vector<double> y = {1, 1, 1, 5, 5, 6};
  RandomStream rng = RandomStream::keyed("tree");
  tree::TreeOptions stump;
  stump.max_depth = 1;
  const tree::RegressionTree t = tree::RegressionTree::grow(X, y, Weights(6, 1.0), stump, rng);
  REQUIRE(t.nodes().size() == 3);
  CHECK(t.nodes()[0].threshold == 2.5);
  const double left = 0, right = 5;
  CHECK(t.predict(&left) == 1.0);
  CHECK(t.predict(&right) == doctest::Approx(16.0 / 3).epsilon(1e-15));
  // Weights move the leaf mean and zero-weight rows are left out.
  const tree::RegressionTree weighted = tree::RegressionTree::grow(X, y, {1, 1, 1, 0, 1, 3}, stump, rng);
  CHECK(weighted.predict(&right) == doctest::Approx((5.0 + 18) / 4).epsilon(1e-15));
  // Grown fully, a node stops once its targets are equal: leaves {0, 1, 2}, {3, 4} and {5}.
  const tree::RegressionTree full = tree::RegressionTree::grow(X, y, Weights(6, 1.0), {}, rng);
  CHECK(full.leaf_count() == 3);
  for (Eigen::Index i = 0; i < 6; ++i) CHECK(full.predict(&X(i, 0)) == y[static_cast<std::size_t>(i)]);
}

TEST_CASE("random_forest_regressor fits a noisy sine and is bit-identical with one thread and with two") {
  const Sine train = noisy_sine(800, "sine-train"), test = noisy_sine(400, "sine-test");
  auto run = [&](int threads, const char* key) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    auto model = make_regressor("random_forest_regressor:n_trees=30,max_features=sqrt");
    RandomStream rng = RandomStream::keyed(key);
    model->fit({train.X, train.y}, {}, rng);
    return model->predict(test.X);
  };
  const std::vector<double> one = run(1, "threads"), two = run(2, "threads");
  CHECK(one == two);
  CHECK(run(2, "other") != one);
  CHECK(regression::r2_score(test.y, one) > 0.9);
}

TEST_CASE("random_forest_regressor: sample weights shift the fit; without bootstrap it is its one tree") {
  const Sine train = noisy_sine(300, "sine-weights");
  RandomStream rng = RandomStream::keyed("weights");
  // Weighting up the rows with x0 > 0 pulls predictions there towards their targets.
  Weights w(300, 1.0);
  for (Eigen::Index i = 0; i < train.X.rows(); ++i)
    if (train.X(i, 0) > 0) w[static_cast<std::size_t>(i)] = 5.0;
  auto plain = make_regressor("random_forest_regressor:n_trees=20,max_depth=3");
  auto weighted = make_regressor("random_forest_regressor:n_trees=20,max_depth=3");
  plain->fit({train.X, train.y}, {}, rng);
  weighted->fit({train.X, train.y}, w, rng);
  auto error_on_weighted_rows = [&](const Regressor& m) {
    const std::vector<double> p = m.predict(train.X);
    double sum = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (w[i] > 1) sum += (p[i] - train.y[i]) * (p[i] - train.y[i]);
    return sum;
  };
  CHECK(error_on_weighted_rows(*weighted) < error_on_weighted_rows(*plain));
  // No bootstrap and every feature tried: each tree is the same single tree.
  auto forest = make_regressor("random_forest_regressor:n_trees=3,bootstrap=false");
  forest->fit({train.X, train.y}, w, rng);
  const tree::RegressionTree single = tree::RegressionTree::grow(train.X, train.y, w, {}, rng);
  const std::vector<double> p = forest->predict(train.X);
  for (Eigen::Index i = 0; i < train.X.rows(); ++i) {
    const Eigen::VectorXd row = train.X.row(i).transpose();
    CHECK(std::abs(p[static_cast<std::size_t>(i)] - single.predict(row.data())) < 1e-14);
  }
}

TEST_CASE("random_forest_regressor rejects bad input with messages naming the problem") {
  CHECK_THROWS_WITH_AS(make_regressor("random_forest_regressor:n_trees=0"), doctest::Contains("n_trees"), Error);
  CHECK_THROWS_WITH_AS(make_regressor("random_forest_regressor:criterion=gini"), doctest::Contains("criterion"), Error);
  CHECK_THROWS_WITH_AS(make_regressor("random_forest_regressor:max_samples=0"), doctest::Contains("max_samples"),
                       Error);
  auto model = make_regressor("random_forest_regressor:n_trees=2");
  CHECK_THROWS_WITH_AS(model->predict(Matrix::Zero(1, 2)), doctest::Contains("predict called before fit"), Error);
  Matrix X = Matrix::Zero(3, 2);
  RandomStream rng = RandomStream::keyed("errors");
  CHECK_THROWS_WITH_AS(model->fit({X, std::vector<double>{1, 2}}, {}, rng), doctest::Contains("y has 2 targets"),
                       Error);
  CHECK_THROWS_WITH_AS(model->fit({X, std::vector<double>{1, 2, NAN}}, {}, rng), doctest::Contains("target of row 2"),
                       Error);
  // Constant features: each tree is one leaf holding the mean of what it was grown on (the whole set without
  // bootstrap; with it, the forest's prediction is the same for every row, whatever the draws were).
  auto whole = make_regressor("random_forest_regressor:n_trees=2,bootstrap=false");
  whole->fit({X, std::vector<double>{1, 2, 3}}, {}, rng);
  CHECK(whole->predict(X) == std::vector<double>(3, 2.0));
  model->fit({X, std::vector<double>{1, 2, 3}}, {}, rng);
  const std::vector<double> bagged = model->predict(X);
  CHECK(bagged[0] == bagged[1]);
  CHECK(bagged[1] == bagged[2]);
  CHECK_THROWS_WITH_AS(model->predict(Matrix::Zero(1, 3)), doctest::Contains("fitted on 2"), Error);
}
