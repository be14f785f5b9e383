#include <doctest/doctest.h>

#include "algorithms/resample/shared/cleaning_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::cleaning_oracle;

namespace {

std::vector<oracle::Case> versions(const std::string& strategy) {
  std::vector<oracle::Case> cases;
  for (const char* v : {"1", "2", "3"}) {
    const std::string spec = std::string("near_miss:version=") + v + ",sampling_strategy=" + strategy;
    const std::string line = std::string("near_miss ") + strategy + " version=" + v;
    cases.push_back({spec, line});
    cases.push_back({spec + ",n_neighbors=5", line + " n_neighbors=5"});
  }
  cases.push_back({"near_miss:version=3,n_neighbors_ver3=1,sampling_strategy=" + strategy,
                   "near_miss " + strategy + " version=3 n_neighbors_ver3=1"});
  cases.push_back({"near_miss:version=3,n_neighbors_ver3=6,n_neighbors=2,sampling_strategy=" + strategy,
                   "near_miss " + strategy + " version=3 n_neighbors_ver3=6 n_neighbors=2"});
  return cases;
}

}  // namespace

TEST_CASE("near_miss: the same output rows, in the same order, as imblearn") {
  SUBCASE("binary") {
    test_data::Labelled d = test_data::blobs({300, 40}, 3, RandomStream::keyed("nm-2"));
    std::vector<oracle::Case> cases = versions("auto");
    for (const oracle::Case& c : versions("{0:100,1:30}")) cases.push_back(c);
    oracle::check(d, cases);
  }
  SUBCASE("3 classes") {
    test_data::Labelled d = test_data::blobs({200, 60, 40}, 2, RandomStream::keyed("nm-3"));
    std::vector<oracle::Case> cases = versions("auto");
    for (const oracle::Case& c : versions("all")) cases.push_back(c);
    for (const oracle::Case& c : versions("majority")) cases.push_back(c);
    oracle::check(d, cases);
  }
  SUBCASE("3 classes, tied minority counts") {
    oracle::check(test_data::blobs({120, 40, 40}, 2, RandomStream::keyed("nm-tie")), versions("auto"));
  }
  SUBCASE("ecoli") { oracle::check(oracle::from_dataset("ecoli"), versions("auto")); }
}

TEST_CASE("near_miss: hand-made scores for the three versions") {
  // Minority (class 1) at 0 and 10; majority rows at 1, 4, 6, 9.5, 20.
  test_data::Labelled d{Matrix(7, 1), {1, 0, 0, 0, 1, 0, 0}, 2};
  d.X << 0.0, 1.0, 4.0, 6.0, 10.0, 9.5, 20.0;
  RandomStream rng = RandomStream::keyed("x");
  auto run = [&](const std::string& spec) {
    Resampled r = test_data::resampler(spec)->resample(d.view(), rng);
    return std::vector<double>(r.X.data(), r.X.data() + r.X.rows());
  };
  // NM-1, k=1: nearest-minority distances 1, 4, 4, 0.5, 10 -> keep 9.5 then 1 (minority rows follow).
  CHECK(run("near_miss:n_neighbors=1") == std::vector<double>{9.5, 1.0, 0.0, 10.0});
  // NM-2, k=1: farthest-minority distances 9, 6, 6, 9.5, 20 -> 4 and 6 tie at 6: the lower row first.
  CHECK(run("near_miss:version=2,n_neighbors=1") == std::vector<double>{4.0, 6.0, 0.0, 10.0});
  // NM-3, k3=1: candidates are the nearest majority rows of 0 and 10 (1 and 9.5); both kept, the
  // farther from the minority (1: distance 1 > 0.5) first.
  CHECK(run("near_miss:version=3,n_neighbors=1,n_neighbors_ver3=1") == std::vector<double>{1.0, 9.5, 0.0, 10.0});
  // NM-3 with fewer candidates than asked for keeps them all.
  CHECK(run("near_miss:version=3,n_neighbors=1,n_neighbors_ver3=1,sampling_strategy={0:4,1:2}").size() == 4);
}

TEST_CASE("near_miss: too large neighbourhoods and bad parameters are errors naming them") {
  test_data::Labelled d = test_data::blobs({50, 4}, 2, RandomStream::keyed("nm-small"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("near_miss:n_neighbors=5")->resample(d.view(), rng),
                       doctest::Contains("near_miss: n_neighbors=5 exceeds the 4 rows of the minority class"), Error);
  CHECK(test_data::resampler("near_miss:n_neighbors=4,version=2")->resample(d.view(), rng).X.rows() == 8);
  CHECK_THROWS_WITH_AS(test_data::resampler("near_miss:version=4"), doctest::Contains("version"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("near_miss:sampling_strategy={0,1}")->resample(d.view(), rng),
                       doctest::Contains("sampling_strategy"), Error);
}
