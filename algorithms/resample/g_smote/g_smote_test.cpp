#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;

namespace {

// The principal direction by power iteration on the covariance (independent of the plugin's eigen-solver).
Eigen::RowVectorXd power_direction(const Matrix& X_c) {
  const Matrix centred = X_c.rowwise() - X_c.colwise().mean();
  const Eigen::MatrixXd covariance = centred.transpose() * centred;
  Eigen::VectorXd v = Eigen::VectorXd::LinSpaced(covariance.cols(), 1.0, 2.0).normalized();
  for (int it = 0; it < 2000; ++it) v = (covariance * v).normalized();
  return v.transpose();
}

// Row p's neighbour (among its k nearest by a full sort) whose difference has the largest |cos| with `direction`.
Eigen::Index guided_partner(const Matrix& X_c, Eigen::Index p, std::size_t k, const Eigen::RowVectorXd& direction) {
  Eigen::Index best_row = -1;
  double best = -1.0;
  for (Eigen::Index n : nearest(X_c, X_c.row(p), p, k)) {
    const Eigen::RowVectorXd diff = X_c.row(n) - X_c.row(p);
    const double cosine = std::abs(diff.dot(direction)) / diff.norm();
    if (cosine > best) best = cosine, best_row = n;
  }
  return best_row;
}

// True when every feature of s lies between those of a and b.
bool in_box(const Eigen::RowVectorXd& a, const Eigen::RowVectorXd& b, const Eigen::RowVectorXd& s) {
  for (Eigen::Index j = 0; j < s.size(); ++j)
    if (s[j] < std::min(a[j], b[j]) - 1e-12 || s[j] > std::max(a[j], b[j]) + 1e-12) return false;
  return true;
}

// A 2-d class stretched along the line at 30 degrees, the other class far away.
test_data::Labelled stretched(std::size_t n_min, std::size_t n_maj) {
  test_data::Labelled d{Matrix(static_cast<Eigen::Index>(n_min + n_maj), 2), {}, 2};
  RandomStream rng = RandomStream::keyed("g_smote-stretched");
  const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
  for (std::size_t i = 0; i < n_min + n_maj; ++i) {
    const bool minority = i < n_min;
    const double along = 3.0 * rng.normal(), across = 0.5 * rng.normal();
    const auto r = static_cast<Eigen::Index>(i);
    d.X(r, 0) = along * c - across * s + (minority ? 0.0 : 30.0);
    d.X(r, 1) = along * s + across * c;
    d.y.push_back(minority ? 1 : 0);
  }
  return d;
}

}  // namespace

TEST_CASE("g_smote: every new row lies in the box between a class row and its guided partner") {
  test_data::Labelled d = test_data::blobs({300, 60, 40}, 3, RandomStream::keyed("g_smote-blobs"));
  Resampled r = run("g_smote:k_neighbors=4", d, "g_smote-run");
  REQUIRE(r.X.rows() == 900);
  CHECK(r.n_synthetic == 240 + 260);
  CHECK(r.X.topRows(400) == d.X);
  for (int cls : {1, 2}) {
    const Matrix X_c = take_rows(d.X, rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)]);
    const Eigen::RowVectorXd direction = power_direction(X_c);
    std::vector<Eigen::Index> partner;
    for (Eigen::Index p = 0; p < X_c.rows(); ++p) partner.push_back(guided_partner(X_c, p, 4, direction));
    std::size_t off_segment = 0;
    for (Eigen::Index i = 400; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      INFO("class " << cls << " new row " << i);
      bool inside = false;
      for (Eigen::Index p = 0; p < X_c.rows() && !inside; ++p) {
        inside = in_box(X_c.row(p), X_c.row(partner[static_cast<std::size_t>(p)]), r.X.row(i));
        if (inside && !variants_test::step_on_segment(X_c.row(p), X_c.row(partner[static_cast<std::size_t>(p)]),
                                                      r.X.row(i)))
          ++off_segment;
      }
      CHECK(inside);
    }
    // One uniform step per feature: the rows fill the box, they are not on the segment as SMOTE's are.
    CHECK(off_segment > 200);
  }
}

TEST_CASE("g_smote: partners follow the principal direction, not a row of the eigenvector matrix") {
  // smote_variants takes v[argmax(w)] of numpy's eig, a row of the eigenvector matrix; the paper's principal
  // direction is the column. For a class stretched at 30 degrees the row is the direction at -30 degrees, and
  // the two choose different partners for many rows; new rows must come from the column's partners.
  test_data::Labelled d = stretched(80, 200);
  const Matrix X_c = d.X.topRows(80);
  const Eigen::RowVectorXd direction = power_direction(X_c);
  CHECK(std::abs(std::abs(direction[1] / direction[0]) - std::tan(M_PI / 6)) < 0.1);
  const Eigen::RowVectorXd row_direction(Eigen::RowVector2d(direction[0], -direction[1]));
  std::vector<Eigen::Index> column_partner, row_partner;
  std::size_t differ = 0;
  for (Eigen::Index p = 0; p < 80; ++p) {
    column_partner.push_back(guided_partner(X_c, p, 5, direction));
    row_partner.push_back(guided_partner(X_c, p, 5, row_direction));
    differ += column_partner.back() != row_partner.back();
  }
  REQUIRE(differ > 10);
  Resampled r = run("g_smote", d, "g_smote-guided");
  REQUIRE(r.X.rows() == 400);
  std::size_t only_row_partner = 0;
  for (Eigen::Index i = 280; i < 400; ++i) {
    bool by_column = false, by_row = false;
    for (Eigen::Index p = 0; p < 80; ++p) {
      by_column = by_column || in_box(X_c.row(p), X_c.row(column_partner[static_cast<std::size_t>(p)]), r.X.row(i));
      by_row = by_row || in_box(X_c.row(p), X_c.row(row_partner[static_cast<std::size_t>(p)]), r.X.row(i));
    }
    CHECK(by_column);
    only_row_partner += by_row && !by_column;
  }
  CHECK(only_row_partner == 0);
}

TEST_CASE("g_smote: duplicates, class counts for the strategy forms") {
  // Every row of class 1 doubled: duplicate neighbours have no direction and are never the guided partner.
  test_data::Labelled d = variants_test::separated({90, 15, 12}, 8.0, "g_smote-counts");
  for (Eigen::Index i = 0; i < 117; ++i)
    if (d.y[static_cast<std::size_t>(i)] == 1) {
      d.X.conservativeResize(d.X.rows() + 1, Eigen::NoChange);
      d.X.row(d.X.rows() - 1) = d.X.row(i);
      d.y.push_back(1);
    }
  Resampled r = run("g_smote", d, "c");
  CHECK(test_data::describe_counts(r.y, 3) == "0:90 1:90 2:90");
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(r.X.row(i).allFinite());
  // A duplicate partner would make the box a point: the new row would equal its seed.
  for (Eigen::Index i = d.X.rows(); i < r.X.rows(); ++i)
    if (r.y[static_cast<std::size_t>(i)] == 1) CHECK_FALSE(test_data::is_row_of(d.X, r.X.row(i)));
  CHECK(test_data::describe_counts(run("g_smote:sampling_strategy=not_minority", d, "c").y, 3) == "0:90 1:90 2:12");
  CHECK(test_data::describe_counts(run("g_smote:sampling_strategy={2:40}", d, "c").y, 3) == "0:90 1:30 2:40");
  CHECK(test_data::describe_counts(run("g_smote:sampling_strategy=minority", d, "c").y, 3) == "0:90 1:30 2:90");
}

TEST_CASE("g_smote: deterministic for a stream and thread count, fresh on the next call") {
  test_data::Labelled d = test_data::blobs({5000, 400, 100}, 4, RandomStream::keyed("g_smote-det"));
  test_data::check_thread_determinism(*test_data::resampler("g_smote"), d.view(), true);
}

TEST_CASE("g_smote: small classes and bad parameters are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("g_smote:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  test_data::Labelled d = test_data::blobs({50, 4}, 2, RandomStream::keyed("g_smote-small"));
  CHECK_THROWS_WITH_AS(run("g_smote", d, "x"), doctest::Contains("g_smote: class 1 has 4 samples, but k_neighbors=5"),
                       Error);
}
