#include <doctest/doctest.h>

#include "algorithms/resample/shared/cleaning_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

const std::vector<oracle::Case> kCases = {
    {"renn", "renn auto"},
    {"renn:kind_sel=mode", "renn auto kind_sel=mode"},
    {"renn:max_iter=1", "renn auto max_iter=1"},
    {"renn:max_iter=2,n_neighbors=5", "renn auto max_iter=2 n_neighbors=5"},
    {"renn:n_neighbors=5", "renn auto n_neighbors=5"},
    {"renn:sampling_strategy=all", "renn all"},
    {"renn:sampling_strategy={0}", "renn {0}"},
};

}  // namespace

TEST_CASE("renn: the same output rows as imblearn on binary, 3-class and ecoli data") {
  SUBCASE("binary") { oracle::check(test_data::blobs({300, 70}, 3, RandomStream::keyed("renn-2")), kCases); }
  SUBCASE("3 classes, a middle class that erodes below the minority") {
    std::vector<oracle::Case> cases = kCases;
    cases.push_back({"renn:sampling_strategy={0,2},kind_sel=mode", "renn {0,2} kind_sel=mode"});
    oracle::check(test_data::blobs({200, 45, 40}, 2, RandomStream::keyed("renn-3")), cases);
  }
  SUBCASE("3 classes, tied minority counts") {
    oracle::check(test_data::blobs({150, 40, 40}, 2, RandomStream::keyed("renn-tie")), kCases);
  }
  SUBCASE("3 classes, a class that vanishes") {
    oracle::check(test_data::blobs({200, 45, 40}, 2, RandomStream::keyed("allknn-3")),
                  {{"renn:n_neighbors=5", "renn auto n_neighbors=5"}, {"renn", "renn auto"}});
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), kCases); }
}

TEST_CASE("renn: repeats until a pass removes nothing, so a second run changes nothing") {
  test_data::Labelled d = test_data::blobs({400, 150}, 2, RandomStream::keyed("renn-fixed"));
  RandomStream rng = RandomStream::keyed("x");
  auto renn = test_data::resampler("renn:sampling_strategy=all");
  Resampled once = renn->resample(d.view(), rng);
  Resampled enn_once = test_data::resampler("enn:sampling_strategy=all")->resample(d.view(), rng);
  CHECK(once.X.rows() < enn_once.X.rows());  // more than one pass ran
  test_data::Labelled again{once.X, once.y, 2};
  Resampled twice = renn->resample(again.view(), rng);
  CHECK(twice.X == once.X);
  CHECK(twice.y == once.y);
  // max_iter=1 is exactly ENN.
  Resampled one_pass = test_data::resampler("renn:sampling_strategy=all,max_iter=1")->resample(d.view(), rng);
  CHECK(one_pass.X == enn_once.X);
}

TEST_CASE("renn: duplicate-heavy data is cleaned sanely") {
  test_data::Labelled d = oracle::duplicate_heavy({250, 80, 60}, "renn-dups");
  RandomStream rng = RandomStream::keyed("x");
  Resampled r = test_data::resampler("renn")->resample(d.view(), rng);
  CHECK(class_counts(r.y, 3)[2] == 60);
  CHECK(std::is_sorted(r.y.begin(), r.y.end()));
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(test_data::is_row_of(d.X, r.X.row(i)));
}

TEST_CASE("renn: bad parameters are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("renn:max_iter=0"), doctest::Contains("max_iter"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("renn:kind_sel=any"), doctest::Contains("kind_sel"), Error);
}
