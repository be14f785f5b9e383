#include <doctest/doctest.h>

#include <cmath>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;
using variants_test::step_on_segment;

namespace {

// One feature: class 1 is a tight group at 0, 0.1, 0.2 and a loose one at 100, 101, 102; class 0 is far away.
// With min_samples=2 a row's partners are the other two of its group, its core distance is 0.1 (tight) or 1
// (loose), and within max_eps=0.5 it counts 3 (tight) or 1 (loose) rows.
test_data::Labelled two_groups(std::size_t n_majority) {
  test_data::Labelled d{Matrix(static_cast<Eigen::Index>(6 + n_majority), 1), {}, 2};
  const double minority[] = {0.0, 0.1, 0.2, 100.0, 101.0, 102.0};
  for (Eigen::Index i = 0; i < 6; ++i) d.X(i, 0) = minority[i];
  for (std::size_t i = 0; i < n_majority; ++i)
    d.X(static_cast<Eigen::Index>(6 + i), 0) = -1000.0 - 0.01 * static_cast<double>(i);
  d.y.assign(6, 1);
  d.y.insert(d.y.end(), n_majority, 0);
  return d;
}

// Share of class-1 new rows in the loose group; checks every new row stays inside its group.
double loose_share(const Resampled& r, Eigen::Index first_new) {
  int tight = 0, loose = 0;
  for (Eigen::Index i = first_new; i < r.X.rows(); ++i) {
    const double x = r.X(i, 0);
    INFO("new row at " << x);
    CHECK(((x >= 0.0 && x <= 0.2) || (x >= 100.0 && x <= 102.0)));
    (x >= 100.0 ? loose : tight) += 1;
  }
  return static_cast<double>(loose) / static_cast<double>(loose + tight);
}

}  // namespace

TEST_CASE("smobd: seeds are drawn in proportion to the density factor (hand-computed)") {
  test_data::Labelled d = two_groups(2006);  // 2000 new rows
  // eta1 = 1: weight = core distance, 1 per loose row and 0.1 per tight row: 3 / 3.3 of the rows are loose.
  const double share_core = loose_share(run("smobd:min_samples=2,eta1=1,t=1000,max_eps=0.5", d, "smobd-core"), 2012);
  CHECK(std::abs(share_core - 10.0 / 11.0) < 5 * std::sqrt(10.0 / 121.0 / 2000.0));
  // eta1 = 0: weight = rows within max_eps, 3 per tight row and 1 per loose row: 3 / 12 are loose.
  const double share_count = loose_share(run("smobd:min_samples=2,eta1=0,t=1000,max_eps=0.5", d, "smobd-count"), 2012);
  CHECK(std::abs(share_count - 0.25) < 5 * std::sqrt(0.25 * 0.75 / 2000.0));
  // A radius covering both groups counts all six rows everywhere: equal weights.
  const double share_all = loose_share(run("smobd:min_samples=2,eta1=0,t=1000,max_eps=500", d, "smobd-all"), 2012);
  CHECK(std::abs(share_all - 0.5) < 5 * std::sqrt(0.25 / 2000.0));
}

TEST_CASE("smobd: an outlier (core and reachability above t times the mean) seeds no row") {
  test_data::Labelled d = test_data::blobs({2000, 30}, 2, RandomStream::keyed("smobd-outlier"));
  const Indices minority = rows_by_class(d.y, 2)[1];
  const Eigen::Index outlier = static_cast<Eigen::Index>(minority[0]);
  d.X.row(outlier) << 60.0, 60.0;
  auto near_outlier = [&](const Resampled& r) {
    int n = 0;
    for (Eigen::Index i = 2030; i < r.X.rows(); ++i) n += (r.X.row(i) - d.X.row(outlier)).norm() < 30.0;
    return n;
  };
  CHECK(near_outlier(run("smobd", d, "smobd-o")) == 0);
  // Without the filter the outlier has the largest core distance and seeds rows towards the group.
  CHECK(near_outlier(run("smobd:t=1000", d, "smobd-o")) > 0);
}

TEST_CASE("smobd: every new row lies on a segment from a class row to one of its min_samples nearest") {
  test_data::Labelled d = test_data::blobs({150, 40, 25}, 3, RandomStream::keyed("smobd-geometry"));
  Resampled r = run("smobd:min_samples=4,max_eps=1.5", d, "smobd-geometry-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(r.n_synthetic == 235);
  CHECK(r.X.topRows(215) == d.X);
  for (int cls : {1, 2}) {
    const Matrix X_c = take_rows(d.X, rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)]);
    for (Eigen::Index i = 215; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      bool found = false;
      for (Eigen::Index p = 0; p < X_c.rows() && !found; ++p)
        for (Eigen::Index n : nearest(X_c, X_c.row(p), p, 4))
          if (auto u = step_on_segment(X_c.row(p), X_c.row(n), r.X.row(i)); u && *u >= 0.0 && *u < 1.0) found = true;
      INFO("class " << cls << " new row " << i);
      CHECK(found);
    }
  }
}

TEST_CASE("smobd: class counts, determinism across threads and calls") {
  test_data::Labelled d = test_data::blobs({2000, 150, 60}, 3, RandomStream::keyed("smobd-det"));
  CHECK(test_data::describe_counts(run("smobd:sampling_strategy=minority", d, "c").y, 3) == "0:2000 1:150 2:2000");
  CHECK(test_data::describe_counts(run("smobd:sampling_strategy={1:151,2:70}", d, "c").y, 3) == "0:2000 1:151 2:70");
  Resampled one = test_data::check_thread_determinism(*test_data::resampler("smobd"), d.view(), true);
  CHECK(test_data::describe_counts(one.y, 3) == "0:2000 1:2000 2:2000");
}

TEST_CASE("smobd: bad parameters, small classes and all-zero densities are errors") {
  for (const char* bad : {"min_samples=1", "eta1=1.5", "t=-1", "max_eps=0"})
    CHECK_THROWS_WITH_AS(test_data::resampler(std::string("smobd:") + bad),
                         doctest::Contains(std::string(bad).substr(0, std::string(bad).find('=')).c_str()), Error);
  test_data::Labelled d = test_data::blobs({50, 5}, 2, RandomStream::keyed("smobd-small"));
  CHECK_THROWS_WITH_AS(run("smobd", d, "x"), doctest::Contains("smobd: class 1 has 5 samples, but min_samples=5"),
                       Error);
  // Six identical rows: every core distance is 0, so with eta1 = 1 no row has any density.
  for (Eigen::Index i : {0, 1, 2, 3, 4})
    d.X.row(static_cast<Eigen::Index>(rows_by_class(d.y, 2)[1][static_cast<std::size_t>(i)])) << 1.0, 1.0;
  CHECK_THROWS_WITH_AS(run("smobd:min_samples=4,eta1=1", d, "x"), doctest::Contains("density 0"), Error);
  CHECK(run("smobd:min_samples=4", d, "x").X.rows() == 100);
}
