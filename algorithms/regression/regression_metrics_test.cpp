#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "algorithms/regression/regression_metrics.hpp"
#include "algorithms/regression/sera.hpp"
#include "core/error.hpp"
#include "core/rng.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::regression;

namespace {

struct Case {
  std::vector<double> y_true, y_pred;
};

Case noisy_case(std::size_t n, std::uint64_t seed, double noise) {
  RandomStream rng = RandomStream::keyed("regression_metrics_test", seed);
  Case c;
  for (std::size_t i = 0; i < n; ++i) {
    const double y = std::exp(rng.normal());
    c.y_true.push_back(y);
    c.y_pred.push_back(y + noise * rng.normal());
  }
  return c;
}

}  // namespace

TEST_CASE("MAE, RMSE and R2 match scikit-learn") {
  std::vector<Case> cases{noisy_case(50, 1, 0.3), noisy_case(7, 2, 2.0), noisy_case(400, 3, 0.01),
                          {{2, 2, 2}, {2, 2, 2}}, {{2, 2, 2}, {1, 2, 3}}, {{1, 2, 3}, {3, 2, 1}}};
  const std::string dir = testing::temp_dir();
  std::vector<std::string> args;
  for (std::size_t c = 0; c < cases.size(); ++c) {
    Matrix M(static_cast<Eigen::Index>(cases[c].y_true.size()), 2);
    for (Eigen::Index i = 0; i < M.rows(); ++i) {
      M(i, 0) = cases[c].y_true[static_cast<std::size_t>(i)];
      M(i, 1) = cases[c].y_pred[static_cast<std::size_t>(i)];
    }
    args.push_back(dir + "/case" + std::to_string(c) + ".csv");
    testing::write_csv(args.back(), M);
  }
  std::istringstream out(testing::run_python("scripts/oracles/sklearn_regression_metrics.py", args));
  for (const Case& c : cases) {
    std::string path;
    double mae, rmse, r2;
    REQUIRE(static_cast<bool>(out >> path >> mae >> rmse >> r2));
    CHECK(mean_absolute_error(c.y_true, c.y_pred) == doctest::Approx(mae).epsilon(1e-13));
    CHECK(root_mean_squared_error(c.y_true, c.y_pred) == doctest::Approx(rmse).epsilon(1e-13));
    CHECK(r2_score(c.y_true, c.y_pred) == doctest::Approx(r2).epsilon(1e-12));
  }
}

TEST_CASE("SERA equals the integral of SER_t, computed per case") {
  // SER_t counts case i for every t <= phi_i, so the exact integral over [0, 1] is sum phi_i e_i^2.
  // The trapezoid rule on a grid of step h is within h * SER_0 of it.
  const Case c = noisy_case(300, 4, 0.5);
  const Relevance phi = Relevance::extremes(c.y_true);
  const std::vector<double> rel = phi(c.y_true);
  double exact = 0.0, ser0 = 0.0;
  for (std::size_t i = 0; i < rel.size(); ++i) {
    const double e2 = (c.y_pred[i] - c.y_true[i]) * (c.y_pred[i] - c.y_true[i]);
    exact += rel[i] * e2;
    ser0 += e2;
  }
  const double value = sera(c.y_true, c.y_pred, rel);
  CHECK(std::abs(value - exact) <= 0.001 * ser0);
  CHECK(std::abs(sera(c.y_true, c.y_pred, rel, {1e-5, false}) - exact) <= 1e-5 * ser0);
  CHECK(sera(c.y_true, c.y_pred, rel, {0.001, true}) == doctest::Approx(value / ser0).epsilon(1e-14));

  // The IRon trapezoid itself, written as a plain double loop over the grid and the cases.
  double trapezoid = 0.0, previous = 0.0;
  for (int k = 0; k <= 1000; ++k) {
    const double t = k * 0.001;
    double ser = 0.0;
    for (std::size_t i = 0; i < rel.size(); ++i)
      if (rel[i] >= t) ser += (c.y_pred[i] - c.y_true[i]) * (c.y_pred[i] - c.y_true[i]);
    if (k > 0) trapezoid += 0.001 * (previous + ser) / 2;
    previous = ser;
  }
  CHECK(value == doctest::Approx(trapezoid).epsilon(1e-12));
  CHECK(sera(c.y_true, c.y_true, rel) == 0.0);
  CHECK(sera(c.y_true, c.y_true, rel, {0.001, true}) == 0.0);
}

TEST_CASE("relevance-weighted and rare-region errors") {
  const std::vector<double> y{1, 2, 3, 4}, pred{2, 2, 5, 0}, rel{0, 0.5, 1, 0.25};
  CHECK(relevance_weighted_mae(y, pred, rel) == doctest::Approx((0 + 0 + 2 + 0.25 * 4) / 1.75));
  CHECK(relevance_weighted_rmse(y, pred, rel) == doctest::Approx(std::sqrt((4.0 + 0.25 * 16) / 1.75)));
  CHECK(rare_rmse(y, pred, rel, 0.5) == doctest::Approx(std::sqrt(2.0)));  // cases 2 and 3: errors 0 and 2
  CHECK(std::isnan(rare_rmse(y, pred, std::vector<double>{0, 0, 0, 0})));
}

TEST_CASE("utility-based precision and recall") {
  const Relevance phi({{0, 0, 0}, {10, 1, 0}});  // phi(10) = 1, phi(5) = 0.5, phi(0) = 0
  const UtilityOptions o{0.5, 4.0, 0.5, 1.0};
  // Perfect predictions: U = phi(y), so precision = recall = 1.
  const std::vector<double> y{0, 10, 10, 2};
  const UtilityScores perfect = utility_scores(y, y, phi, o);
  CHECK(perfect.precision == doctest::Approx(1.0));
  CHECK(perfect.recall == doctest::Approx(1.0));
  CHECK(perfect.f == doctest::Approx(1.0));
  // Case 1 predicted 8 (error 2, G = 0.5): phi(8) = 3(0.8)^2 - 2(0.8)^3 = 0.896, U = 0.5 - (0.448 + 0.5) 0.5 = 0.026.
  // Case 2 predicted 0 (G = 1): U = -(0 + 0.5) = -0.5. Case 0 predicted 10 (G = 1): U = -(0.5 + 0) = -0.5.
  const std::vector<double> pred{10, 8, 0, 2};
  const UtilityScores s = utility_scores(y, pred, phi, o);
  CHECK(s.recall == doctest::Approx((1.026 + 0.5) / 4.0));
  CHECK(s.precision == doctest::Approx((0.5 + 1.026) / (2.0 + 1.896)));
  CHECK(s.f == doctest::Approx(2 * s.precision * s.recall / (s.precision + s.recall)));
  CHECK_THROWS_AS(utility_scores(y, pred, phi, {0.5, 0.0, 0.5, 1.0}), Error);
}

TEST_CASE("many, medium and few-shot errors") {
  std::vector<double> train(150, 0.5);     // bin 0: 150 cases (many)
  train.insert(train.end(), 30, 1.5);      // bin 1: 30 (medium)
  train.insert(train.end(), 5, 2.5);       // bin 2: 5 (few)
  const std::vector<double> y{0.7, 1.7, 2.7, 9.0}, pred{0.7, 2.7, 4.7, 6.0};
  const ShotErrors e = shot_errors(train, y, pred, 1.0);
  CHECK(e.many.count == 1);
  CHECK(e.many.mae == 0.0);
  CHECK(e.medium.count == 1);
  CHECK(e.medium.mae == doctest::Approx(1.0));
  CHECK(e.few.count == 2);  // bin 2 and a value beyond the training range
  CHECK(e.few.mae == doctest::Approx(2.5));
  CHECK(e.few.rmse == doctest::Approx(std::sqrt((4.0 + 9.0) / 2)));
}

TEST_CASE("bad input to the regression metrics") {
  const std::vector<double> y{1, 2}, short_pred{1};
  CHECK_THROWS_AS(mean_absolute_error(y, short_pred), Error);
  CHECK_THROWS_AS(root_mean_squared_error(std::vector<double>{}, std::vector<double>{}), Error);
  CHECK_THROWS_AS(r2_score(y, std::vector<double>{1, NAN}), Error);
  CHECK_THROWS_AS(sera(y, y, std::vector<double>{0.5}), Error);
  CHECK_THROWS_AS(sera(y, y, std::vector<double>{0.5, 0.5}, {0.3, false}), Error);
  CHECK_THROWS_AS(shot_errors(y, y, y, 0.0), Error);
}
