#include <doctest/doctest.h>

#include <string>

#include "algorithms/model/logistic_regression/logistic_regression.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> make_model(const std::string& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
}

Weights read_weights(const std::string& path) {
  Matrix w = oracle::read_csv(path);
  return Weights(w.data(), w.data() + w.size());
}

double max_abs_difference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.rows() == b.rows());
  REQUIRE(a.cols() == b.cols());
  return (a - b).cwiseAbs().maxCoeff();
}

}  // namespace

TEST_CASE("logistic_regression matches scikit-learn's optimum (binary and 3-class, with and without weights)") {
  struct Case {
    int n_classes;
    bool weighted;
    bool fit_intercept;
  };
  for (Case c : {Case{2, false, true}, Case{2, true, true}, Case{3, false, true}, Case{3, true, true},
                 Case{2, true, false}, Case{3, true, false}}) {
    CAPTURE(c.n_classes);
    CAPTURE(c.weighted);
    CAPTURE(c.fit_intercept);
    std::string dir = oracle::temp_dir();
    oracle::run_python("scripts/oracles/models_logistic.py", {dir, std::to_string(c.n_classes),
                                                              c.weighted ? "1" : "0", "0.5",
                                                              c.fit_intercept ? "1" : "0"});
    Matrix X = oracle::read_csv(dir + "/X.csv");
    Labels y = oracle::read_labels(dir + "/y.txt");
    Weights w = c.weighted ? read_weights(dir + "/w.txt") : Weights{};
    std::string spec = std::string("logistic_regression:C=0.5,tol=1e-7,max_iter=1000,fit_intercept=") +
                       (c.fit_intercept ? "true" : "false");
    auto model = make_model(spec);
    RandomStream rng = RandomStream::keyed(1);
    model->fit({X, y, c.n_classes}, w, rng);
    auto& lr = dynamic_cast<LogisticRegression&>(*model);
    CHECK(lr.converged());

    Matrix coef = oracle::read_csv(dir + "/coef.csv");
    Matrix intercept = oracle::read_csv(dir + "/intercept.csv");
    CHECK(max_abs_difference(lr.coef(), coef) < 1e-6);
    Matrix our_intercept = lr.intercept().transpose();
    CHECK(max_abs_difference(our_intercept, intercept) < 1e-6);
    CHECK(max_abs_difference(model->predict_proba(X), oracle::read_csv(dir + "/proba.csv")) < 1e-7);
  }
}

TEST_CASE("logistic_regression: probabilities sum to one; an absent class gets probability zero") {
  Matrix X(6, 1);
  X << -2, -1, -0.5, 0.5, 1, 2;
  Labels y = {0, 0, 2, 0, 2, 2};  // class 1 absent
  auto model = make_model("logistic_regression");
  RandomStream rng = RandomStream::keyed(2);
  model->fit({X, y, 3}, {}, rng);
  Matrix p = model->predict_proba(X);
  REQUIRE(p.cols() == 3);
  for (Eigen::Index i = 0; i < p.rows(); ++i) CHECK(p.row(i).sum() == doctest::Approx(1.0));
  CHECK(p.col(1).cwiseAbs().maxCoeff() == 0.0);
  CHECK(p(5, 2) > p(0, 2));

  Labels one_class(6, 1);
  model->fit({X, one_class, 3}, {}, rng);
  CHECK(model->predict_proba(X).col(1).minCoeff() == 1.0);
}

TEST_CASE("logistic_regression: zero weights drop rows; larger C fits harder") {
  Matrix X(5, 1);
  X << -1, 0, 1, 2, 50;
  Labels y = {0, 0, 1, 1, 0};
  Weights drop_last = {1, 1, 1, 1, 0};
  RandomStream rng = RandomStream::keyed(3);
  auto with_zero = make_model("logistic_regression:tol=1e-10");
  with_zero->fit({X, y, 2}, drop_last, rng);
  Matrix X4 = X.topRows(4);
  Labels y4(y.begin(), y.begin() + 4);
  auto without = make_model("logistic_regression:tol=1e-10");
  without->fit({X4, y4, 2}, {}, rng);
  CHECK(max_abs_difference(with_zero->predict_proba(X4), without->predict_proba(X4)) < 1e-9);

  auto soft = make_model("logistic_regression:C=0.01");
  auto hard = make_model("logistic_regression:C=100");
  soft->fit({X4, y4, 2}, {}, rng);
  hard->fit({X4, y4, 2}, {}, rng);
  CHECK(std::abs(dynamic_cast<LogisticRegression&>(*hard).coef()(0, 0)) >
        std::abs(dynamic_cast<LogisticRegression&>(*soft).coef()(0, 0)));
}

TEST_CASE("logistic_regression rejects bad input and bad parameters with precise messages") {
  Matrix X = Matrix::Zero(3, 2);
  auto model = make_model("logistic_regression");
  RandomStream rng = RandomStream::keyed(4);
  CHECK_THROWS_WITH_AS(model->predict_proba(X), doctest::Contains("before fit"), Error);
  Labels short_y = {0, 1};
  CHECK_THROWS_WITH_AS(model->fit({X, short_y, 2}, {}, rng), doctest::Contains("y has 2 labels"), Error);
  Labels y = {0, 1, 2};
  CHECK_THROWS_WITH_AS(model->fit({X, y, 2}, {}, rng), doctest::Contains("label 2 of row 2"), Error);
  Labels ok = {0, 1, 1};
  CHECK_THROWS_WITH_AS(model->fit({X, ok, 2}, {1, -1, 1}, rng), doctest::Contains("sample weight of row 1"), Error);
  CHECK_THROWS_WITH_AS(model->fit({X, ok, 2}, {1, 1}, rng), doctest::Contains("2 sample weights for 3 rows"), Error);
  model->fit({X, ok, 2}, {}, rng);
  CHECK_THROWS_WITH_AS(model->predict_proba(Matrix::Zero(2, 3)), doctest::Contains("fitted on 2"), Error);
  CHECK_THROWS_WITH_AS(make_model("logistic_regression:C=0"), doctest::Contains("'C'"), Error);
  CHECK_THROWS_WITH_AS(make_model("logistic_regression:tol=-1"), doctest::Contains("'tol'"), Error);
}
