#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <cmath>
#include <string>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> fitted(const std::string& spec, const Matrix& X, const Labels& y, int n_classes,
                                   const Weights& weights = {}) {
  auto model = Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
  RandomStream rng = RandomStream::keyed("knn");
  model->fit({X, y, n_classes}, weights, rng);
  return model;
}

Matrix column(std::initializer_list<double> values) {
  Matrix M(static_cast<Eigen::Index>(values.size()), 1);
  Eigen::Index i = 0;
  for (double v : values) M(i++, 0) = v;
  return M;
}

}  // namespace

TEST_CASE("knn matches scikit-learn's KNeighborsClassifier probabilities (uniform and distance weights)") {
  const std::string dir = oracle::temp_dir();
  oracle::run_python("scripts/oracles/models_knn.py", {dir});
  for (const std::string n_classes : {"2", "3"})
    for (const std::string k : {"5", "8"})
      for (const std::string weights : {"uniform", "distance"}) {
        CAPTURE(n_classes);
        CAPTURE(k);
        CAPTURE(weights);
        const Matrix X_test = oracle::read_csv(dir + "/X_test_" + n_classes + ".csv");
        const Matrix expected = oracle::read_csv(dir + "/proba_" + n_classes + "_" + k + "_" + weights + ".csv");
        const Labels clear = oracle::read_labels(dir + "/clear_" + n_classes + "_" + k + ".txt");
        auto model = fitted("knn:n_neighbors=" + k + ",weights=" + weights,
                            oracle::read_csv(dir + "/X_train_" + n_classes + ".csv"),
                            oracle::read_labels(dir + "/y_train_" + n_classes + ".txt"), std::stoi(n_classes));
        const Matrix proba = model->predict_proba(X_test);
        REQUIRE(proba.rows() == expected.rows());
        REQUIRE(proba.cols() == expected.cols());
        std::size_t compared = 0;
        for (Eigen::Index i = 0; i < proba.rows(); ++i) {
          if (!clear[static_cast<std::size_t>(i)]) continue;
          CAPTURE(i);
          CHECK((proba.row(i) - expected.row(i)).cwiseAbs().maxCoeff() < 1e-12);
          ++compared;
        }
        CHECK(compared >= 95);
      }
}

TEST_CASE("knn on hand numbers: vote shares, inverse distances, exact matches, ties by row index") {
  const Matrix X = column({0, 1, 2, 10, 11});
  const Labels y = {0, 0, 1, 1, 1};
  // Query 0.4: neighbours at 0.4 (class 0), 0.6 (class 0), 1.6 (class 1).
  Matrix p = fitted("knn:n_neighbors=3", X, y, 2)->predict_proba(column({0.4, 2}));
  CHECK(p(0, 0) == doctest::Approx(2.0 / 3).epsilon(1e-15));
  CHECK(p(1, 0) == doctest::Approx(2.0 / 3).epsilon(1e-15));  // 2: rows 2 (class 1), 1 and 0 (class 0)
  Matrix d = fitted("knn:n_neighbors=3,weights=distance", X, y, 2)->predict_proba(column({0.4, 2}));
  const double class_0 = 1 / 0.4 + 1 / 0.6, class_1 = 1 / 1.6;
  CHECK(d(0, 0) == doctest::Approx(class_0 / (class_0 + class_1)).epsilon(1e-14));
  CHECK(d(1, 1) == 1.0);  // 2 is a training row: the exact match takes the whole vote
  // 1.5 is as far from row 1 (class 0) as from row 2 (class 1): the lower row index wins.
  CHECK(fitted("knn:n_neighbors=1", X, y, 2)->predict_proba(column({1.5}))(0, 0) == 1.0);
  // A class absent from training has probability 0.
  Matrix three = fitted("knn", X, y, 3)->predict_proba(column({5}));
  CHECK(three(0, 2) == 0.0);
  CHECK(three(0, 0) == doctest::Approx(0.4));
}

TEST_CASE("knn: sample weights scale the votes; rows of weight 0 are left out") {
  const Matrix X = column({0, 1, 2, 10, 11});
  const Labels y = {0, 0, 1, 1, 1};
  Matrix p = fitted("knn:n_neighbors=3", X, y, 2, {1, 1, 3, 1, 1})->predict_proba(column({0.4}));
  CHECK(p(0, 1) == doctest::Approx(0.6).epsilon(1e-15));
  // Without row 0 the neighbours of 0.4 are rows 1, 2 and 3.
  Matrix dropped = fitted("knn:n_neighbors=3", X, y, 2, {0, 1, 1, 1, 1})->predict_proba(column({0.4}));
  CHECK(dropped(0, 1) == doctest::Approx(2.0 / 3).epsilon(1e-15));
  CHECK_THROWS_WITH_AS(fitted("knn:n_neighbors=3", X, y, 2, {0, 0, 0, 1, 1}),
                       doctest::Contains("only 2 rows of positive weight"), Error);
}

TEST_CASE("knn gives the same probabilities on 1 and 2 threads") {
  RandomStream rng = RandomStream::keyed("knn-threads");
  Matrix X(600, 4);
  Labels y(600);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    for (Eigen::Index j = 0; j < X.cols(); ++j) X(i, j) = std::round(rng.normal() * 4) / 4;  // many equal distances
    y[static_cast<std::size_t>(i)] = X(i, 0) + X(i, 1) > 0.5;
  }
  auto run = [&](int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    return fitted("knn:n_neighbors=7,weights=distance", X, y, 2)->predict_proba(X);
  };
  CHECK(run(1) == run(2));
}

TEST_CASE("knn rejects bad use with messages naming the problem") {
  const Matrix X = column({0, 1, 2});
  const Labels y = {0, 1, 1};
  CHECK_THROWS_WITH_AS(fitted("knn", X, y, 2), doctest::Contains("n_neighbors=5 but the training set has only 3 rows"),
                       Error);
  CHECK_THROWS_WITH_AS(fitted("knn:n_neighbors=0", X, y, 2), doctest::Contains("'n_neighbors'"), Error);
  CHECK_THROWS_WITH_AS(fitted("knn:weights=gaussian", X, y, 2), doctest::Contains("'weights'"), Error);
  auto model = Registry::instance().build<Classifier>(Kind::Model, parse_spec("knn:n_neighbors=2")).plugin;
  CHECK_THROWS_WITH_AS(model->predict_proba(X), doctest::Contains("before fit"), Error);
  RandomStream rng = RandomStream::keyed("knn");
  model->fit({X, y, 2}, {}, rng);
  CHECK_THROWS_WITH_AS(model->predict_proba(Matrix::Zero(1, 2)), doctest::Contains("fitted on 1"), Error);
}
