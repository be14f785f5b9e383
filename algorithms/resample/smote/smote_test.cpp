#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Each row's k nearest other rows, by an independent full sort.
std::vector<std::vector<Eigen::Index>> naive_neighbours(const Matrix& X, std::size_t k) {
  std::vector<std::vector<Eigen::Index>> out(static_cast<std::size_t>(X.rows()));
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    std::vector<std::pair<double, Eigen::Index>> d;
    for (Eigen::Index j = 0; j < X.rows(); ++j)
      if (j != i) d.push_back({(X.row(i) - X.row(j)).squaredNorm(), j});
    std::sort(d.begin(), d.end());
    for (std::size_t m = 0; m < k; ++m) out[static_cast<std::size_t>(i)].push_back(d[m].second);
  }
  return out;
}

// The (seed, neighbour) segment that `s` lies on, if any: s = x + u (nb - x), u in [0, 1).
std::optional<std::pair<Eigen::Index, Eigen::Index>> find_segment(const Matrix& X_c,
                                                                 const std::vector<std::vector<Eigen::Index>>& nn,
                                                                 const Eigen::RowVectorXd& s) {
  for (Eigen::Index seed = 0; seed < X_c.rows(); ++seed)
    for (Eigen::Index nb : nn[static_cast<std::size_t>(seed)]) {
      Eigen::RowVectorXd dir = X_c.row(nb) - X_c.row(seed);
      double u = (s - X_c.row(seed)).dot(dir) / dir.squaredNorm();
      if (u >= 0.0 && u < 1.0 && (X_c.row(seed) + u * dir - s).norm() < 1e-9) return std::pair{seed, nb};
    }
  return std::nullopt;
}

}  // namespace

TEST_CASE("smote: original rows first, new rows per class in class order, every new row on a kNN segment") {
  test_data::Labelled d = test_data::blobs({150, 30, 45}, 4, RandomStream::keyed("smote-property"));
  Resampled r = run("smote:k_neighbors=4", d, "smote-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(r.n_synthetic == 120 + 105);
  CHECK(r.X.topRows(225) == d.X);
  CHECK(std::equal(d.y.begin(), d.y.end(), r.y.begin()));
  CHECK(std::all_of(r.y.begin() + 225, r.y.begin() + 345, [](int c) { return c == 1; }));
  CHECK(std::all_of(r.y.begin() + 345, r.y.end(), [](int c) { return c == 2; }));

  const std::vector<Indices> rows = rows_by_class(d.y, 3);
  for (int cls : {1, 2}) {
    Matrix X_c = take_rows(d.X, rows[static_cast<std::size_t>(cls)]);
    auto nn = naive_neighbours(X_c, 4);
    for (Eigen::Index i = 225; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      INFO("synthetic row " << i << " of class " << cls);
      CHECK(find_segment(X_c, nn, r.X.row(i)).has_value());
    }
  }
}

TEST_CASE("smote: (seed, neighbour) pairs are drawn uniformly") {
  // 10 seeds x 2 neighbours = 20 ordered pairs, 10000 draws: about 500 per pair (sd ~22). The
  // segments of (a, b) and (b, a) coincide, so counts are per segment: 500 x its ordered pairs.
  test_data::Labelled d = test_data::blobs({10010, 10}, 5, RandomStream::keyed("smote-uniform"));
  Resampled r = run("smote:k_neighbors=2", d, "smote-uniform-run");
  Matrix X_c = take_rows(d.X, rows_by_class(d.y, 2)[1]);
  auto nn = naive_neighbours(X_c, 2);
  using Segment = std::pair<Eigen::Index, Eigen::Index>;
  auto unordered = [](Segment s) { return Segment{std::min(s.first, s.second), std::max(s.first, s.second)}; };
  std::map<Segment, int> pairs_per_segment, hits;
  for (Eigen::Index seed = 0; seed < X_c.rows(); ++seed)
    for (Eigen::Index nb : nn[static_cast<std::size_t>(seed)]) ++pairs_per_segment[unordered({seed, nb})];
  for (Eigen::Index i = d.X.rows(); i < r.X.rows(); ++i) {
    auto seg = find_segment(X_c, nn, r.X.row(i));
    REQUIRE(seg.has_value());
    ++hits[unordered(*seg)];
  }
  CHECK(hits.size() == pairs_per_segment.size());
  for (const auto& [segment, n] : hits) {
    const int expected = 500 * pairs_per_segment[segment];
    CHECK(std::abs(n - expected) < 5 * 22 * pairs_per_segment[segment]);
  }
}

TEST_CASE("smote: exact duplicate minority rows are each other's nearest neighbours") {
  test_data::Labelled d = test_data::blobs({40, 6}, 2, RandomStream::keyed("smote-dups"));
  Indices minority = rows_by_class(d.y, 2)[1];
  d.X.row(static_cast<Eigen::Index>(minority[1])) = d.X.row(static_cast<Eigen::Index>(minority[0]));
  Resampled r = run("smote:k_neighbors=1", d, "smote-dups-run");
  // With k=1 rows 0 and 1 (twins) are each other's neighbour: their synthetic rows equal them.
  std::size_t exact_twin_copies = 0;
  for (Eigen::Index i = 46; i < r.X.rows(); ++i)
    exact_twin_copies += r.X.row(i) == d.X.row(static_cast<Eigen::Index>(minority[0]));
  CHECK(exact_twin_copies > 0);
  CHECK(r.X.allFinite());
}

TEST_CASE("smote: deterministic for a stream, fresh on the next call, identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({5000, 300, 200}, 6, RandomStream::keyed("smote-threads"));
  test_data::check_thread_determinism(*test_data::resampler("smote"), d.view(), true);
}

TEST_CASE("smote: a class smaller than k_neighbors + 1 is an error naming the class, size and k") {
  test_data::Labelled d = test_data::blobs({50, 5}, 2, RandomStream::keyed("smote-small"));
  CHECK_THROWS_WITH_AS(run("smote", d, "x"),
                       doctest::Contains("smote: class 1 has 5 samples, but k_neighbors=5 needs at least 6"), Error);
  CHECK(run("smote:k_neighbors=4", d, "x").X.rows() == 100);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(run("smote:sampling_strategy=sideways", d, "x"),
                       doctest::Contains("'sampling_strategy' of 'smote': value 'sideways'"), Error);
}
