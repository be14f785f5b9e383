#include <doctest/doctest.h>
#include <tbb/parallel_for.h>

#include <string>
#include <vector>

#include "algorithms/model/svm/svm.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> make_svm(const std::string& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
}

std::unique_ptr<Classifier> fitted(const std::string& spec, const Matrix& X, const Labels& y, int n_classes,
                                   const std::string& seed = "svm") {
  auto model = make_svm(spec);
  RandomStream rng = RandomStream::keyed("svm-fit", seed);
  model->fit({X, y, n_classes}, {}, rng);
  return model;
}

double accuracy(const Matrix& proba, const Labels& y) {
  std::size_t correct = 0;
  for (Eigen::Index i = 0; i < proba.rows(); ++i) {
    Eigen::Index best;
    proba.row(i).maxCoeff(&best);
    correct += static_cast<int>(best) == y[static_cast<std::size_t>(i)];
  }
  return static_cast<double>(correct) / static_cast<double>(proba.rows());
}

}  // namespace

TEST_CASE("svm decision values equal scikit-learn SVC's (same libsvm) for every kernel, 2 and 3 classes") {
  // kernel:C:gamma:degree:coef0:class_weight, as models_svm.py reads them.
  const std::vector<std::string> configs = {"rbf:1:scale:3:0:none", "rbf:10:auto:3:0:balanced",
                                            "linear:0.5:scale:3:0:none", "poly:0.5:0.2:3:1:balanced",
                                            "sigmoid:1:0.05:3:-0.5:none"};
  const std::string dir = oracle::temp_dir();
  std::vector<std::string> args = {dir};
  args.insert(args.end(), configs.begin(), configs.end());
  oracle::run_python("scripts/oracles/models_svm.py", args);
  for (const std::string n : {"2", "3"})
    for (std::size_t c = 0; c < configs.size(); ++c) {
      CAPTURE(n);
      CAPTURE(configs[c]);
      std::vector<std::string> f;
      for (std::size_t start = 0, end; start <= configs[c].size(); start = end + 1) {
        end = configs[c].find(':', start);
        if (end == std::string::npos) end = configs[c].size();
        f.push_back(configs[c].substr(start, end - start));
      }
      const std::string spec = "svm:kernel=" + f[0] + ",C=" + f[1] + ",gamma=" + f[2] + ",degree=" + f[3] +
                               ",coef0=" + f[4] + ",class_weight=" + f[5];
      auto model = fitted(spec, oracle::read_csv(dir + "/X_train_" + n + ".csv"),
                          oracle::read_labels(dir + "/y_train_" + n + ".txt"), std::stoi(n));
      Matrix ours = dynamic_cast<SupportVectorClassifier&>(*model).decision_values(
          oracle::read_csv(dir + "/X_test_" + n + ".csv"));
      if (n == "2") ours = -ours;  // scikit-learn's binary decision value is positive for class 1
      const Matrix expected = oracle::read_csv(dir + "/decision_" + n + "_" + std::to_string(c) + ".csv");
      REQUIRE(ours.rows() == expected.rows());
      REQUIRE(ours.cols() == expected.cols());
      CHECK((ours - expected).cwiseAbs().maxCoeff() < 1e-6 * std::max(1.0, expected.cwiseAbs().maxCoeff()));
    }
}

TEST_CASE("svm separates separable data, learns XOR with the rbf kernel and not with the linear one") {
  RandomStream rng = RandomStream::keyed("svm-xor");
  Matrix X(200, 2);
  Labels separable(200), xor_labels(200);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    X(i, 0) = 2 * rng.uniform() - 1;
    X(i, 1) = 2 * rng.uniform() - 1;
    separable[static_cast<std::size_t>(i)] = X(i, 0) + X(i, 1) > 0;
    X(i, 0) += separable[static_cast<std::size_t>(i)] ? 0.1 : -0.1;  // a margin between the classes
    xor_labels[static_cast<std::size_t>(i)] = (X(i, 0) > 0) != (X(i, 1) > 0);
  }
  CHECK(accuracy(fitted("svm:kernel=linear,C=100", X, separable, 2)->predict_proba(X), separable) == 1.0);
  CHECK(accuracy(fitted("svm:C=100", X, xor_labels, 2)->predict_proba(X), xor_labels) >= 0.97);
  CHECK(accuracy(fitted("svm:kernel=linear", X, xor_labels, 2)->predict_proba(X), xor_labels) < 0.75);
}

TEST_CASE("svm probabilities: rows sum to one, absent classes get 0, seed-determined on any thread") {
  RandomStream rng = RandomStream::keyed("svm-proba");
  Matrix X(150, 3);
  Labels y(150);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const int label = i % 5 == 0 ? 3 : (i % 3 == 0 ? 1 : 0);  // class 2 absent
    for (Eigen::Index j = 0; j < 3; ++j) X(i, j) = rng.normal() + (j == label ? 1.0 : 0.0);
    y[static_cast<std::size_t>(i)] = label;
  }
  const Matrix first = fitted("svm", X, y, 4, "a")->predict_proba(X);
  REQUIRE(first.cols() == 4);
  for (Eigen::Index i = 0; i < first.rows(); ++i) CHECK(first.row(i).sum() == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(first.col(2).cwiseAbs().maxCoeff() == 0.0);
  std::vector<Matrix> parallel(6);
  tbb::parallel_for(0, 6, [&](int i) {
    parallel[static_cast<std::size_t>(i)] = fitted("svm", X, y, 4, i % 2 ? "a" : "b")->predict_proba(X);
  });
  for (int i = 1; i < 6; i += 2) CHECK(parallel[static_cast<std::size_t>(i)] == first);
  CHECK(parallel[0] == parallel[2]);
  // Platt's cross-validation folds follow the seed.
  CHECK((parallel[0] - first).cwiseAbs().maxCoeff() > 0);
  Labels one_class(150, 1);
  CHECK(fitted("svm", X, one_class, 2)->predict_proba(X).col(1).minCoeff() == 1.0);
}

TEST_CASE("svm class_weight=balanced raises minority recall") {
  RandomStream rng = RandomStream::keyed("svm-balanced");
  Matrix X(300, 2);
  Labels y(300);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const int label = i % 10 == 0;
    X(i, 0) = rng.normal() + (label ? 1.0 : 0.0);
    X(i, 1) = rng.normal();
    y[static_cast<std::size_t>(i)] = label;
  }
  auto recall = [&](const std::string& spec) {
    Matrix d = dynamic_cast<SupportVectorClassifier&>(*fitted(spec, X, y, 2)).decision_values(X);
    double hits = 0;
    for (Eigen::Index i = 0; i < X.rows(); ++i) hits += y[static_cast<std::size_t>(i)] == 1 && d(i, 0) < 0;
    return hits / 30.0;
  };
  CHECK(recall("svm:class_weight=balanced") > recall("svm") + 0.3);
}

TEST_CASE("svm rejects bad parameters and unequal sample weights with messages naming them") {
  CHECK_THROWS_WITH_AS(make_svm("svm:gamma=-1"), doctest::Contains("'gamma'"), Error);
  CHECK_THROWS_WITH_AS(make_svm("svm:gamma=big"), doctest::Contains("'gamma'"), Error);
  CHECK_THROWS_WITH_AS(make_svm("svm:C=0"), doctest::Contains("'C'"), Error);
  CHECK_THROWS_WITH_AS(make_svm("svm:kernel=cubic"), doctest::Contains("'kernel'"), Error);
  CHECK_THROWS_WITH_AS(make_svm("svm:degree=0"), doctest::Contains("'degree'"), Error);
  CHECK_THROWS_WITH_AS(make_svm("svm:class_weight=inverse"), doctest::Contains("'class_weight'"), Error);
  CHECK(Registry::instance().canonicalize(Kind::Model, parse_spec("svm:gamma=0.50")).params.at("gamma") == "0.5");
  auto model = make_svm("svm");
  Matrix X = Matrix::Zero(4, 1);
  X(1, 0) = X(3, 0) = 1;
  Labels y = {0, 1, 0, 1};
  RandomStream rng = RandomStream::keyed("svm-errors");
  CHECK_THROWS_WITH_AS(model->predict_proba(X), doctest::Contains("before fit"), Error);
  CHECK_THROWS_WITH_AS(model->fit({X, y, 2}, {1, 2, 1, 1}, rng), doctest::Contains("sample weights"), Error);
  model->fit({X, y, 2}, {1, 1, 1, 1}, rng);  // equal weights change nothing
  CHECK(model->predict_proba(X).rows() == 4);
}
