#include <doctest/doctest.h>

#include <cmath>
#include <sstream>
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

// The intercept and coefficients of a fitted linear model: its predictions at 0 and at each unit vector.
std::vector<double> linear_terms(const Regressor& model, Eigen::Index d) {
  Matrix points = Matrix::Zero(d + 1, d);
  for (Eigen::Index j = 0; j < d; ++j) points(j + 1, j) = 1.0;
  std::vector<double> at = model.predict(points);
  for (Eigen::Index j = 1; j <= d; ++j) at[static_cast<std::size_t>(j)] -= at[0];
  return at;
}

}  // namespace

TEST_CASE("ridge matches scikit-learn's Ridge and LinearRegression coefficients to 1e-8") {
  const std::string dir = oracle::temp_dir();
  std::istringstream lines(oracle::run_python("scripts/oracles/models_ridge.py", {dir}));
  std::size_t cases = 0;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string data, alpha;
    int fit_intercept = 0, weighted = 0;
    fields >> data >> alpha >> fit_intercept >> weighted;
    std::vector<double> expected;
    for (double v; fields >> v;) expected.push_back(v);
    CAPTURE(line);
    const Matrix X = oracle::read_csv(dir + "/X_" + data + ".csv");
    const std::vector<double> y = flat_values(oracle::read_csv(dir + "/y_" + data + ".csv"));
    const Weights w = weighted ? flat_values(oracle::read_csv(dir + "/w_" + data + ".csv")) : Weights{};
    auto model =
        fit_regressor("ridge:alpha=" + alpha + ",fit_intercept=" + (fit_intercept ? "true" : "false"), X, y, w);
    const std::vector<double> terms = linear_terms(*model, X.cols());
    REQUIRE(terms.size() == expected.size());
    for (std::size_t j = 0; j < terms.size(); ++j) {
      CAPTURE(j);
      CHECK(std::abs(terms[j] - expected[j]) <= 1e-8 * std::max(1.0, std::abs(expected[j])));
    }
    ++cases;
  }
  CHECK(cases == 36);
}

TEST_CASE("ridge on hand numbers: exact lines, shrinkage towards the weighted mean, no intercept") {
  Matrix X(4, 1);
  X << 0, 1, 2, 3;
  const std::vector<double> y = {1, 3, 5, 7};  // y = 2x + 1
  const std::vector<double> line = linear_terms(*fit_regressor("ridge:alpha=0", X, y), 1);
  CHECK(line[0] == doctest::Approx(1.0).epsilon(1e-13));
  CHECK(line[1] == doctest::Approx(2.0).epsilon(1e-13));
  // Closed form for one feature: slope = Sxy / (Sxx + alpha); Sxx = 5, Sxy = 10.
  const std::vector<double> shrunk = linear_terms(*fit_regressor("ridge:alpha=5", X, y), 1);
  CHECK(shrunk[1] == doctest::Approx(1.0).epsilon(1e-13));
  CHECK(shrunk[0] == doctest::Approx(4.0 - 1.5).epsilon(1e-13));  // mean y - slope * mean x
  // A huge penalty leaves the weighted mean of y.
  const std::vector<double> flat = fit_regressor("ridge:alpha=1e12", X, y, {3, 1, 1, 1})->predict(X);
  for (double v : flat) CHECK(v == doctest::Approx((3.0 + 3 + 5 + 7) / 6).epsilon(1e-9));
  // Through the origin: slope = sum(x*y) / sum(x*x) = 34 / 14.
  CHECK(linear_terms(*fit_regressor("ridge:alpha=0,fit_intercept=false", X, y), 1)[1] ==
        doctest::Approx(34.0 / 14).epsilon(1e-13));
}

TEST_CASE("ridge: a weight of 2 equals a duplicated row, a weight of 0 a removed one") {
  RandomStream gen = RandomStream::keyed("ridge-weights");
  Matrix X(30, 3);
  std::vector<double> y(30);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    for (Eigen::Index j = 0; j < X.cols(); ++j) X(i, j) = gen.normal();
    y[static_cast<std::size_t>(i)] = X(i, 0) - 2 * X(i, 2) + gen.normal();
  }
  Weights w(30, 1.0);
  w[4] = 2;
  w[7] = 0;
  Matrix X_dup(30, 3);
  std::vector<double> y_dup;
  Eigen::Index r = 0;
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    for (int copy = 0; copy < static_cast<int>(w[static_cast<std::size_t>(i)]); ++copy) {
      X_dup.row(r++) = X.row(i);
      y_dup.push_back(y[static_cast<std::size_t>(i)]);
    }
  }
  const std::vector<double> weighted = fit_regressor("ridge:alpha=2", X, y, w)->predict(X);
  const std::vector<double> duplicated = fit_regressor("ridge:alpha=2", X_dup, y_dup)->predict(X);
  for (std::size_t i = 0; i < weighted.size(); ++i) CHECK(weighted[i] == doctest::Approx(duplicated[i]).epsilon(1e-12));
}

TEST_CASE("ridge rejects bad input with messages naming the problem") {
  Matrix X(3, 1);
  X << 0, 1, 2;
  CHECK_THROWS_WITH_AS(fit_regressor("ridge:alpha=-1", X, {1, 2, 3}), doctest::Contains("'alpha'"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("ridge", X, {1, 2}), doctest::Contains("y has 2 targets"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("ridge", X, {1, std::nan(""), 3}), doctest::Contains("target of row 1"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("ridge", X, {1, 2, 3}, {1, -1, 1}), doctest::Contains("sample weight of row 1"),
                       Error);
  auto model = make_regressor("ridge");
  CHECK_THROWS_WITH_AS(model->predict(X), doctest::Contains("predict called before fit"), Error);
  CHECK_THROWS_WITH_AS(fit_regressor("ridge", X, {1, 2, 3})->predict(Matrix::Zero(1, 2)),
                       doctest::Contains("fitted on 1"), Error);
}
