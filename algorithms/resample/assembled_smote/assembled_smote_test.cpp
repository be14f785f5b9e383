#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "algorithms/resample/assembled_smote/border_clusters.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Two lines of four points, unit steps, far apart: along x at y = 0, and along `second` from (10, 1).
Matrix two_lines(double second_x, double second_y) {
  Matrix points(8, 2);
  for (int i = 0; i < 4; ++i) {
    points.row(i) << i, 0.0;
    points.row(4 + i) << 10.0 + i * second_x, 1.0 + i * second_y;
  }
  return points;
}

// Positions (in X_a) of the k nearest other rows of row `self`, by a full sort (ties to the lower index).
std::vector<Eigen::Index> nearest(const Matrix& X_a, Eigen::Index self, std::size_t k) {
  std::vector<std::pair<double, Eigen::Index>> d;
  for (Eigen::Index j = 0; j < X_a.rows(); ++j)
    if (j != self) d.push_back({(X_a.row(j) - X_a.row(self)).squaredNorm(), j});
  std::sort(d.begin(), d.end());
  std::vector<Eigen::Index> out;
  for (std::size_t m = 0; m < k && m < d.size(); ++m) out.push_back(d[m].second);
  return out;
}

// True when s = x + u (nb - x), u in [0, 1], for a row x of X_c and one of its k nearest rows nb in X_c.
bool on_cluster_segment(const Matrix& X_c, std::size_t k, const Eigen::RowVectorXd& s) {
  for (Eigen::Index x = 0; x < X_c.rows(); ++x)
    for (Eigen::Index nb : nearest(X_c, x, k)) {
      const Eigen::RowVectorXd dir = X_c.row(nb) - X_c.row(x);
      const double u = dir.squaredNorm() > 0.0 ? (s - X_c.row(x)).dot(dir) / dir.squaredNorm() : 0.0;
      if (u >= 0.0 && u <= 1.0 && (X_c.row(x) + u * dir - s).norm() < 1e-9) return true;
    }
  return false;
}

}  // namespace

TEST_CASE("assembled_smote: spanning-tree clusters merge small clusters and aligned ones, cut the rest") {
  // Perpendicular lines: within each line the short edges merge (pop 2); the long edge joins two clusters
  // of 4 whose directions are orthogonal (|cos| 0 <= 0.3), so it is cut.
  const std::vector<Indices> perpendicular = border_clusters(two_lines(0.0, 1.0), 2, 0.3);
  REQUIRE(perpendicular.size() == 2);
  CHECK(perpendicular[0] == Indices{0, 1, 2, 3});
  CHECK(perpendicular[1] == Indices{4, 5, 6, 7});
  // Parallel lines (|cos| 1) merge; so do perpendicular ones when 4 rows are still below pop.
  CHECK(border_clusters(two_lines(1.0, 0.0), 2, 0.3).size() == 1);
  CHECK(border_clusters(two_lines(0.0, 1.0), 5, 0.3).size() == 1);
  // thres 1: no two clusters of pop rows are ever aligned enough; with pop 1 every row stays alone.
  CHECK(border_clusters(two_lines(1.0, 0.0), 2, 1.0).size() >= 2);
  CHECK(border_clusters(two_lines(1.0, 0.0), 1, 1.0).size() == 8);
  CHECK(border_clusters(Matrix(0, 2), 2, 0.3).empty());
}

TEST_CASE("assembled_smote: exact counts; every new row on a segment inside one cluster, shares by size") {
  test_data::Labelled d = test_data::blobs({200, 50, 40}, 2, RandomStream::keyed("as-geometry"));
  const std::size_t k = 4;
  Resampled r = run("assembled_smote:k_neighbors=4", d, "as-geometry-run");
  REQUIRE(r.X.rows() == 600);
  CHECK(r.X.topRows(290) == d.X);
  CHECK(test_data::describe_counts(r.y, 3) == "0:200 1:200 2:200");
  CHECK(r.n_synthetic == 310);
  for (int cls : {1, 2}) {
    // Border rows by a full sort over the whole data: a row of another class among the k nearest.
    Indices border, inner;
    for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
      if (d.y[static_cast<std::size_t>(i)] != cls) continue;
      bool is_border = false;
      for (Eigen::Index j : nearest(d.X, i, k)) is_border |= d.y[static_cast<std::size_t>(j)] != cls;
      (is_border ? border : inner).push_back(static_cast<std::size_t>(i));
    }
    std::vector<Matrix> clusters;
    for (const Indices& c : border_clusters(take_rows(d.X, border), 2, 0.3))
      if (c.size() >= 2) clusters.push_back(take_rows(take_rows(d.X, border), c));
    if (inner.size() >= 2) clusters.push_back(take_rows(d.X, inner));
    REQUIRE(clusters.size() >= 2);
    std::vector<std::size_t> hits(clusters.size(), 0);
    std::size_t n_new = 0, total_size = 0;
    for (const Matrix& c : clusters) total_size += static_cast<std::size_t>(c.rows());
    for (Eigen::Index i = 290; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      ++n_new;
      std::size_t found = clusters.size();
      for (std::size_t c = 0; c < clusters.size() && found == clusters.size(); ++c)
        if (on_cluster_segment(clusters[c], std::min<std::size_t>(k, clusters[c].rows() - 1), r.X.row(i))) found = c;
      INFO("new row " << i << " of class " << cls);
      REQUIRE(found < clusters.size());
      ++hits[found];
    }
    // Rows go to clusters in proportion to their sizes (largest remainder: within one of the exact share).
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      const double share = static_cast<double>(n_new * clusters[c].rows()) / static_cast<double>(total_size);
      CHECK(std::abs(static_cast<double>(hits[c]) - share) < 1.0 + 1e-9);
    }
  }
}

TEST_CASE("assembled_smote: deterministic for a stream, fresh on the next call, identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 200, 150}, 5, RandomStream::keyed("as-threads"));
  test_data::check_thread_determinism(*test_data::resampler("assembled_smote"), d.view(), true);
}

TEST_CASE("assembled_smote: bad parameters are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("assembled_smote:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("assembled_smote:pop=0"), doctest::Contains("pop"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("assembled_smote:thres=1.2"), doctest::Contains("thres"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("assembled_smote:sampling_strategy=sideways"),
                       doctest::Contains("sampling_strategy"), Error);
  // A minority of two far-apart rows, both border, in two clusters of one when pop is 1: nothing to pair.
  test_data::Labelled d{Matrix(8, 1), {0, 0, 0, 1, 0, 0, 0, 1}, 2};
  d.X << 0, 1, 2, 3, 100, 101, 102, 200;
  CHECK_THROWS_WITH_AS(run("assembled_smote:k_neighbors=1,pop=1,thres=1", d, "x"),
                       doctest::Contains("assembled_smote: class 1 has no cluster of two or more rows"), Error);
}
