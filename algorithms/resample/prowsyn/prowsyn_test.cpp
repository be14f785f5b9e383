#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;
using variants_test::step_on_segment;

namespace {

// Proximity levels (sets of class-row positions) by full sorts, as the paper defines them.
std::vector<std::set<Eigen::Index>> levels_by_sort(const test_data::Labelled& d, int cls, std::size_t k,
                                                   std::size_t n_levels) {
  const Indices class_rows = rows_by_class(d.y, d.n_classes)[static_cast<std::size_t>(cls)];
  std::set<Eigen::Index> remaining;
  for (std::size_t i = 0; i < class_rows.size(); ++i) remaining.insert(static_cast<Eigen::Index>(i));
  std::vector<std::set<Eigen::Index>> levels;
  for (std::size_t level = 1; level < n_levels && !remaining.empty(); ++level) {
    std::vector<Eigen::Index> left(remaining.begin(), remaining.end());
    Matrix X_left(static_cast<Eigen::Index>(left.size()), d.X.cols());
    for (std::size_t i = 0; i < left.size(); ++i)
      X_left.row(static_cast<Eigen::Index>(i)) =
          d.X.row(static_cast<Eigen::Index>(class_rows[static_cast<std::size_t>(left[i])]));
    std::set<Eigen::Index> hit;
    for (std::size_t r = 0; r < d.y.size(); ++r)
      if (d.y[r] != cls)
        for (Eigen::Index j : variants_test::nearest(X_left, d.X.row(static_cast<Eigen::Index>(r)), -1,
                                                     std::min(k, left.size())))
          hit.insert(left[static_cast<std::size_t>(j)]);
    for (Eigen::Index h : hit) remaining.erase(h);
    levels.push_back(hit);
  }
  if (!remaining.empty()) levels.push_back(remaining);
  return levels;
}

// The level whose two distinct rows hold `s` on their segment, or -1.
int level_of(const Matrix& X_c, const std::vector<std::set<Eigen::Index>>& levels, const Eigen::RowVectorXd& s) {
  for (std::size_t l = 0; l < levels.size(); ++l)
    for (Eigen::Index a : levels[l])
      for (Eigen::Index b : levels[l])
        if (a < b)
          if (auto u = step_on_segment(X_c.row(a), X_c.row(b), s); u && *u >= -1e-12 && *u <= 1.0 + 1e-12)
            return static_cast<int>(l);
  return -1;
}

// One feature: minority at 0..5, majority far to the left. With k=2 every majority row's two nearest
// minority rows are 0 and 1, then 2 and 3; levels=3 leaves {4, 5} as level 3.
test_data::Labelled ladder(std::size_t n_majority) {
  test_data::Labelled d{Matrix(static_cast<Eigen::Index>(6 + n_majority), 1), {}, 2};
  for (Eigen::Index i = 0; i < 6; ++i) d.X(i, 0) = static_cast<double>(i);
  for (std::size_t i = 0; i < n_majority; ++i)
    d.X(static_cast<Eigen::Index>(6 + i), 0) = -10.0 - 0.01 * static_cast<double>(i);
  d.y.assign(6, 1);
  d.y.insert(d.y.end(), n_majority, 0);
  return d;
}

}  // namespace

TEST_CASE("prowsyn: hand-checked levels, rows only inside a level, level shares follow exp(-theta (l-1))") {
  test_data::Labelled d = ladder(1000);
  // theta = ln 2: weights 1, 1/2, 1/4, so 4/7, 2/7 and 1/7 of the 994 new rows.
  Resampled r = run("prowsyn:k_neighbors=2,levels=3,theta=0.6931471805599453", d, "prowsyn-ladder");
  REQUIRE(r.X.rows() == 2000);
  CHECK(r.n_synthetic == 994);
  int per_level[3] = {0, 0, 0};
  for (Eigen::Index i = 1006; i < 2000; ++i) {
    const double x = r.X(i, 0);
    INFO("new row " << i << " at " << x);
    REQUIRE(r.y[static_cast<std::size_t>(i)] == 1);
    const int level = x >= 0.0 && x <= 1.0 ? 0 : x >= 2.0 && x <= 3.0 ? 1 : x >= 4.0 && x <= 5.0 ? 2 : -1;
    REQUIRE(level >= 0);
    ++per_level[level];
  }
  const double expected[3] = {994 * 4.0 / 7, 994 * 2.0 / 7, 994 * 1.0 / 7};
  for (int l = 0; l < 3; ++l) {
    const double sd = std::sqrt(expected[l] * (1 - expected[l] / 994));
    CHECK(std::abs(per_level[l] - expected[l]) < 5 * sd);
  }
  CHECK(levels_by_sort(d, 1, 2, 3) == std::vector<std::set<Eigen::Index>>{{0, 1}, {2, 3}, {4, 5}});
}

TEST_CASE("prowsyn: on blobs every new row lies between two rows of one proximity level, multi-class") {
  test_data::Labelled d = test_data::blobs({150, 40, 25}, 3, RandomStream::keyed("prowsyn-blobs"));
  Resampled r = run("prowsyn:k_neighbors=3,levels=4", d, "prowsyn-blobs-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(r.n_synthetic == 110 + 125);
  CHECK(r.X.topRows(215) == d.X);
  for (int cls : {1, 2}) {
    const Matrix X_c = take_rows(d.X, rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)]);
    const auto levels = levels_by_sort(d, cls, 3, 4);
    std::set<int> seen;
    for (Eigen::Index i = 215; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      const int level = level_of(X_c, levels, r.X.row(i));
      INFO("class " << cls << " new row " << i);
      CHECK(level >= 0);
      seen.insert(level);
    }
    CHECK(seen.count(0) == 1);  // the boundary level is always used
  }
}

TEST_CASE("prowsyn: class counts for the strategy forms") {
  test_data::Labelled d = test_data::blobs({80, 30, 12}, 2, RandomStream::keyed("prowsyn-counts"));
  CHECK(test_data::describe_counts(run("prowsyn", d, "c").y, 3) == "0:80 1:80 2:80");
  CHECK(test_data::describe_counts(run("prowsyn:sampling_strategy=minority", d, "c").y, 3) == "0:80 1:30 2:80");
  CHECK(test_data::describe_counts(run("prowsyn:sampling_strategy={1:33}", d, "c").y, 3) == "0:80 1:33 2:12");
  test_data::Labelled binary = test_data::blobs({100, 20}, 2, RandomStream::keyed("prowsyn-ratio"));
  CHECK(test_data::describe_counts(run("prowsyn:sampling_strategy=0.5", binary, "c").y, 2) == "0:100 1:50");
}

TEST_CASE("prowsyn: deterministic for a stream and thread count, fresh on the next call") {
  test_data::Labelled d = test_data::blobs({3000, 200, 100}, 4, RandomStream::keyed("prowsyn-det"));
  test_data::check_thread_determinism(*test_data::resampler("prowsyn"), d.view(), true);
}

TEST_CASE("prowsyn: bad parameters and classes without two rows in a level are errors") {
  CHECK_THROWS_WITH_AS(test_data::resampler("prowsyn:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("prowsyn:levels=0"), doctest::Contains("levels"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("prowsyn:theta=-1"), doctest::Contains("theta"), Error);
  test_data::Labelled one = test_data::blobs({30, 1}, 2, RandomStream::keyed("prowsyn-one"));
  CHECK_THROWS_WITH_AS(run("prowsyn", one, "x"),
                       doctest::Contains("prowsyn: class 1 (1 samples) has no proximity level"), Error);
  // levels=1 puts every class row in one level: any two rows can pair.
  test_data::Labelled two = test_data::blobs({30, 2}, 2, RandomStream::keyed("prowsyn-two"));
  Resampled r = run("prowsyn:levels=1", two, "x");
  CHECK(r.X.rows() == 60);
}
