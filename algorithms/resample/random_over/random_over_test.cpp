#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;

TEST_CASE("random_over appends real rows of the right class after the input") {
  test_data::Labelled d = test_data::blobs({80, 20, 35}, 3, RandomStream::keyed("ros-rows"));
  RandomStream rng = RandomStream::keyed("ros-run");
  Resampled r = test_data::resampler("random_over")->resample(d.view(), rng);
  REQUIRE(r.X.rows() == 240);
  CHECK(r.n_synthetic == 0);
  CHECK(r.X.topRows(135) == d.X);
  const std::vector<Indices> rows = rows_by_class(d.y, 3);
  for (Eigen::Index i = 135; i < r.X.rows(); ++i) {
    int cls = r.y[static_cast<std::size_t>(i)];
    CHECK(cls == (i < 195 ? 1 : 2));
    CHECK(test_data::is_row_of(take_rows(d.X, rows[static_cast<std::size_t>(cls)]), r.X.row(i)));
  }
  RandomStream again = RandomStream::keyed("ros-run");
  CHECK(test_data::resampler("random_over")->resample(d.view(), again).X == r.X);
}

TEST_CASE("random_over with shrinkage: smoothed bootstrap with the expected mean and variance") {
  // Var of a smoothed-bootstrap row = class variance * (1 + (h lambda)^2).
  const int d_features = 3;
  test_data::Labelled d = test_data::blobs({1000, 200}, d_features, RandomStream::keyed("ros-shrink"));
  const double h = 2.0;
  RandomStream rng = RandomStream::keyed("ros-shrink-run");
  Resampled r = test_data::resampler("random_over:shrinkage=2,sampling_strategy={1:100200}")->resample(d.view(), rng);
  REQUIRE(r.X.rows() == 101200);
  CHECK(r.n_synthetic == 100000);
  Matrix X_c = take_rows(d.X, rows_by_class(d.y, 2)[1]);
  Matrix fresh = r.X.bottomRows(100000);
  const double lambda = std::pow(4.0 / ((d_features + 2) * 1200.0), 1.0 / (d_features + 4));
  for (Eigen::Index j = 0; j < d_features; ++j) {
    double class_mean = X_c.col(j).mean();
    double class_var = (X_c.col(j).array() - class_mean).square().mean();
    double mean = fresh.col(j).mean();
    double var = (fresh.col(j).array() - mean).square().mean();
    CHECK(mean == doctest::Approx(class_mean).epsilon(0.02 * std::sqrt(class_var) / std::abs(class_mean) + 1e-9));
    CHECK(var == doctest::Approx(class_var * (1 + h * h * lambda * lambda)).epsilon(0.03));
    CHECK(var > class_var * (1 + h * h * lambda * lambda / 2));  // the noise is really there
  }
  CHECK_FALSE(test_data::is_row_of(X_c, fresh.row(0)));
  CHECK_THROWS_WITH_AS(test_data::resampler("random_over:shrinkage=-1"), doctest::Contains("shrinkage"), Error);
}
