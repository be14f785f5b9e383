#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Rows of X_a sorted by distance to `row` (full sort, ties to the lower index), skipping `self`.
std::vector<Eigen::Index> by_distance(const Matrix& X_a, const Eigen::RowVectorXd& row, Eigen::Index self) {
  std::vector<std::pair<double, Eigen::Index>> d;
  for (Eigen::Index j = 0; j < X_a.rows(); ++j)
    if (j != self) d.push_back({(X_a.row(j) - row).squaredNorm(), j});
  std::sort(d.begin(), d.end());
  std::vector<Eigen::Index> out;
  for (const auto& [dist, j] : d) out.push_back(j);
  return out;
}

// Each centre's allowed surface points under `selection`, from independent full sorts.
std::vector<std::vector<Eigen::RowVectorXd>> allowed_surfaces(const Matrix& X_c, const Matrix& X_other, std::size_t k,
                                                              const std::string& selection) {
  std::vector<std::vector<Eigen::RowVectorXd>> out(static_cast<std::size_t>(X_c.rows()));
  for (Eigen::Index c = 0; c < X_c.rows(); ++c) {
    const Eigen::RowVectorXd centre = X_c.row(c);
    auto& surfaces = out[static_cast<std::size_t>(c)];
    const Eigen::RowVectorXd other = X_other.row(by_distance(X_other, centre, -1).front());
    if (selection == "majority") {
      surfaces.push_back(other);
      continue;
    }
    const std::vector<Eigen::Index> same = by_distance(X_c, centre, c);
    for (std::size_t j = 0; j < k; ++j) {
      Eigen::RowVectorXd s = X_c.row(same[j]);
      if (selection == "combined" && (s - centre).squaredNorm() >= (other - centre).squaredNorm()) s = other;
      surfaces.push_back(s);
    }
  }
  return out;
}

// True when `s` lies in the sphere around `centre` through `surface`, truncated and deformed as the paper says:
// with v = (s - centre) / R split into a along the axis and p across it, a >= t - 1 (t > 0) or a <= t + 1 (t < 0)
// and |p|^2 <= (1 - deformation)^2 (1 - a^2).
bool in_region(const Eigen::RowVectorXd& s, const Eigen::RowVectorXd& centre, const Eigen::RowVectorXd& surface,
               double truncation, double deformation) {
  const double radius = (surface - centre).norm();
  if (radius == 0.0) return s == centre;
  const Eigen::RowVectorXd axis = (surface - centre) / radius, v = (s - centre) / radius;
  const double a = v.dot(axis), eps = 1e-9;
  if (truncation > 0.0 && a < truncation - 1.0 - eps) return false;
  if (truncation < 0.0 && a > truncation + 1.0 + eps) return false;
  const double across = (v - a * axis).squaredNorm();
  return a * a <= 1.0 + eps && across <= (1.0 - deformation) * (1.0 - deformation) * (1.0 - a * a) + eps;
}

// Every new row of class `cls` lies in the region of some centre and one of its allowed surface points.
void check_geometry(const test_data::Labelled& d, const Resampled& r, int cls, std::size_t k, const std::string& selection,
                    double truncation, double deformation) {
  Indices class_rows, other_rows;
  for (std::size_t i = 0; i < d.y.size(); ++i) (d.y[i] == cls ? class_rows : other_rows).push_back(i);
  const Matrix X_c = take_rows(d.X, class_rows), X_other = take_rows(d.X, other_rows);
  const auto surfaces = allowed_surfaces(X_c, X_other, k, selection);
  double mean_depth = 0.0;
  std::size_t n_new = 0;
  for (Eigen::Index i = d.X.rows(); i < r.X.rows(); ++i) {
    if (r.y[static_cast<std::size_t>(i)] != cls) continue;
    const Eigen::RowVectorXd s = r.X.row(i);
    bool found = false;
    for (Eigen::Index c = 0; c < X_c.rows() && !found; ++c)
      for (const Eigen::RowVectorXd& surface : surfaces[static_cast<std::size_t>(c)])
        if (in_region(s, X_c.row(c), surface, truncation, deformation)) {
          found = true;
          mean_depth += (s - X_c.row(c)).norm() / (surface - X_c.row(c)).norm();
          break;
        }
    INFO("new row " << i << " of class " << cls);
    CHECK(found);
    ++n_new;
  }
  // The rows fill the region rather than sitting at the centres.
  CHECK(mean_depth / static_cast<double>(n_new) > 0.4);
}

}  // namespace

TEST_CASE("geometric_smote: input rows first, exact new rows per class in class order") {
  test_data::Labelled d = test_data::blobs({120, 30, 45}, 3, RandomStream::keyed("gs-counts"));
  Resampled r = run("geometric_smote", d, "gs-counts-run");
  REQUIRE(r.X.rows() == 360);
  CHECK(r.n_synthetic == 90 + 75);
  CHECK(r.X.topRows(195) == d.X);
  CHECK(std::count(r.y.begin() + 195, r.y.begin() + 285, 1) == 90);
  CHECK(std::count(r.y.begin() + 285, r.y.end(), 2) == 75);
  Resampled counts = run("geometric_smote:sampling_strategy={1:50,2:60}", d, "gs-counts-run");
  CHECK(test_data::describe_counts(counts.y, 3) == "0:120 1:50 2:60");
  Resampled ratio = run("geometric_smote:sampling_strategy=0.5", test_data::blobs({100, 20}, 2, RandomStream::keyed("gs-r")), "x");
  CHECK(test_data::describe_counts(ratio.y, 2) == "0:100 1:50");
}

TEST_CASE("geometric_smote: every new row lies in its truncated, deformed sphere") {
  test_data::Labelled d = test_data::blobs({150, 25, 30}, 4, RandomStream::keyed("gs-geometry"));
  struct Case {
    std::string selection;
    double truncation, deformation;
  };
  for (const Case& c : {Case{"combined", 1.0, 0.0}, Case{"minority", 0.5, 0.3}, Case{"majority", -1.0, 0.0},
                        Case{"combined", 0.0, 0.6}, Case{"minority", -0.4, 0.0}}) {
    const std::string spec = "geometric_smote:k_neighbors=4,selection_strategy=" + c.selection + ",truncation_factor=" +
                             canonical_number(c.truncation) + ",deformation_factor=" + canonical_number(c.deformation);
    CAPTURE(spec);
    Resampled r = run(spec, d, "gs-geometry-run");
    for (int cls : {1, 2}) check_geometry(d, r, cls, 4, c.selection, c.truncation, c.deformation);
  }
}

TEST_CASE("geometric_smote: deformation 1 with truncation 1 puts every row on a centre-surface segment") {
  test_data::Labelled d = test_data::blobs({80, 20}, 3, RandomStream::keyed("gs-segment"));
  Resampled r = run("geometric_smote:deformation_factor=1,selection_strategy=minority,k_neighbors=3", d, "gs-seg-run");
  const Matrix X_c = take_rows(d.X, rows_by_class(d.y, 2)[1]);
  for (Eigen::Index i = d.X.rows(); i < r.X.rows(); ++i) {
    bool on_segment = false;
    for (Eigen::Index c = 0; c < X_c.rows() && !on_segment; ++c)
      for (Eigen::Index nb : by_distance(X_c, X_c.row(c), c)) {
        const Eigen::RowVectorXd dir = X_c.row(nb) - X_c.row(c);
        const double u = (r.X.row(i) - X_c.row(c)).dot(dir) / dir.squaredNorm();
        if (u >= 0.0 && u <= 1.0 && (X_c.row(c) + u * dir - r.X.row(i)).norm() < 1e-9) on_segment = true;
        if (on_segment) break;
      }
    CHECK(on_segment);
  }
}

TEST_CASE("geometric_smote: deterministic for a stream, fresh on the next call, identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 200, 150}, 5, RandomStream::keyed("gs-threads"));
  auto geometric_smote = test_data::resampler("geometric_smote:truncation_factor=0.3,deformation_factor=0.2");
  test_data::check_thread_determinism(*geometric_smote, d.view(), true);
}

TEST_CASE("geometric_smote: bad parameters and too small classes are errors naming them") {
  test_data::Labelled d = test_data::blobs({50, 5}, 2, RandomStream::keyed("gs-errors"));
  CHECK_THROWS_WITH_AS(test_data::resampler("geometric_smote:truncation_factor=1.5"), doctest::Contains("truncation_factor"),
                       Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("geometric_smote:deformation_factor=-0.1"), doctest::Contains("deformation_factor"),
                       Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("geometric_smote:selection_strategy=nearest"),
                       doctest::Contains("selection_strategy"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("geometric_smote:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(run("geometric_smote", d, "x"), doctest::Contains("geometric_smote: class 1 has 5 samples, but k_neighbors=5"),
                       Error);
  // The majority strategy needs no class neighbours.
  CHECK(run("geometric_smote:selection_strategy=majority", d, "x").X.rows() == 100);
}
