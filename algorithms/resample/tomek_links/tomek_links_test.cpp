#include <doctest/doctest.h>

#include "algorithms/resample/shared/cleaning_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

const std::vector<oracle::Case> kStrategies = {
    {"tomek_links", "tomek_links auto"},
    {"tomek_links:sampling_strategy=all", "tomek_links all"},
    {"tomek_links:sampling_strategy=majority", "tomek_links majority"},
    {"tomek_links:sampling_strategy=not_majority", "tomek_links not_majority"},
    {"tomek_links:sampling_strategy={0}", "tomek_links {0}"},
    {"tomek_links:sampling_strategy={1}", "tomek_links {1}"},
};

}  // namespace

TEST_CASE("tomek_links: the same output rows as imblearn on binary, 3-class and ecoli data") {
  SUBCASE("binary") { oracle::check(test_data::blobs({300, 60}, 3, RandomStream::keyed("tomek-2")), kStrategies); }
  SUBCASE("3 classes") {
    std::vector<oracle::Case> cases = kStrategies;
    cases.push_back({"tomek_links:sampling_strategy={0,2}", "tomek_links {0,2}"});
    oracle::check(test_data::blobs({200, 50, 120}, 2, RandomStream::keyed("tomek-3")), cases);
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), kStrategies); }
}

TEST_CASE("tomek_links: a hand-made link; only the targeted side goes, input order kept") {
  // Rows 1 (class 0) and 2 (class 1) are mutual nearest neighbours; row 3 (class 1) is
  // nearest to row 2 but row 2's nearest is row 1, so (2, 3) is no link.
  test_data::Labelled d{Matrix(5, 1), {0, 0, 1, 1, 0}, 2};
  d.X << 0.0, 1.0, 1.4, 2.0, 10.0;
  RandomStream rng = RandomStream::keyed("x");
  Resampled auto_kept = test_data::resampler("tomek_links")->resample(d.view(), rng);
  CHECK(auto_kept.y == Labels{0, 1, 1, 0});
  CHECK(auto_kept.X.col(0).transpose() == Eigen::RowVectorXd{{0.0, 1.4, 2.0, 10.0}});
  Resampled all_kept = test_data::resampler("tomek_links:sampling_strategy=all")->resample(d.view(), rng);
  CHECK(all_kept.y == Labels{0, 1, 0});
}

TEST_CASE("tomek_links: duplicate-heavy data is cleaned sanely") {
  test_data::Labelled d = oracle::duplicate_heavy({250, 80}, "tomek-dups");
  RandomStream rng = RandomStream::keyed("x");
  Resampled r = test_data::resampler("tomek_links")->resample(d.view(), rng);
  // Cross-class twins are mutual nearest neighbours, so some majority rows go; the minority stays whole.
  CHECK(class_counts(r.y, 2)[1] == 80);
  CHECK(class_counts(r.y, 2)[0] < 250);
  for (Eigen::Index i = 0; i < r.X.rows(); ++i) CHECK(test_data::is_row_of(d.X, r.X.row(i)));
}

TEST_CASE("tomek_links: strategies cleaning methods cannot take are errors naming the parameter") {
  test_data::Labelled d = test_data::blobs({50, 10}, 2, RandomStream::keyed("tomek-bad"));
  RandomStream rng = RandomStream::keyed("x");
  for (const char* strategy : {"0.5", "{0:10,1:5}", "minority"})
    CHECK_THROWS_WITH_AS(test_data::resampler(std::string("tomek_links:sampling_strategy=") + strategy)
                             ->resample(d.view(), rng),
                         doctest::Contains("sampling_strategy"), Error);
}

TEST_CASE("tomek_links: twins of different classes form a link; same-class twins do not") {
  // Rows 1 and 2 are identical with classes 0 and 1; rows 3 and 4 identical, both class 0.
  test_data::Labelled d{Matrix(6, 1), {0, 0, 1, 0, 0, 1}, 2};
  d.X << 0.0, 5.0, 5.0, 9.0, 9.0, 20.0;
  RandomStream rng = RandomStream::keyed("x");
  Resampled r = test_data::resampler("tomek_links")->resample(d.view(), rng);
  CHECK(r.y == Labels{0, 1, 0, 0, 1});
  CHECK(r.X.col(0).transpose() == Eigen::RowVectorXd{{0.0, 5.0, 9.0, 9.0, 20.0}});
}
