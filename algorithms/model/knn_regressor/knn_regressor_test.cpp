#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <cmath>
#include <string>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"
#include "tests/support/regressor_support.hpp"

using namespace imbench;
namespace oracle = imbench::testing;
using oracle::fit_regressor;
using oracle::flat_values;
using oracle::make_regressor;

namespace {

Matrix column(std::initializer_list<double> v) {
  Matrix M(static_cast<Eigen::Index>(v.size()), 1);
  Eigen::Index i = 0;
  for (double x : v) M(i++, 0) = x;
  return M;
}

}  // namespace

TEST_CASE("knn_regressor matches scikit-learn's KNeighborsRegressor (uniform and distance weights)") {
  const std::string dir = oracle::temp_dir();
  oracle::run_python("scripts/oracles/models_knn_regressor.py", {dir});
  const Matrix X_train = oracle::read_csv(dir + "/X_train.csv"), X_test = oracle::read_csv(dir + "/X_test.csv");
  const std::vector<double> y_train = flat_values(oracle::read_csv(dir + "/y_train.csv"));
  for (const std::string k : {"1", "5", "8"})
    for (const std::string weights : {"uniform", "distance"}) {
      CAPTURE(k);
      CAPTURE(weights);
      const std::vector<double> expected = flat_values(oracle::read_csv(dir + "/pred_" + k + "_" + weights + ".csv"));
      const Labels clear = oracle::read_labels(dir + "/clear_" + k + ".txt");
      const std::vector<double> got =
          fit_regressor("knn_regressor:n_neighbors=" + k + ",weights=" + weights, X_train, y_train)->predict(X_test);
      REQUIRE(got.size() == expected.size());
      std::size_t compared = 0;
      for (std::size_t i = 0; i < got.size(); ++i) {
        if (!clear[i]) continue;
        CAPTURE(i);
        CHECK(std::abs(got[i] - expected[i]) < 1e-12 * std::max(1.0, std::abs(expected[i])));
        ++compared;
      }
      CHECK(compared >= 95);
    }
}

TEST_CASE("knn_regressor on hand numbers: means, inverse distances, exact matches, sample weights") {
  const Matrix X = column({0, 1, 2, 10, 11});
  const std::vector<double> y = {1, 2, 4, 8, 16};
  // Query 0.4: neighbours 0 (d 0.4), 1 (d 0.6), 2 (d 1.6).
  CHECK(fit_regressor("knn_regressor:n_neighbors=3", X, y)->predict(column({0.4}))[0] == doctest::Approx(7.0 / 3));
  const double w0 = 1 / 0.4, w1 = 1 / 0.6, w2 = 1 / 1.6;
  CHECK(fit_regressor("knn_regressor:n_neighbors=3,weights=distance", X, y)->predict(column({0.4}))[0] ==
        doctest::Approx((w0 * 1 + w1 * 2 + w2 * 4) / (w0 + w1 + w2)).epsilon(1e-14));
  // 2 is a training row: the exact match takes the whole weight.
  CHECK(fit_regressor("knn_regressor:n_neighbors=3,weights=distance", X, y)->predict(column({2}))[0] == 4.0);
  // Sample weights multiply the neighbour weights.
  CHECK(fit_regressor("knn_regressor:n_neighbors=3", X, y, {1, 1, 2, 1, 1})->predict(column({0.4}))[0] ==
        doctest::Approx((1 + 2 + 2 * 4) / 4.0).epsilon(1e-15));
  // A row of weight 0 is left out: the neighbours of 0.4 become rows 1, 2 and 3.
  CHECK(fit_regressor("knn_regressor:n_neighbors=3", X, y, {0, 1, 1, 1, 1})->predict(column({0.4}))[0] ==
        doctest::Approx(14.0 / 3).epsilon(1e-15));
  // 1.5 is as far from row 1 as from row 2: the lower row index wins.
  CHECK(fit_regressor("knn_regressor:n_neighbors=1", X, y)->predict(column({1.5}))[0] == 2.0);
}

TEST_CASE("knn_regressor gives the same predictions on 1 and 2 threads") {
  RandomStream rng = RandomStream::keyed("knn-regressor-threads");
  Matrix X(600, 4);
  std::vector<double> y(600);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    for (Eigen::Index j = 0; j < X.cols(); ++j) X(i, j) = std::round(rng.normal() * 4) / 4;  // many equal distances
    y[static_cast<std::size_t>(i)] = X(i, 0) * X(i, 1) + rng.normal();
  }
  auto run = [&](int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    return fit_regressor("knn_regressor:n_neighbors=7,weights=distance", X, y)->predict(X * 0.9);
  };
  CHECK(run(1) == run(2));
}

TEST_CASE("knn_regressor rejects bad use with messages naming the problem") {
  const Matrix X = column({0, 1, 2});
  CHECK_THROWS_WITH_AS(fit_regressor("knn_regressor", X, {1, 2, 3}),
                       doctest::Contains("n_neighbors=5 but the training set has only 3 rows"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("knn_regressor:n_neighbors=2", X, {1, 2, 3}, {0, 0, 1}),
                       doctest::Contains("only 1 rows of positive weight"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("knn_regressor:weights=gaussian", X, {1, 2, 3}), doctest::Contains("'weights'"),
                       Error);
  CHECK_THROWS_WITH_AS(fit_regressor("knn_regressor:n_neighbors=1", X, {1, INFINITY, 3}),
                       doctest::Contains("target of row 1"), Error);
  auto model = make_regressor("knn_regressor:n_neighbors=2");
  CHECK_THROWS_WITH_AS(model->predict(X), doctest::Contains("predict called before fit"), Error);
  RandomStream rng = RandomStream::keyed("knn_regressor");
  model->fit({X, std::vector<double>{1, 2, 3}}, {}, rng);
  CHECK_THROWS_WITH_AS(model->predict(Matrix::Zero(1, 2)), doctest::Contains("fitted on 1"), Error);
}
