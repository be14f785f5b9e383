#include <doctest/doctest.h>

#include <algorithm>

#include "algorithms/resample/shared/cleaning_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

const char* kName = "neighbourhood_cleaning_rule";

oracle::Case ncr(const std::string& params, const std::string& strategy, const std::string& options) {
  const std::string spec = params.empty() ? kName : std::string(kName) + ":" + params;
  return {spec, std::string(kName) + " " + strategy + (options.empty() ? "" : " " + options)};
}

// Cases where imblearn 0.10's kind_sel=all test agrees with the intended one
// (binary data whose minority is not class 0, see the defect test below).
const std::vector<oracle::Case> kBinaryCases = {
    ncr("", "auto", ""),
    ncr("kind_sel=mode", "auto", "kind_sel=mode"),
    ncr("n_neighbors=5", "auto", "n_neighbors=5"),
    ncr("n_neighbors=1,kind_sel=mode", "auto", "n_neighbors=1 kind_sel=mode"),
    ncr("threshold_cleaning=0.9", "auto", "threshold_cleaning=0.9"),
    ncr("sampling_strategy=all,threshold_cleaning=0.1", "all", "threshold_cleaning=0.1"),
    ncr("sampling_strategy=majority,n_neighbors=4,kind_sel=mode", "majority", "n_neighbors=4 kind_sel=mode"),
};

// Multi-class: kind_sel=mode, which imblearn 0.10 implements as intended.
const std::vector<oracle::Case> kMultiClassCases = {
    ncr("kind_sel=mode", "auto", "kind_sel=mode"),
    ncr("kind_sel=mode,threshold_cleaning=0.2", "auto", "kind_sel=mode threshold_cleaning=0.2"),
    ncr("kind_sel=mode,sampling_strategy={0,2},threshold_cleaning=0.25", "{0,2}",
        "kind_sel=mode threshold_cleaning=0.25"),
    ncr("kind_sel=mode,sampling_strategy=all,threshold_cleaning=0.05", "all", "kind_sel=mode threshold_cleaning=0.05"),
    ncr("kind_sel=mode,sampling_strategy=not_majority,n_neighbors=5,threshold_cleaning=0.1", "not_majority",
        "kind_sel=mode n_neighbors=5 threshold_cleaning=0.1"),
};

// Gaussian blobs plus exact copies of `n_copies` random rows of class `cls`, appended.
test_data::Labelled with_twins(test_data::Labelled d, int cls, std::size_t n_copies, const char* key) {
  RandomStream rng = RandomStream::keyed(key);
  const Indices class_rows = rows_by_class(d.y, d.n_classes)[static_cast<std::size_t>(cls)];
  Indices rows(static_cast<std::size_t>(d.X.rows()));
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  for (std::size_t i = 0; i < n_copies; ++i) rows.push_back(class_rows[rng.below(class_rows.size())]);
  return {take_rows(d.X, rows), take(d.y, rows), d.n_classes};
}

}  // namespace

TEST_CASE("neighbourhood_cleaning_rule: the same output rows as imblearn 0.10") {
  SUBCASE("binary") { oracle::check(test_data::blobs({300, 70}, 3, RandomStream::keyed("ncr-2")), kBinaryCases); }
  SUBCASE("3 classes") {
    oracle::check(test_data::blobs({200, 60, 120}, 2, RandomStream::keyed("ncr-3")), kMultiClassCases);
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), kBinaryCases); }
}

TEST_CASE("neighbourhood_cleaning_rule: with exact duplicates of minority rows, the same rows as imblearn 0.10") {
  // Twins only change which copy sits in a neighbour list, never a label. The cases leave the
  // minority untouched: where copies of a removable row tie for the last neighbour places,
  // imbench takes the lower rows and scikit-learn's kd-tree may take others (see README.md).
  const std::vector<oracle::Case> binary(kBinaryCases.begin(), kBinaryCases.begin() + 5);
  const std::vector<oracle::Case> multi_class(kMultiClassCases.begin(), kMultiClassCases.begin() + 3);
  SUBCASE("binary") {
    oracle::check(with_twins(test_data::blobs({250, 60}, 2, RandomStream::keyed("ncr-twins-2")), 1, 40, "twins-2"),
                  binary);
  }
  SUBCASE("3 classes") {
    oracle::check(with_twins(test_data::blobs({200, 50, 100}, 2, RandomStream::keyed("ncr-twins-3")), 1, 40, "twins-3"),
                  multi_class);
  }
}

TEST_CASE("neighbourhood_cleaning_rule: kind_sel=all asks whether every neighbour is a minority row") {
  // imblearn 0.10 computes `np.all(nnhood_label)`: it asks whether no neighbour has label 0,
  // so with the minority labelled 0 it reads a minority row as misclassified when some neighbour
  // is a minority row and as fine when all are majority rows. Relabelling the classes
  // (minority -> 1) gives imblearn's intended answer, which imbench gives on the original labels.
  const test_data::Labelled d = test_data::blobs({70, 300}, 3, RandomStream::keyed("ncr-minority-0"));
  test_data::Labelled swapped = d;
  for (int& label : swapped.y) label = 1 - label;
  const std::vector<std::string> imblearn = oracle::imblearn_rows(d, {"neighbourhood_cleaning_rule auto"});
  const std::vector<std::string> intended = oracle::imblearn_rows(swapped, {"neighbourhood_cleaning_rule auto"});
  const std::string ours = oracle::output_rows(d, kName);
  CHECK(ours == intended[0]);
  CHECK(ours != imblearn[0]);
  // The defect spares the majority rows around minority rows deep in the majority, so it keeps more.
  CHECK(std::count(imblearn[0].begin(), imblearn[0].end(), ' ') > std::count(ours.begin(), ours.end(), ' '));
}

TEST_CASE("neighbourhood_cleaning_rule: a hand-made case; input order kept") {
  // Class 1 is the minority (rows 2, 5, 6); class 0 has 5 > 0.5 * 8 rows, so it is cleaned.
  // ENN (mode, k=3) keeps every class-0 row. Minority row 2 (x=1.1) has neighbours rows 1, 3, 0,
  // all class 0: misclassified, so they go. Rows 5 and 6 (x=9, 9.5) each have one minority and
  // two class-0 neighbours (rows 4 and 3), which are not all minority: rows 4 and 3 go.
  test_data::Labelled d{Matrix(8, 1), {0, 0, 1, 0, 0, 1, 1, 0}, 2};
  d.X << 0.0, 1.0, 1.1, 1.5, 4.9, 9.0, 9.5, -10.0;
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler(kName)->resample(d.view(), rng);
  CHECK(r.y == Labels{1, 1, 1, 0});
  CHECK(r.X.col(0).transpose() == Eigen::RowVectorXd{{1.1, 9.0, 9.5, -10.0}});
  // Above 5/8 the threshold spares class 0 from the neighbourhood step, and ENN removes nothing.
  const Resampled kept =
      test_data::resampler("neighbourhood_cleaning_rule:threshold_cleaning=0.7")->resample(d.view(), rng);
  CHECK(kept.y == d.y);
}

TEST_CASE("neighbourhood_cleaning_rule: cross-class duplicates are cleaned sanely") {
  const test_data::Labelled d = oracle::duplicate_heavy({250, 80, 60}, "ncr-dups");
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("neighbourhood_cleaning_rule:threshold_cleaning=0.3")->resample(d.view(), rng);
  const auto counts = class_counts(r.y, 3);
  CHECK(counts[2] == 60);
  CHECK(counts[0] < 250);
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(test_data::is_row_of(d.X, r.X.row(i)));
}

TEST_CASE("neighbourhood_cleaning_rule: bad parameters are errors naming them") {
  const test_data::Labelled d = test_data::blobs({4, 3}, 2, RandomStream::keyed("ncr-bad"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("neighbourhood_cleaning_rule:n_neighbors=7")->resample(d.view(), rng),
                       doctest::Contains("n_neighbors=7"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("neighbourhood_cleaning_rule:threshold_cleaning=1"),
                       doctest::Contains("threshold_cleaning"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("neighbourhood_cleaning_rule:kind_sel=some"), doctest::Contains("kind_sel"),
                       Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("neighbourhood_cleaning_rule:sampling_strategy=0.5")->resample(d.view(), rng),
                       doctest::Contains("sampling_strategy"), Error);
}
