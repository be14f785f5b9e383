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

namespace {

struct Imbalanced {
  Matrix X;
  Labels y;
};

// Two overlapping classes in 3-D, about one positive in ten, or three classes.
Imbalanced imbalanced_data(int n_classes, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed("lr-loss", seed);
  Imbalanced d{Matrix(400, 3), Labels(400)};
  for (Eigen::Index i = 0; i < 400; ++i) {
    const double u = rng.uniform();
    const int label = u < 0.1 ? 1 : (n_classes == 3 && u < 0.3 ? 2 : 0);
    for (Eigen::Index j = 0; j < 3; ++j) d.X(i, j) = rng.normal() + (j == label ? 1.0 : 0.0);
    d.y[static_cast<std::size_t>(i)] = label;
  }
  return d;
}

LogisticRegression fitted(const std::string& spec, const Imbalanced& d, int n_classes, const Weights& w = {}) {
  auto model = make_model(spec);
  RandomStream rng = RandomStream::keyed(1);
  model->fit({d.X, d.y, n_classes}, w, rng);
  return dynamic_cast<LogisticRegression&>(*model);
}

}  // namespace

TEST_CASE("logistic_regression with a loss plugin minimises that loss") {
  for (int n_classes : {2, 3}) {
    CAPTURE(n_classes);
    const Imbalanced d = imbalanced_data(n_classes, static_cast<std::uint64_t>(n_classes));
    const std::string base = "logistic_regression:tol=1e-9,max_iter=2000,";
    // Class-weighted cross-entropy is the same objective as cross-entropy with the balanced sample weights.
    const LogisticRegression weighted_loss = fitted(base + "loss={weighted_cross_entropy:class_weight=balanced}", d, n_classes);
    auto balanced = Registry::instance().build<Weighting>(Kind::Weight, parse_spec("balanced")).plugin;
    const LogisticRegression weighted_rows = fitted(base + "C=1", d, n_classes, balanced->weights({d.X, d.y, n_classes}));
    CHECK(max_abs_difference(weighted_loss.coef(), weighted_rows.coef()) < 1e-6);
    CHECK(max_abs_difference(weighted_loss.intercept(), weighted_rows.intercept()) < 1e-6);

    // Focal with gamma 0 is cross-entropy scaled by alpha_t; at alpha = 0.5 that halves the data term, which equals
    // cross-entropy with the penalty doubled (C halved). Binary only: alpha does not apply to the softmax form.
    if (n_classes == 2) {
      const LogisticRegression half = fitted(base + "C=1,loss={focal:gamma=0,alpha=0.5}", d, 2);
      const LogisticRegression ce = fitted(base + "C=0.5", d, 2);
      CHECK(max_abs_difference(half.coef(), ce.coef()) < 1e-6);
    }
  }
}

TEST_CASE("focal loss moves logistic_regression towards the minority class") {
  const Imbalanced d = imbalanced_data(2, 7);
  auto positives = [&](const LogisticRegression& model) {
    const Matrix p = model.predict_proba(d.X);
    return (p.col(1).array() > 0.5).count();
  };
  const LogisticRegression ce = fitted("logistic_regression", d, 2);
  const LogisticRegression focal = fitted("logistic_regression:loss={focal:gamma=2,alpha=0.75}", d, 2);
  CHECK(focal.converged());
  CHECK(positives(focal) > positives(ce) + 10);
}

TEST_CASE("logistic_regression's loss parameter is canonical and checked") {
  CHECK(Registry::instance().canonicalize(Kind::Model, parse_spec("logistic_regression")).text().find(
            "loss=cross_entropy") != std::string::npos);
  CHECK(Registry::instance()
            .canonicalize(Kind::Model, parse_spec("logistic_regression:loss={focal:gamma=1}"))
            .text()
            .find("loss={focal:alpha=0.25,gamma=1}") != std::string::npos);
  CHECK_THROWS_WITH_AS(make_model("logistic_regression:loss=focul"), doctest::Contains("loss"), Error);
  CHECK_THROWS_WITH_AS(make_model("logistic_regression:loss={focal:gamma=-2}"), doctest::Contains("gamma"), Error);
}
