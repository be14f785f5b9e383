#include <doctest/doctest.h>

#include "algorithms/resample/shared/cleaning_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

const std::vector<oracle::Case> kCases = {
    {"all_knn", "all_knn auto"},
    {"all_knn:kind_sel=mode", "all_knn auto kind_sel=mode"},
    {"all_knn:allow_minority=true", "all_knn auto allow_minority=true"},
    {"all_knn:n_neighbors=6", "all_knn auto n_neighbors=6"},
    {"all_knn:n_neighbors=6,allow_minority=true,kind_sel=mode", "all_knn auto n_neighbors=6 allow_minority=true kind_sel=mode"},
    {"all_knn:sampling_strategy=all", "all_knn all"},
    {"all_knn:sampling_strategy={0}", "all_knn {0}"},
};

}  // namespace

TEST_CASE("all_knn: the same output rows as imblearn on binary, 3-class and ecoli data") {
  SUBCASE("binary") { oracle::check(test_data::blobs({300, 70}, 3, RandomStream::keyed("allknn-2")), kCases); }
  SUBCASE("3 classes, a middle class that erodes below the minority") {
    std::vector<oracle::Case> cases = kCases;
    cases.push_back({"all_knn:sampling_strategy={0,2},kind_sel=mode", "all_knn {0,2} kind_sel=mode"});
    oracle::check(test_data::blobs({200, 45, 40}, 2, RandomStream::keyed("allknn-3")), cases);
  }
  SUBCASE("3 classes, tied minority counts") {
    oracle::check(test_data::blobs({150, 40, 40}, 2, RandomStream::keyed("allknn-tie")), kCases);
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), kCases); }
}

TEST_CASE("all_knn: n_neighbors=1 is ENN with k=1; larger k removes at least as much") {
  test_data::Labelled d = test_data::blobs({400, 150}, 2, RandomStream::keyed("allknn-k1"));
  RandomStream rng = RandomStream::keyed("x");
  Resampled all1 = test_data::resampler("all_knn:n_neighbors=1")->resample(d.view(), rng);
  Resampled enn1 = test_data::resampler("enn:n_neighbors=1")->resample(d.view(), rng);
  CHECK(all1.X == enn1.X);
  CHECK(all1.y == enn1.y);
  Resampled all4 = test_data::resampler("all_knn:n_neighbors=4,allow_minority=true")->resample(d.view(), rng);
  CHECK(all4.X.rows() < all1.X.rows());
  CHECK(class_counts(all4.y, 2)[1] == 150);
}

TEST_CASE("all_knn: duplicate-heavy data is cleaned sanely") {
  test_data::Labelled d = oracle::duplicate_heavy({250, 80, 60}, "allknn-dups");
  RandomStream rng = RandomStream::keyed("x");
  Resampled r = test_data::resampler("all_knn")->resample(d.view(), rng);
  CHECK(class_counts(r.y, 3)[2] == 60);
  CHECK(std::is_sorted(r.y.begin(), r.y.end()));
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(test_data::is_row_of(d.X, r.X.row(i)));
}

TEST_CASE("all_knn: bad parameters are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("all_knn:n_neighbors=0"), doctest::Contains("n_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("all_knn:allow_minority=maybe"), doctest::Contains("allow_minority"), Error);
}
