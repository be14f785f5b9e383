#include <doctest/doctest.h>

#include <cmath>

#include "core/error.hpp"
#include "core/registry.hpp"

using namespace imbench;

namespace {
Weights weights_for(const std::string& spec, const Labels& y, int n_classes) {
  auto built = Registry::instance().build<Weighting>(Kind::Weight, parse_spec(spec));
  Matrix X = Matrix::Zero(static_cast<Eigen::Index>(y.size()), 1);
  return built.plugin->weights({X, y, n_classes});
}
}  // namespace

TEST_CASE("effective_number weights follow Cui et al. and sum to the number of classes") {
  Labels y;
  y.insert(y.end(), 1000, 0);
  y.insert(y.end(), 10, 1);
  y.insert(y.end(), 100, 2);
  const double beta = 0.999;
  Weights w = weights_for("effective_number", y, 3);  // beta defaults to 0.999
  double raw[3];
  const int sizes[3] = {1000, 10, 100};
  for (int c = 0; c < 3; ++c) raw[c] = (1 - beta) / (1 - std::pow(beta, sizes[c]));
  const double scale = 3 / (raw[0] + raw[1] + raw[2]);
  CHECK(w[0] == doctest::Approx(raw[0] * scale).epsilon(1e-12));
  CHECK(w[1000] == doctest::Approx(raw[1] * scale).epsilon(1e-12));
  CHECK(w[1010] == doctest::Approx(raw[2] * scale).epsilon(1e-12));
  CHECK(w[0] + w[1000] + w[1010] == doctest::Approx(3.0));
  CHECK(w[1000] > w[1010]);
  CHECK(w[1010] > w[0]);
}

TEST_CASE("effective_number limits: beta 0 is uniform, beta near 1 is inverse frequency") {
  Labels y = {0, 0, 0, 1};
  for (double w : weights_for("effective_number:beta=0", y, 2)) CHECK(w == 1.0);
  Weights near_one = weights_for("effective_number:beta=0.999999999", y, 2);
  CHECK(near_one[3] / near_one[0] == doctest::Approx(3.0).epsilon(1e-6));
  CHECK_THROWS_WITH_AS(weights_for("effective_number:beta=1", y, 2), doctest::Contains("'beta'"), Error);
}
