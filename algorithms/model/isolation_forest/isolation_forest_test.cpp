#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>

#include "algorithms/metric/shared/binary_ranking.hpp"
#include "algorithms/model/isolation_forest/isolation_tree.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "datasets/lib/catalogue.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> fitted(const std::string& spec, const Matrix& X, const Labels& y, const char* key = "if") {
  auto model = Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
  RandomStream rng = RandomStream::keyed(key);
  model->fit({X, y, 2}, {}, rng);
  return model;
}

double roc_auc(const Labels& y, const Matrix& proba, int positive) {
  std::vector<metric::ScoredSample> samples;
  for (std::size_t i = 0; i < y.size(); ++i)
    samples.push_back({proba(static_cast<Eigen::Index>(i), positive), y[i] == positive});
  return metric::roc_auc_of(samples);
}

// A Gaussian cloud of 500 rows (class 0) and 25 far-out rows (class 1).
struct Cloud {
  Matrix X;
  Labels y;
};
Cloud cloud_with_outliers(const std::string& key) {
  RandomStream rng = RandomStream::keyed(key);
  Cloud c{Matrix(525, 3), Labels(525, 0)};
  for (Eigen::Index i = 0; i < 525; ++i) {
    const bool outlier = i >= 500;
    for (Eigen::Index j = 0; j < 3; ++j) c.X(i, j) = outlier ? 6 + 2 * rng.uniform() : rng.normal();
    c.y[static_cast<std::size_t>(i)] = outlier;
  }
  return c;
}

}  // namespace

TEST_CASE("isolation forest path-length normaliser c(n) equals scikit-learn's _average_path_length") {
  CHECK(average_path_length(1) == 0.0);
  CHECK(average_path_length(2) == 1.0);
  CHECK(average_path_length(3) == doctest::Approx(1.207392357589623).epsilon(1e-14));
  CHECK(average_path_length(10) == doctest::Approx(3.7488804844755039).epsilon(1e-14));
  CHECK(average_path_length(256) == doctest::Approx(10.244770920119917).epsilon(1e-14));
}

TEST_CASE("isolation tree: isolates single rows, respects the depth limit, completes leaves with c(n)") {
  Matrix X(4, 1);
  X << 0, 1, 2, 100;
  const std::vector<std::uint32_t> rows = {0, 1, 2, 3};
  const std::vector<int> features = {0};
  RandomStream rng = RandomStream::keyed("tree");
  const IsolationTree stump = IsolationTree::grow(X, rows, features, 1, rng);
  // One split, then leaves: a path is 1 plus c(rows on its side). The threshold lies in [0, 100),
  // so the sides hold 1 and 3 rows, or 2 and 2.
  std::vector<double> h;
  for (Eigen::Index i = 0; i < 4; ++i) h.push_back(stump.path_length(&X(i, 0)));
  std::sort(h.begin(), h.end());
  const double c3 = 1 + average_path_length(3);
  const bool one_three = h == std::vector<double>{1, c3, c3, c3};
  CHECK((one_three || h == std::vector<double>(4, 2.0)));
  // Without a depth limit every row ends alone: a path is a whole number of edges.
  const IsolationTree deep = IsolationTree::grow(X, rows, features, 10, rng);
  for (Eigen::Index i = 0; i < 4; ++i) {
    const double h = deep.path_length(&X(i, 0));
    CHECK(h == std::floor(h));
    CHECK(h >= 1);
  }
  // Constant rows cannot be split: one leaf completed with c(4).
  const Matrix same = Matrix::Constant(4, 2, 3.0);
  const std::vector<int> both = {0, 1};
  CHECK(IsolationTree::grow(same, rows, both, 10, rng).path_length(same.data()) == average_path_length(4));
}

TEST_CASE("isolation_forest on mammography scores a ROC AUC like scikit-learn's IsolationForest") {
  const Dataset data = load_dataset("mammography");
  // Even rows train, odd rows test; y_test marks the positive (minority) class with 1.
  const Eigen::Index n = data.X.rows();
  Matrix X_train((n + 1) / 2, data.X.cols()), X_test(n / 2, data.X.cols());
  Labels y_train, y_test;
  for (Eigen::Index i = 0; i < n; ++i) {
    const int positive = data.y[static_cast<std::size_t>(i)] == data.positive_class;
    if (i % 2 == 0) {
      X_train.row(i / 2) = data.X.row(i);
      y_train.push_back(positive);
    } else {
      X_test.row(i / 2) = data.X.row(i);
      y_test.push_back(positive);
    }
  }
  const std::string dir = oracle::temp_dir();
  oracle::write_csv(dir + "/X_train.csv", X_train);
  oracle::write_csv(dir + "/X_test.csv", X_test);
  oracle::write_labels(dir + "/y_test.txt", y_test);
  oracle::run_python("scripts/oracles/models_isolation_forest.py", {dir});
  double their_auc = 0, their_sd = 0, their_flagged = 0;
  std::ifstream(dir + "/score.txt") >> their_auc >> their_sd >> their_flagged;
  const int forests = 3;
  double our_auc = 0, our_flagged = 0;
  for (int f = 0; f < forests; ++f) {
    auto model = fitted("isolation_forest", X_train, y_train, ("mammography" + std::to_string(f)).c_str());
    our_auc += roc_auc(y_test, model->predict_proba(X_test), 1) / forests;
    const Matrix train_proba = model->predict_proba(X_train);
    our_flagged += static_cast<double>((train_proba.col(1).array() > 0.5).count()) / X_train.rows() / forests;
  }
  CAPTURE(our_auc);
  CAPTURE(their_auc);
  CAPTURE(their_sd);
  CHECK(our_auc > 0.8);
  CHECK(std::abs(our_auc - their_auc) <= 4 * their_sd * std::sqrt(1.0 / forests + 1.0 / 5) + 0.005);
  // contamination 'auto': the share of training rows above score 0.5 is alike too.
  CAPTURE(our_flagged);
  CAPTURE(their_flagged);
  CHECK(std::abs(our_flagged - their_flagged) <= 0.25 * their_flagged + 0.005);
}

TEST_CASE("isolation_forest: outliers score high, contamination sets the flagged share, labels are not used") {
  const Cloud c = cloud_with_outliers("cloud");
  const Matrix p = fitted("isolation_forest", c.X, c.y)->predict_proba(c.X);
  CHECK(roc_auc(c.y, p, 1) > 0.99);
  for (Eigen::Index i = 0; i < p.rows(); ++i) {
    CHECK(p(i, 0) + p(i, 1) == doctest::Approx(1.0));
    CHECK((p(i, 1) >= 0 && p(i, 1) <= 1));
  }
  // contamination=0.1: a tenth of the training rows lie above probability 0.5.
  const Matrix q = fitted("isolation_forest:contamination=0.1", c.X, c.y)->predict_proba(c.X);
  const auto flagged = (q.col(1).array() > 0.5).count();
  CHECK(std::abs(static_cast<double>(flagged) - 52.5) <= 1.0);
  // The labels only pick the output column: flipping them mirrors the columns.
  Labels flipped(c.y.size());
  std::transform(c.y.begin(), c.y.end(), flipped.begin(), [](int v) { return 1 - v; });
  const Matrix mirrored = fitted("isolation_forest", c.X, flipped)->predict_proba(c.X);
  CHECK(mirrored.col(0) == p.col(1));
  CHECK(fitted("isolation_forest:anomaly_class=0", c.X, c.y)->predict_proba(c.X).col(0) == p.col(1));
}

TEST_CASE("isolation_forest is bit-identical with one thread and with two") {
  const Cloud c = cloud_with_outliers("threads");
  auto run = [&](int threads, const char* key) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    return fitted("isolation_forest:n_trees=40,max_features=0.7", c.X, c.y, key)->predict_proba(c.X);
  };
  const Matrix one = run(1, "a");
  CHECK(one == run(2, "a"));
  CHECK(one != run(2, "b"));
}

TEST_CASE("isolation_forest rejects bad input with messages naming the problem") {
  const Cloud c = cloud_with_outliers("errors");
  auto model = Registry::instance().build<Classifier>(Kind::Model, parse_spec("isolation_forest")).plugin;
  RandomStream rng = RandomStream::keyed("errors");
  CHECK_THROWS_WITH_AS(model->fit({c.X, c.y, 3}, {}, rng), doctest::Contains("binary problem"), Error);
  CHECK_THROWS_WITH_AS(model->predict_proba(c.X), doctest::Contains("before fit"), Error);
  CHECK_THROWS_WITH_AS(fitted("isolation_forest:max_samples=1", c.X, c.y), doctest::Contains("max_samples"), Error);
  CHECK_THROWS_WITH_AS(fitted("isolation_forest:contamination=0.7", c.X, c.y), doctest::Contains("contamination"),
                       Error);
  CHECK_THROWS_WITH_AS(fitted("isolation_forest:anomaly_class=2", c.X, c.y), doctest::Contains("anomaly_class"), Error);
  CHECK_THROWS_WITH_AS(fitted("isolation_forest", c.X, c.y)->predict_proba(Matrix::Zero(1, 2)),
                       doctest::Contains("fitted on 3"), Error);
}
