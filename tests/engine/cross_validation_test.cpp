#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "bench/engine/cross_validation.hpp"
#include "core/error.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

// Labels with the given class sizes, classes first appearing in index order
// (scikit-learn orders classes by first appearance), then interleaved.
Labels labels_with_sizes(const std::vector<std::size_t>& sizes) {
  Labels y;
  std::vector<std::size_t> left = sizes;
  bool any = true;
  while (any) {
    any = false;
    for (std::size_t c = 0; c < left.size(); ++c)
      if (left[c]) --left[c], y.push_back(static_cast<int>(c)), any = true;
  }
  return y;
}

std::string counts_text(const Labels& y, const Indices& rows, int n_classes) {
  std::vector<std::size_t> counts = class_counts(take(y, rows), n_classes);
  std::string s;
  for (std::size_t i = 0; i < counts.size(); ++i) s += (i ? "," : "") + std::to_string(counts[i]);
  return s;
}

std::string splits_text(const Labels& y, int n_classes, const std::vector<Split>& splits) {
  std::string s;
  for (const Split& split : splits)
    s += counts_text(y, split.train, n_classes) + "|" + counts_text(y, split.test, n_classes) + "\n";
  return s;
}

struct OracleCase {
  std::vector<std::size_t> sizes;
  std::string method;  // "kfold" or "holdout"
  std::string value;   // folds or test fraction
};

}  // namespace


TEST_CASE("stratified splits have scikit-learn's class counts per fold; k-fold folds partition the rows") {
  const std::vector<OracleCase> cases = {
      {{90, 10}, "kfold", "5"},         {{57, 23, 7}, "kfold", "5"},       {{13, 5, 5, 101}, "kfold", "3"},
      {{90, 10}, "holdout", "0.3"},     {{57, 23, 7}, "holdout", "0.25"},  {{200, 31, 10}, "holdout", "0.5"},
      {{13, 6, 101}, "holdout", "0.1"}};
  const std::string dir = testing::temp_dir();
  std::vector<std::string> args;
  std::string ours;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const OracleCase& c = cases[i];
    const int n_classes = static_cast<int>(c.sizes.size());
    Labels y = labels_with_sizes(c.sizes);
    std::string file = dir + "/y" + std::to_string(i) + ".txt";
    testing::write_labels(file, y);
    args.push_back(file + "," + c.method + "," + c.value);

    CvScheme cv;
    if (c.method == "kfold") {
      cv.folds = std::stoi(c.value);
    } else {
      cv.method = CvMethod::StratifiedHoldout;
      cv.test_fraction = std::stod(c.value);
    }
    RandomStream rng = split_stream(1, hash_text("data"), static_cast<int>(i));
    std::vector<Split> splits = make_splits(y, n_classes, cv, rng);
    REQUIRE(splits.size() == static_cast<std::size_t>(cv.folds_per_repeat()));
    std::vector<int> times_tested(y.size(), 0);
    for (const Split& s : splits) {
      CHECK(std::is_sorted(s.train.begin(), s.train.end()));
      CHECK(std::is_sorted(s.test.begin(), s.test.end()));
      CHECK(s.train.size() + s.test.size() == y.size());
      for (std::size_t r : s.test) ++times_tested[r];
    }
    if (c.method == "kfold")
      CHECK(std::all_of(times_tested.begin(), times_tested.end(), [](int t) { return t == 1; }));
    ours += splits_text(y, n_classes, splits) + "end\n";
  }
  CHECK(ours == testing::run_python("scripts/oracles/stratified_split_counts.py", args));
}

TEST_CASE("splits depend on the stream: same key repeats, another repeat reshuffles") {
  Labels y = labels_with_sizes({80, 20});
  CvScheme cv;
  auto test_rows = [&](int repeat) {
    RandomStream rng = split_stream(7, hash_text("d"), repeat);
    return make_splits(y, 2, cv, rng)[0].test;
  };
  CHECK(test_rows(0) == test_rows(0));
  CHECK(test_rows(0) != test_rows(1));
}

TEST_CASE("classes too small for the scheme are errors naming the data set and class") {
  Labels y = labels_with_sizes({50, 4});
  CvScheme cv;
  cv.folds = 5;
  CHECK_THROWS_WITH_AS(check_splittable(y, 2, cv, "tiny", {"neg", "pos"}),
                       doctest::Contains("data set 'tiny': class 'pos' (4 rows) has fewer rows than the 5 folds"),
                       Error);
  cv.folds = 4;
  CHECK_NOTHROW(check_splittable(y, 2, cv, "tiny", {"neg", "pos"}));

  CvScheme holdout;
  holdout.method = CvMethod::StratifiedHoldout;
  holdout.test_fraction = 0.1;
  Labels rare = labels_with_sizes({300, 2});
  CHECK_THROWS_WITH_AS(check_splittable(rare, 2, holdout, "rare", {"a", "b"}),
                       doctest::Contains("class 'b' (2 rows) gets no test rows"), Error);
  holdout.test_fraction = 0.5;
  CHECK_NOTHROW(check_splittable(rare, 2, holdout, "rare", {"a", "b"}));
}

TEST_CASE("the cv description names the rule but not the number of repeats") {
  CvScheme a, b;
  b.repeats = 10;
  CHECK(a.describe() == "stratified_kfold:folds=5");
  CHECK(a.describe() == b.describe());
  b.method = CvMethod::StratifiedHoldout;
  b.test_fraction = 0.25;
  CHECK(b.describe() == "stratified_holdout:test_fraction=0.25");
  CHECK_THROWS_WITH_AS(cv_method_from_string("kfold"), doctest::Contains("did you mean"), Error);
}

TEST_CASE("regression folds each take one row of every block of `folds` consecutive target ranks") {
  // A skewed target with a rare high tail: the 7 largest values must spread over the folds.
  std::vector<double> target;
  for (int i = 0; i < 103; ++i) target.push_back(i < 96 ? std::sin(i) : 100.0 + i);
  CvScheme cv;
  cv.folds = 5;
  const Labels strata = regression_strata(target, cv);
  const int n_strata = *std::max_element(strata.begin(), strata.end()) + 1;
  CHECK(n_strata == 21);  // ceil(103 / 5)
  RandomStream rng = split_stream(3, hash_text("reg"), 0);
  const std::vector<Split> splits = make_splits(strata, n_strata, cv, rng);
  Indices ranked(target.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) { return target[a] < target[b]; });
  std::vector<int> fold_of(target.size(), -1);
  for (int f = 0; f < 5; ++f)
    for (std::size_t r : splits[static_cast<std::size_t>(f)].test) fold_of[r] = f;
  for (std::size_t block = 0; block + 5 <= ranked.size(); block += 5) {
    std::vector<int> folds;
    for (std::size_t j = block; j < block + 5; ++j) folds.push_back(fold_of[ranked[j]]);
    std::sort(folds.begin(), folds.end());
    CHECK(folds == std::vector<int>{0, 1, 2, 3, 4});
  }
  // The three leftover top ranks go to three different folds.
  std::set<int> last = {fold_of[ranked[100]], fold_of[ranked[101]], fold_of[ranked[102]]};
  CHECK(last.size() == 3);
}

TEST_CASE("regression hold-out uses ten equal-count strata; too few rows are errors naming the data set") {
  std::vector<double> target;
  for (int i = 0; i < 50; ++i) target.push_back(static_cast<double>((i * 37) % 50));
  CvScheme holdout;
  holdout.method = CvMethod::StratifiedHoldout;
  holdout.test_fraction = 0.2;
  const Labels strata = regression_strata(target, holdout);
  CHECK(class_counts(strata, 10) == std::vector<std::size_t>(10, 5));
  RandomStream rng = split_stream(3, hash_text("reg"), 0);
  const Split split = make_splits(strata, 10, holdout, rng)[0];
  CHECK(split.test.size() == 10);
  for (std::size_t s = 0; s < 10; ++s)  // one test row per stratum of five
    CHECK(std::count_if(split.test.begin(), split.test.end(), [&](std::size_t r) { return strata[r] == int(s); }) == 1);

  CvScheme cv;
  cv.folds = 10;
  CHECK_THROWS_WITH_AS(check_splittable_regression(7, cv, "tiny"),
                       doctest::Contains("data set 'tiny' has 7 rows, fewer than the 10 folds"), Error);
  CHECK_NOTHROW(check_splittable_regression(10, cv, "tiny"));
  holdout.test_fraction = 0.9;
  CHECK_THROWS_WITH_AS(check_splittable_regression(1, holdout, "one"), doctest::Contains("gets no training rows"),
                       Error);
}
