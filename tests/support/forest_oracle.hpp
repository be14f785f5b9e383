// Compares one of our forests with scikit-learn's or imbalanced-learn's on the
// same generated imbalanced split (scripts/oracles/models_forest.py): the mean
// test balanced accuracy of three of ours must lie within four standard errors
// of the mean of six of theirs (their spread stands for ours), plus 0.005.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <memory>
#include <fstream>
#include <string>
#include <vector>

#include "core/registry.hpp"
#include "tests/support/oracle.hpp"

namespace imbench::testing {

inline std::unique_ptr<Classifier> make_classifier(const std::string& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
}

// Two Gaussian classes: class 1 (drawn with probability positive_share) is
// shifted by `shift` on the first two of the `features` features.
struct ShiftedClasses {
  Matrix X;
  Labels y;
};
inline ShiftedClasses shifted_classes(std::size_t n, Eigen::Index features, double positive_share, double shift,
                                      const std::string& key, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed(key, seed);
  ShiftedClasses d{Matrix(static_cast<Eigen::Index>(n), features), Labels(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const int label = rng.uniform() < positive_share ? 1 : 0;
    for (Eigen::Index j = 0; j < features; ++j)
      d.X(static_cast<Eigen::Index>(i), j) = rng.normal() + (j < 2 ? shift * label : 0);
    d.y[i] = label;
  }
  return d;
}

// Mean recall over the classes present in y_true; predictions are the first most probable class.
inline double balanced_accuracy_of(const Labels& y_true, const Matrix& proba) {
  std::vector<double> hits(static_cast<std::size_t>(proba.cols()), 0), totals(hits.size(), 0);
  for (std::size_t i = 0; i < y_true.size(); ++i) {
    Eigen::Index predicted;
    proba.row(static_cast<Eigen::Index>(i)).maxCoeff(&predicted);
    auto c = static_cast<std::size_t>(y_true[i]);
    totals[c] += 1;
    hits[c] += predicted == static_cast<Eigen::Index>(c) ? 1 : 0;
  }
  double sum = 0, present = 0;
  for (std::size_t c = 0; c < hits.size(); ++c)
    if (totals[c] > 0) sum += hits[c] / totals[c], present += 1;
  return sum / present;
}

// `our_spec` is a model spec; `oracle_params` go to models_forest.py as PARAM=VALUE.
inline void check_forest_matches_oracle(const std::string& our_spec, const std::vector<std::string>& oracle_params,
                                        int seed, int n_classes, bool weighted) {
  CAPTURE(our_spec);
  std::string dir = temp_dir();
  std::vector<std::string> args = {dir, std::to_string(seed), std::to_string(n_classes), weighted ? "1" : "0"};
  args.insert(args.end(), oracle_params.begin(), oracle_params.end());
  run_python("scripts/oracles/models_forest.py", args);
  Matrix X = read_csv(dir + "/X_train.csv"), X_test = read_csv(dir + "/X_test.csv");
  Labels y = read_labels(dir + "/y_train.txt"), y_test = read_labels(dir + "/y_test.txt");
  Weights w;
  if (weighted) {
    Matrix m = read_csv(dir + "/w.txt");
    w.assign(m.data(), m.data() + m.size());
  }
  double theirs = 0, their_sd = 0;
  std::ifstream(dir + "/score.txt") >> theirs >> their_sd;

  const int forests = 3;
  double ours = 0;
  for (int f = 0; f < forests; ++f) {
    auto model = make_classifier(our_spec);
    RandomStream rng = RandomStream::keyed("forest-oracle", f);
    model->fit({X, y, n_classes}, w, rng);
    ours += balanced_accuracy_of(y_test, model->predict_proba(X_test)) / forests;
  }
  const double tolerance = 4 * their_sd * std::sqrt(1.0 / forests + 1.0 / 6) + 0.005;
  CAPTURE(ours);
  CAPTURE(theirs);
  CAPTURE(tolerance);
  CHECK(std::abs(ours - theirs) <= tolerance);
}

}  // namespace imbench::testing
