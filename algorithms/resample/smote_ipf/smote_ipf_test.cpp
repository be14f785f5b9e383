#include <doctest/doctest.h>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// One feature, already balanced (so SMOTE adds nothing): class 0 at 0, 2, ..., 20 and class 1 at 100..109
// plus one class-1 row at 11, inside class 0, stored as row 5.
test_data::Labelled one_noisy_row() {
  test_data::Labelled d{Matrix(22, 1), {}, 2};
  std::vector<std::pair<double, int>> rows;
  for (int i = 0; i <= 10; ++i) rows.push_back({2.0 * i, 0});
  for (int i = 0; i < 10; ++i) rows.push_back({100.0 + i, 1});
  rows.insert(rows.begin() + 5, {11.0, 1});
  for (std::size_t i = 0; i < rows.size(); ++i) {
    d.X(static_cast<Eigen::Index>(i), 0) = rows[i].first;
    d.y.push_back(rows[i].second);
  }
  return d;
}

// True when the rows of `sub` appear in `full` in the same order (with their labels).
bool is_ordered_subset(const Resampled& sub, const Resampled& full) {
  Eigen::Index j = 0;
  for (Eigen::Index i = 0; i < sub.X.rows(); ++i) {
    while (j < full.X.rows() && !(full.X.row(j) == sub.X.row(i) &&
                                  full.y[static_cast<std::size_t>(j)] == sub.y[static_cast<std::size_t>(i)]))
      ++j;
    if (j == full.X.rows()) return false;
    ++j;
  }
  return true;
}

}  // namespace

TEST_CASE("smote_ipf: on a hand-checked case the filter removes exactly the noisy row, and only by majority") {
  // Three partitions, each with at least 3 rows of each class. The two trees that did not see the noisy row split
  // between 20 and 100 and call x=11 class 0; the third isolates 11 and may call a class-0 neighbour (10 or 12)
  // class 1, but that is one vote of three. Majority (2 of 3) removes row 5 only, then three quiet rounds end it.
  const test_data::Labelled d = one_noisy_row();
  Resampled r = run("smote_ipf:partitions=3", d, "ipf-hand");
  REQUIRE(r.X.rows() == 21);
  CHECK(r.n_synthetic == 0);
  Indices all_but_5;
  for (std::size_t i = 0; i < 22; ++i)
    if (i != 5) all_but_5.push_back(i);
  CHECK(r.X == take_rows(d.X, all_but_5));
  CHECK(r.y == take(d.y, all_but_5));
  // Consensus needs all three models to be wrong: the noisy row has only two votes and stays.
  Resampled kept = run("smote_ipf:partitions=3,voting=consensus", d, "ipf-hand");
  CHECK(kept.X == d.X);
  CHECK(kept.y == d.y);
}

TEST_CASE("smote_ipf: the result is SMOTE's output (same stream) with some rows filtered out") {
  test_data::Labelled d = test_data::blobs({300, 60, 40}, 2, RandomStream::keyed("ipf-overlap"));
  Resampled filtered = run("smote_ipf:k_neighbors=4", d, "ipf-run");
  Resampled smoted = run("smote:k_neighbors=4", d, "ipf-run");
  REQUIRE(smoted.X.rows() == 900);
  CHECK(filtered.X.rows() < 900);  // overlapping blobs: the trees disagree with some rows
  CHECK(filtered.X.rows() > 450);
  CHECK(is_ordered_subset(filtered, smoted));
  std::size_t synthetic = 0;
  for (Eigen::Index i = 0; i < filtered.X.rows(); ++i)
    synthetic += !test_data::is_row_of(d.X, filtered.X.row(i));
  CHECK(filtered.n_synthetic == synthetic);
}

TEST_CASE("smote_ipf: exact class counts for the strategy when the classes are far apart") {
  test_data::Labelled d = variants_test::separated({120, 30, 20}, 50.0, "ipf-counts");
  CHECK(test_data::describe_counts(run("smote_ipf", d, "c").y, 3) == "0:120 1:120 2:120");
  CHECK(test_data::describe_counts(run("smote_ipf:sampling_strategy=minority", d, "c").y, 3) == "0:120 1:30 2:120");
  CHECK(test_data::describe_counts(run("smote_ipf:sampling_strategy={1:45,2:21}", d, "c").y, 3) == "0:120 1:45 2:21");
  CHECK(run("smote_ipf", d, "c").n_synthetic == 190);
}

TEST_CASE("smote_ipf: deterministic for a stream and thread count, fresh on the next call") {
  test_data::Labelled d = test_data::blobs({400, 60}, 3, RandomStream::keyed("ipf-det"));
  test_data::check_thread_determinism(*test_data::resampler("smote_ipf"), d.view(), true);
}

TEST_CASE("smote_ipf: bad parameters are errors naming the parameter") {
  for (const char* bad : {"partitions=1", "voting=all", "stop_fraction=2", "stop_rounds=0", "k_neighbors=0"})
    CHECK_THROWS_WITH_AS(test_data::resampler(std::string("smote_ipf:") + bad),
                         doctest::Contains(std::string(bad).substr(0, std::string(bad).find('=')).c_str()), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_ipf:estimator=decision_shrub"), doctest::Contains("estimator"),
                       Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_ipf:sampling_strategy=sideways"),
                       doctest::Contains("sampling_strategy"), Error);
  const test_data::Labelled d = one_noisy_row();
  CHECK_THROWS_WITH_AS(run("smote_ipf:partitions=30", d, "x"), doctest::Contains("partitions=30"), Error);
  // Another model spec works too, braces keeping its parameters together.
  CHECK(run("smote_ipf:partitions=3,estimator={decision_tree:max_depth=3}", d, "x").X.rows() == 21);
}
