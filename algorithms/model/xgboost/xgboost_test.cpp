#include <doctest/doctest.h>
#include <tbb/parallel_for.h>

#include <cmath>
#include <string>

#include "algorithms/model/xgboost/boosted_trees.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"
#include "tests/support/regressor_support.hpp"

using namespace imbench;
namespace oracle = imbench::testing;
using oracle::make_regressor;

namespace {

struct Data {
  Matrix X;
  Labels y;
  Weights w;
};

// Overlapping Gaussian classes in 4-D (class c shifted along feature c), about 70/20/10 for three classes.
Data classes(int n_classes, std::size_t n, const std::string& key) {
  RandomStream rng = RandomStream::keyed("xgboost-test", key);
  Data d{Matrix(static_cast<Eigen::Index>(n), 4), Labels(n), Weights(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const double u = rng.uniform();
    const int label = u < 0.2 ? 1 : (n_classes == 3 && u < 0.3 ? 2 : 0);
    for (Eigen::Index j = 0; j < 4; ++j)
      d.X(static_cast<Eigen::Index>(i), j) = rng.normal() + (j == label ? 1.5 : 0.0);
    d.y[i] = label;
    d.w[i] = 0.5 + 1.5 * rng.uniform();
  }
  return d;
}

std::unique_ptr<Classifier> classifier(const std::string& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
}

Matrix fit_proba(const std::string& spec, const Data& d, int n_classes, const Weights& w, const std::string& seed) {
  auto model = classifier(spec);
  RandomStream rng = RandomStream::keyed("xgboost-fit", seed);
  model->fit({d.X, d.y, n_classes}, w, rng);
  return model->predict_proba(d.X);
}

Weights read_weights(const std::string& path) {
  Matrix w = oracle::read_csv(path);
  return Weights(w.data(), w.data() + w.size());
}

double r2(const std::vector<double>& truth, const std::vector<double>& pred) {
  double mean = 0;
  for (double v : truth) mean += v / static_cast<double>(truth.size());
  double ss_res = 0, ss_tot = 0;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    ss_res += (truth[i] - pred[i]) * (truth[i] - pred[i]);
    ss_tot += (truth[i] - mean) * (truth[i] - mean);
  }
  return 1 - ss_res / ss_tot;
}

}  // namespace

TEST_CASE("xgboost: the cross_entropy loss plugin reproduces XGBoost's binary:logistic and multi:softprob") {
  for (int n_classes : {2, 3}) {
    CAPTURE(n_classes);
    const Data d = classes(n_classes, 400, "builtin-" + std::to_string(n_classes));
    xgb::TreeSettings settings;
    settings.n_estimators = 30;
    settings.max_depth = 4;
    xgb::BoostedTrees builtin(settings, "test");
    const std::vector<float> label(d.y.begin(), d.y.end());
    if (n_classes == 2)
      builtin.fit_objective(d.X, label, d.w, "binary:logistic", {}, 1);
    else
      builtin.fit_objective(d.X, label, d.w, "multi:softprob", {{"num_class", "3"}}, 1);
    const Matrix scores = builtin.scores(d.X);
    Matrix expected(d.X.rows(), n_classes);
    for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
      if (n_classes == 2) {
        expected(i, 1) = 1 / (1 + std::exp(-scores(i, 0)));
        expected(i, 0) = 1 - expected(i, 1);
      } else {
        const Eigen::RowVectorXd e = scores.row(i).array().exp();
        expected.row(i) = e / e.sum();
      }
    }
    const Matrix ours = fit_proba("xgboost:n_estimators=30,max_depth=4,loss=cross_entropy", d, n_classes, d.w, "a");
    CHECK((ours - expected).cwiseAbs().maxCoeff() < 1e-6);
    // The fit is not trivial: the probabilities spread well away from the class shares.
    CHECK(expected.col(1).maxCoeff() - expected.col(1).minCoeff() > 0.8);
  }
}

TEST_CASE("xgboost and xgboost_regressor match the xgboost Python package (weighted, hist)") {
  const std::string dir = oracle::temp_dir();
  oracle::run_python("scripts/oracles/models_xgboost.py", {dir, "20", "4"});
  const std::string spec = ":n_estimators=20,max_depth=4";
  for (const std::string task : {"binary", "multi"}) {
    CAPTURE(task);
    const int n_classes = task == "binary" ? 2 : 3;
    auto model = classifier("xgboost" + spec);
    RandomStream rng = RandomStream::keyed("xgboost-python");
    const Matrix X = oracle::read_csv(dir + "/X_train_" + task + ".csv");
    const Labels y = oracle::read_labels(dir + "/y_train_" + task + ".txt");
    model->fit({X, y, n_classes}, read_weights(dir + "/w_" + task + ".txt"), rng);
    const Matrix proba = model->predict_proba(oracle::read_csv(dir + "/X_test_" + task + ".csv"));
    const Matrix expected = oracle::read_csv(dir + "/proba_" + task + ".csv");
    const Matrix ours = n_classes == 2 ? Matrix(proba.col(1)) : proba;
    REQUIRE(ours.rows() == expected.rows());
    REQUIRE(ours.cols() == expected.cols());
    CHECK((ours - expected).cwiseAbs().maxCoeff() < 1e-6);
  }
  auto model = make_regressor("xgboost_regressor" + spec);
  const Matrix y_matrix = oracle::read_csv(dir + "/y_train_reg.txt");
  const std::vector<double> y(y_matrix.data(), y_matrix.data() + y_matrix.size());
  RandomStream rng = RandomStream::keyed("xgboost-python");
  model->fit({oracle::read_csv(dir + "/X_train_reg.csv"), y}, read_weights(dir + "/w_reg.txt"), rng);
  const std::vector<double> pred = model->predict(oracle::read_csv(dir + "/X_test_reg.csv"));
  const Matrix expected = oracle::read_csv(dir + "/pred_reg.csv");
  REQUIRE(pred.size() == static_cast<std::size_t>(expected.rows()));
  for (std::size_t i = 0; i < pred.size(); ++i)
    CHECK(pred[i] == doctest::Approx(expected(static_cast<Eigen::Index>(i), 0)).epsilon(1e-5));
}

TEST_CASE("xgboost learns XOR; every loss plugin trains it; losses and weights change the fit") {
  Matrix X(400, 2);
  Labels y(400);
  RandomStream rng = RandomStream::keyed("xgboost-xor");
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    X(i, 0) = rng.uniform() - 0.5;
    X(i, 1) = rng.uniform() - 0.5;
    y[static_cast<std::size_t>(i)] = (X(i, 0) > 0) != (X(i, 1) > 0);
  }
  const Data xor_data{X, y, {}};
  for (const std::string loss : {"cross_entropy", "{focal:gamma=2}", "{class_balanced:beta=0.999}",
                                 "{weighted_cross_entropy}"}) {
    CAPTURE(loss);
    const Matrix p = fit_proba("xgboost:n_estimators=50,max_depth=3,loss=" + loss, xor_data, 2, {}, "xor");
    std::size_t correct = 0;
    for (Eigen::Index i = 0; i < p.rows(); ++i) correct += (p(i, 1) > 0.5) == (y[static_cast<std::size_t>(i)] == 1);
    CHECK(correct >= 392);
  }

  const Data d = classes(2, 400, "loss-effect");
  const Matrix plain = fit_proba("xgboost:n_estimators=20,max_depth=2", d, 2, {}, "s");
  const Matrix focal = fit_proba("xgboost:n_estimators=20,max_depth=2,loss={focal:gamma=2}", d, 2, {}, "s");
  CHECK((plain - focal).cwiseAbs().maxCoeff() > 0.01);
  // Weighing the minority class up raises its predicted probability on average.
  Weights minority_up(d.y.size());
  for (std::size_t i = 0; i < d.y.size(); ++i) minority_up[i] = d.y[i] == 1 ? 4.0 : 1.0;
  const Matrix weighted = fit_proba("xgboost:n_estimators=20,max_depth=2", d, 2, minority_up, "s");
  CHECK(weighted.col(1).mean() > plain.col(1).mean() + 0.05);
}

TEST_CASE("xgboost: row and column sampling are deterministic per seed, whatever thread runs the fit") {
  const Data d = classes(3, 300, "sampling");
  const std::string spec = "xgboost:n_estimators=15,subsample=0.6,colsample_bytree=0.5";
  const Matrix first = fit_proba(spec, d, 3, {}, "seed-1");
  CHECK((fit_proba(spec, d, 3, {}, "seed-2") - first).cwiseAbs().maxCoeff() > 1e-6);
  std::vector<Matrix> parallel(6);
  auto seed = [](int i) { return i % 2 ? "seed-1" : "seed-2"; };
  tbb::parallel_for(0, 6, [&](int i) { parallel[static_cast<std::size_t>(i)] = fit_proba(spec, d, 3, {}, seed(i)); });
  for (int i = 0; i < 6; ++i) CHECK(parallel[static_cast<std::size_t>(i)] == fit_proba(spec, d, 3, {}, seed(i)));
  CHECK(parallel[1] == first);
}

TEST_CASE("xgboost_regressor fits a noisy sine with high R2; sample weights move the fit") {
  RandomStream rng = RandomStream::keyed("xgboost-sine");
  auto sample = [&](std::size_t n, Matrix& X, std::vector<double>& y) {
    X.resize(static_cast<Eigen::Index>(n), 2);
    y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto r = static_cast<Eigen::Index>(i);
      X(r, 0) = 6 * rng.uniform() - 3;
      X(r, 1) = rng.normal();
      y[i] = 3 * std::sin(2 * X(r, 0)) + 0.5 * X(r, 1) + 0.2 * rng.normal();
    }
  };
  Matrix X, X_test;
  std::vector<double> y, y_test;
  sample(600, X, y);
  sample(300, X_test, y_test);
  auto model = make_regressor("xgboost_regressor:n_estimators=200,max_depth=4,learning_rate=0.1");
  RandomStream fit_rng = RandomStream::keyed("fit");
  model->fit({X, y}, {}, fit_rng);
  CHECK(r2(y_test, model->predict(X_test)) > 0.95);

  // Two groups at the same inputs: targets 0 and 10. Weighing the second 3:1 moves predictions to 7.5.
  Matrix Xg(400, 1);
  std::vector<double> yg(400);
  Weights wg(400);
  for (std::size_t i = 0; i < 400; ++i) {
    Xg(static_cast<Eigen::Index>(i), 0) = static_cast<double>(i / 2);
    yg[i] = i % 2 ? 10.0 : 0.0;
    wg[i] = i % 2 ? 3.0 : 1.0;
  }
  auto weighted = make_regressor("xgboost_regressor:n_estimators=50");
  weighted->fit({Xg, yg}, wg, fit_rng);
  for (double v : weighted->predict(Xg)) CHECK(v == doctest::Approx(7.5).epsilon(1e-4));
  auto unweighted = make_regressor("xgboost_regressor:n_estimators=50");
  unweighted->fit({Xg, yg}, {}, fit_rng);
  for (double v : unweighted->predict(Xg)) CHECK(v == doctest::Approx(5.0).epsilon(1e-4));
}

TEST_CASE("xgboost models reject bad parameters and input with messages naming them") {
  CHECK_THROWS_WITH_AS(classifier("xgboost:learning_rate=0"), doctest::Contains("'learning_rate'"), Error);
  CHECK_THROWS_WITH_AS(classifier("xgboost:subsample=1.5"), doctest::Contains("'subsample'"), Error);
  CHECK_THROWS_WITH_AS(classifier("xgboost:tree_method=gpu_hist"), doctest::Contains("'tree_method'"), Error);
  CHECK_THROWS_WITH_AS(classifier("xgboost:max_bin=1"), doctest::Contains("'max_bin'"), Error);
  CHECK_THROWS_WITH_AS(classifier("xgboost:loss=hinge"), doctest::Contains("loss"), Error);
  CHECK_THROWS_WITH_AS(make_regressor("xgboost_regressor:max_depth=0"), doctest::Contains("'max_depth'"), Error);

  auto model = classifier("xgboost");
  CHECK_THROWS_WITH_AS(model->predict_proba(Matrix::Zero(2, 2)), doctest::Contains("before fit"), Error);
  Matrix X = Matrix::Zero(3, 2);
  Labels y = {0, 1, 1};
  RandomStream rng = RandomStream::keyed("errors");
  CHECK_THROWS_WITH_AS(model->fit({X, y, 2}, {1, -1, 1}, rng), doctest::Contains("sample weight of row 1"), Error);
  auto reg = make_regressor("xgboost_regressor");
  const std::vector<double> target = {1.0, std::nan(""), 2.0};
  CHECK_THROWS_WITH_AS(reg->fit({X, target}, {}, rng), doctest::Contains("target of row 1"), Error);
  const std::vector<double> short_target = {1.0, 2.0};
  CHECK_THROWS_WITH_AS(reg->fit({X, short_target}, {}, rng), doctest::Contains("y has 2 targets"), Error);
}
