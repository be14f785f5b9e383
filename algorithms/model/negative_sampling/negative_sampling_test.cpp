#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "algorithms/model/negative_sampling/negative_sampling.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/forest_oracle.hpp"

using namespace imbench;
using imbench::testing::make_classifier;

namespace {

// Rows whose positive probability follows a logistic model with a rare positive class (about 3%).
struct Calibrated {
  Matrix X;
  Labels y;
};
Calibrated logistic_data(std::size_t n, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed("negative-sampling", seed);
  Calibrated d{Matrix(static_cast<Eigen::Index>(n), 3), Labels(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    for (Eigen::Index j = 0; j < 3; ++j) d.X(r, j) = rng.normal();
    const double logit = -4.0 + 1.2 * d.X(r, 0) - 0.8 * d.X(r, 1) + 0.5 * d.X(r, 2);
    d.y[i] = rng.uniform() < 1.0 / (1.0 + std::exp(-logit)) ? 1 : 0;
  }
  return d;
}

double metric(const std::string& name, const Labels& y, const Matrix& proba) {
  Labels predicted(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) predicted[i] = proba(static_cast<Eigen::Index>(i), 1) > 0.5 ? 1 : 0;
  return Registry::instance().build<Metric>(Kind::Metric, parse_spec(name)).plugin->compute({y, predicted, proba, 2, 1});
}

std::unique_ptr<Classifier> fitted(const std::string& spec, const Calibrated& d, std::uint64_t seed = 1) {
  auto model = make_classifier(spec);
  RandomStream rng = RandomStream::keyed("negative-sampling-fit", seed);
  model->fit({d.X, d.y, 2}, {}, rng);
  return model;
}

}  // namespace

TEST_CASE("negative_sampling's correction restores calibration (Brier, log loss) lost to down-sampling") {
  const Calibrated train = logistic_data(20000, 1), test = logistic_data(20000, 2);
  const Matrix full = fitted("logistic_regression", train)->predict_proba(test.X);
  for (const std::string guide : {"uniform", "pilot"}) {
    CAPTURE(guide);
    auto model = fitted("negative_sampling:rate=0.05,guide=" + guide, train);
    auto& sampled = dynamic_cast<NegativeSampling&>(*model);
    const Matrix corrected = model->predict_proba(test.X), raw = sampled.uncorrected_proba(test.X);
    for (const std::string name : {"brier", "log_loss"}) {
      CAPTURE(name);
      const double f = metric(name, test.y, full), c = metric(name, test.y, corrected), r = metric(name, test.y, raw);
      CAPTURE(f);
      CAPTURE(c);
      CAPTURE(r);
      CHECK(c < f * 1.05);  // close to training on every row
      CHECK(r > c * 1.5);   // and far better than the uncorrected model
    }
    // Ranking does not change with a monotone correction.
    CHECK(metric("roc_auc", test.y, corrected) == doctest::Approx(metric("roc_auc", test.y, raw)).epsilon(1e-12));
  }
}

TEST_CASE("negative_sampling keeps every positive and about rate of the negatives, deterministically") {
  const Calibrated d = logistic_data(5000, 3);
  const auto positives = static_cast<std::size_t>(std::count(d.y.begin(), d.y.end(), 1));
  const double negatives = static_cast<double>(d.y.size() - positives);
  auto model = fitted("negative_sampling:rate=0.2", d);
  auto& sampled = dynamic_cast<NegativeSampling&>(*model);
  CHECK(sampled.negative_class() == 0);
  const double kept = static_cast<double>(sampled.kept_negatives());
  CHECK(std::abs(kept - 0.2 * negatives) < 4 * std::sqrt(0.2 * 0.8 * negatives));
  CHECK(model->predict_proba(d.X) == fitted("negative_sampling:rate=0.2", d)->predict_proba(d.X));
  CHECK(model->predict_proba(d.X) != fitted("negative_sampling:rate=0.2", d, 2)->predict_proba(d.X));
  // rate 1 trains on every row and corrects nothing.
  CHECK(fitted("negative_sampling:rate=1", d)->predict_proba(d.X) == fitted("logistic_regression", d)->predict_proba(d.X));
}

TEST_CASE("negative_sampling rejects what it cannot do, naming the parameter") {
  CHECK_THROWS_WITH_AS(make_classifier("negative_sampling:rate=0"), doctest::Contains("rate"), Error);
  CHECK_THROWS_WITH_AS(make_classifier("negative_sampling:guide=pilot,model=balanced_bagging"),
                       doctest::Contains("'guide'"), Error);
  CHECK_THROWS_WITH_AS(make_classifier("negative_sampling:model=forest"), doctest::Contains("model"), Error);
  Matrix X = Matrix::Zero(6, 2);
  Labels y = {0, 1, 2, 0, 1, 2};
  auto model = make_classifier("negative_sampling");
  RandomStream rng = RandomStream::keyed(1);
  CHECK_THROWS_WITH_AS(model->fit({X, y, 3}, {}, rng), doctest::Contains("two-class"), Error);
  CHECK_THROWS_WITH_AS(model->predict_proba(X), doctest::Contains("before fit"), Error);
}
