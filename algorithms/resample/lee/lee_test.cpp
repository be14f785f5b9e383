#include <doctest/doctest.h>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;
using variants_test::step_on_segment;

namespace {

// Fraction of the k nearest input rows of `s` (full sort) whose label is not `cls`.
double foreign_fraction(const test_data::Labelled& d, const Eigen::RowVectorXd& s, int cls, std::size_t k) {
  std::size_t foreign = 0;
  for (Eigen::Index j : nearest(d.X, s, -1, k)) foreign += d.y[static_cast<std::size_t>(j)] != cls;
  return static_cast<double>(foreign) / static_cast<double>(k);
}

// True when `s` lies on a segment from a class row to one of its k nearest class rows.
bool on_knn_segment(const Matrix& X_c, const Eigen::RowVectorXd& s, std::size_t k) {
  for (Eigen::Index p = 0; p < X_c.rows(); ++p)
    for (Eigen::Index n : nearest(X_c, X_c.row(p), p, k))
      if (auto u = step_on_segment(X_c.row(p), X_c.row(n), s); u && *u >= 0.0 && *u < 1.0) return true;
  return false;
}

}  // namespace

TEST_CASE("lee: every new row is on a kNN segment and has fewer than rejection_level foreign neighbours") {
  // Overlapping blobs: plain SMOTE puts some rows where most neighbours are foreign; lee must not.
  test_data::Labelled d = test_data::blobs({200, 40, 30}, 2, RandomStream::keyed("lee-overlap"));
  for (double level : {0.5, 0.3}) {
    CAPTURE(level);
    Resampled r = run("lee:k_neighbors=4,rejection_level=" + std::to_string(level), d, "lee-run");
    REQUIRE(r.X.rows() == 600);
    CHECK(r.n_synthetic == 160 + 170);
    CHECK(r.X.topRows(270) == d.X);
    for (int cls : {1, 2}) {
      const Matrix X_c = take_rows(d.X, rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)]);
      for (Eigen::Index i = 270; i < r.X.rows(); ++i) {
        if (r.y[static_cast<std::size_t>(i)] != cls) continue;
        INFO("class " << cls << " new row " << i);
        CHECK(on_knn_segment(X_c, r.X.row(i), 4));
        CHECK(foreign_fraction(d, r.X.row(i), cls, 4) < level);
      }
    }
  }
  Resampled plain = run("smote:k_neighbors=4", d, "lee-run");
  int would_be_rejected = 0;
  for (Eigen::Index i = 270; i < plain.X.rows(); ++i)
    would_be_rejected += foreign_fraction(d, plain.X.row(i), plain.y[static_cast<std::size_t>(i)], 4) >= 0.5;
  CHECK(would_be_rejected > 10);
}

TEST_CASE("lee: a class buried in another one still ends, the level rising until rows are kept") {
  // Each minority row sits among ten majority rows, so every candidate's 3 nearest rows are foreign.
  test_data::Labelled d{Matrix(66, 1), {}, 2};
  for (Eigen::Index i = 0; i < 6; ++i) {
    d.X(i, 0) = 10.0 * static_cast<double>(i);
    d.y.push_back(1);
  }
  for (Eigen::Index i = 0; i < 60; ++i) {
    d.X(6 + i, 0) = 10.0 * static_cast<double>(i / 10) + 0.01 * static_cast<double>(i % 10 + 1) * (i % 2 ? 1 : -1);
    d.y.push_back(0);
  }
  Resampled r = run("lee:k_neighbors=2", d, "lee-buried");
  REQUIRE(r.X.rows() == 120);
  const Matrix X_c = d.X.topRows(6);
  for (Eigen::Index i = 66; i < 120; ++i) CHECK(on_knn_segment(X_c, r.X.row(i), 2));
}

TEST_CASE("lee: class counts for the strategy forms") {
  test_data::Labelled d = variants_test::separated({90, 30, 12}, 8.0, "lee-counts");
  CHECK(test_data::describe_counts(run("lee", d, "c").y, 3) == "0:90 1:90 2:90");
  CHECK(test_data::describe_counts(run("lee:sampling_strategy=not_minority", d, "c").y, 3) == "0:90 1:90 2:12");
  CHECK(test_data::describe_counts(run("lee:sampling_strategy={2:40}", d, "c").y, 3) == "0:90 1:30 2:40");
}

TEST_CASE("lee: deterministic for a stream and thread count, fresh on the next call") {
  test_data::Labelled d = test_data::blobs({3000, 300, 100}, 3, RandomStream::keyed("lee-det"));
  test_data::check_thread_determinism(*test_data::resampler("lee"), d.view(), true);
}

TEST_CASE("lee: bad parameters and small classes are errors naming the parameter") {
  CHECK_THROWS_WITH_AS(test_data::resampler("lee:rejection_level=0"), doctest::Contains("rejection_level"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lee:rejection_level=1.5"), doctest::Contains("rejection_level"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lee:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  test_data::Labelled d = test_data::blobs({50, 4}, 2, RandomStream::keyed("lee-small"));
  CHECK_THROWS_WITH_AS(run("lee", d, "x"), doctest::Contains("lee: class 1 has 4 samples, but k_neighbors=5"), Error);
}
