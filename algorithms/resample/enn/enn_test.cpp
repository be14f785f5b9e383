#include <doctest/doctest.h>

#include "algorithms/resample/shared/cleaning_oracle.hpp"
#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "algorithms/shared/neighbours/pure_neighbourhoods.hpp"
#include "algorithms/shared/neighbours/tied_classes.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

const std::vector<oracle::Case> kCases = {
    {"enn", "enn auto"},
    {"enn:kind_sel=mode", "enn auto kind_sel=mode"},
    {"enn:n_neighbors=1", "enn auto n_neighbors=1"},
    {"enn:n_neighbors=6,kind_sel=mode", "enn auto n_neighbors=6 kind_sel=mode"},
    {"enn:sampling_strategy=all", "enn all"},
    {"enn:sampling_strategy=majority,n_neighbors=4", "enn majority n_neighbors=4"},
    {"enn:sampling_strategy=not_majority,kind_sel=mode,n_neighbors=4", "enn not_majority kind_sel=mode n_neighbors=4"},
    {"enn:sampling_strategy={1}", "enn {1}"},
};

}  // namespace

TEST_CASE("enn: the same output rows as imblearn on binary, 3-class and ecoli data") {
  SUBCASE("binary") { oracle::check(test_data::blobs({300, 70}, 3, RandomStream::keyed("enn-2")), kCases); }
  SUBCASE("3 classes") {
    std::vector<oracle::Case> cases = kCases;
    cases.push_back({"enn:sampling_strategy={0,2},kind_sel=mode", "enn {0,2} kind_sel=mode"});
    oracle::check(test_data::blobs({200, 50, 120}, 2, RandomStream::keyed("enn-3")), cases);
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), kCases); }
}

TEST_CASE("enn: a hand-made neighbourhood; all vs mode, output grouped by class") {
  // Rows 0-2 are class 0 at -5, 1, 2; rows 3-5 class 1 at 3, 4, 9.
  test_data::Labelled d{Matrix(6, 1), {0, 0, 0, 1, 1, 1}, 2};
  d.X << -5.0, 1.0, 2.0, 3.0, 4.0, 9.0;
  RandomStream rng = RandomStream::keyed("x");
  // all, k=2: row 1's neighbours are rows 2, 3 (classes 0, 1), row 2's rows 1, 3: both go.
  Resampled all = test_data::resampler("enn:n_neighbors=2,sampling_strategy={0}")->resample(d.view(), rng);
  CHECK(all.y == Labels{0, 1, 1, 1});
  CHECK(all.X(0, 0) == -5.0);
  // mode, k=2: a 1-1 tie goes to class 0, so rows 1 and 2 stay; row 0's neighbours {1, 2} agree.
  Resampled mode = test_data::resampler("enn:n_neighbors=2,kind_sel=mode,sampling_strategy={0}")->resample(d.view(), rng);
  CHECK(mode.y == Labels{0, 0, 0, 1, 1, 1});
  // Class 1 under mode, k=2: rows 3 and 4 each see one row of each class; the tie goes to class 0.
  Resampled ones = test_data::resampler("enn:n_neighbors=2,kind_sel=mode,sampling_strategy={1}")->resample(d.view(), rng);
  CHECK(ones.y == Labels{0, 0, 0, 1});
  CHECK(ones.X(3, 0) == 9.0);
}

TEST_CASE("enn: duplicate-heavy data is cleaned sanely") {
  test_data::Labelled d = oracle::duplicate_heavy({250, 80, 60}, "enn-dups");
  RandomStream rng = RandomStream::keyed("x");
  Resampled r = test_data::resampler("enn")->resample(d.view(), rng);
  const auto counts = class_counts(r.y, 3);
  CHECK(counts[2] == 60);  // the minority is not targeted
  CHECK(counts[0] < 250);
  CHECK(std::is_sorted(r.y.begin(), r.y.end()));
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(test_data::is_row_of(d.X, r.X.row(i)));
}

TEST_CASE("enn: identical output with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 400, 300}, 4, RandomStream::keyed("enn-threads"));
  test_data::check_thread_determinism(*test_data::resampler("enn:kind_sel=mode"), d.view(), false);
}

TEST_CASE("enn: bad parameters and too few samples are errors naming the cause") {
  test_data::Labelled d = test_data::blobs({4, 3}, 2, RandomStream::keyed("enn-small"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("enn:n_neighbors=7")->resample(d.view(), rng),
                       doctest::Contains("enn: n_neighbors=7 needs at least 8 samples"), Error);
  CHECK(test_data::resampler("enn:n_neighbors=6")->resample(d.view(), rng).X.rows() <= 7);
  CHECK_THROWS_WITH_AS(test_data::resampler("enn:kind_sel=most"), doctest::Contains("kind_sel"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("enn:n_neighbors=0"), doctest::Contains("n_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("enn:sampling_strategy=0.5")->resample(d.view(), rng),
                       doctest::Contains("sampling_strategy"), Error);
}

TEST_CASE("enn: the stopping rules' minority is the first-appearing class among tied counts") {
  // Classes 1 and 2 tie at 2 rows; 2 appears first, so it is the minority (as collections.Counter).
  const EditingStop stop(Labels{0, 2, 0, 1, 2, 1, 0}, 3);
  CHECK_FALSE(stop.minority_overtaken(Labels{0, 0, 1, 1, 2}));  // class 2 may shrink below 2
  CHECK(stop.minority_overtaken(Labels{0, 0, 1, 2, 2}));        // class 1 may not
  CHECK_FALSE(stop.minority_overtaken(Labels{0, 0, 1, 1}));
  CHECK(stop.class_vanished(Labels{0, 0, 1, 1}));
  CHECK_FALSE(stop.class_vanished(Labels{0, 1, 2}));
  // Had class 1 appeared first, it would be the minority and class 2 might not shrink.
  const EditingStop other(Labels{0, 1, 0, 2, 1, 2, 0}, 3);
  CHECK(other.minority_overtaken(Labels{0, 0, 1, 1, 2}));
  CHECK_FALSE(other.minority_overtaken(Labels{0, 0, 1, 2, 2}));
}

TEST_CASE("enn: rows proven pure skip the full search, and the result equals the plain pass (ties, duplicates)") {
  // 4600 class-0 rows: enough for edit_once to prove rows pure with its default leaf size.
  const test_data::TiedClasses d = test_data::tied_classes(4600, 400, RandomStream::keyed("enn-pure"));
  const std::vector<Indices> rows = rows_by_class(d.y, 2);
  ExactNeighbours search;
  search.fit(d.X);
  for (NeighbourVote vote : {NeighbourVote::All, NeighbourVote::Mode})
    for (std::size_t k : {1, 3, 5}) {
      CAPTURE(k);
      // The plain pass: every class-0 row judged by its full exact neighbour list.
      const NeighbourLists nn = search.query(take_rows(d.X, rows[0]), k, rows[0]);
      Indices plain;
      std::vector<std::size_t> tally(2);
      for (std::size_t q = 0; q < rows[0].size(); ++q)
        if (survives(nn, q, d.y, 0, 2, vote, tally)) plain.push_back(rows[0][q]);
      plain.insert(plain.end(), rows[1].begin(), rows[1].end());
      const std::vector<bool> pure = pure_neighbourhoods(d.X, rows, {0}, k);
      CHECK(std::count(pure.begin(), pure.end(), true) > 1000);  // the pruned path is taken
      CHECK(edit_once(d.X, d.y, 2, ClassTargets{{0, 0}}, k, vote, "enn") == plain);
      CHECK(plain.size() < d.y.size() - 50);  // the pass does remove rows
    }
}
