#include <doctest/doctest.h>

#include "algorithms/resample/one_sided_selection/fixed_seed_oracle.hpp"
#include "algorithms/resample/one_sided_selection/one_sided_selection.hpp"
#include "algorithms/resample/shared/editing.hpp"

using namespace imbench;
using fixed_seed_oracle::Case;

namespace {

// Kept rows with seeds drawn from a fixed stream, imbench's and the oracle's
// (imblearn's algorithm with the same seed positions) must be equal.
void check_against_oracle(const test_data::Labelled& d, const std::vector<Case>& cases) {
  const fixed_seed_oracle::Outputs out = fixed_seed_oracle::run(
      d, cases, "oss", "scripts/oracles/imblearn_combined.py", "oss",
      [&](const ClassTargets& targets, const SeedPositions& seeds, const Case& c) {
        return select_one_sided(d.view(), targets, first_seen_minority(d.y, d.n_classes), seeds, c.n_neighbors);
      });
  REQUIRE(out.oracle.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("strategy=" << cases[i].strategy << " n_neighbors=" << cases[i].n_neighbors
                     << " n_seeds_S=" << cases[i].n_seeds);
    CHECK(out.ours[i] == out.oracle[i]);
  }
}

const std::vector<Case> kCases = {{"auto", 1, 1}, {"all", 1, 1}, {"majority", 3, 1}, {"auto", 1, 5}, {"not_majority", 2, 2}};

}  // namespace

TEST_CASE("one_sided_selection: with the seeds fixed, the same kept rows as imblearn's algorithm") {
  SUBCASE("binary") { check_against_oracle(test_data::blobs({250, 50}, 3, RandomStream::keyed("oss-2")), kCases); }
  SUBCASE("3 classes") {
    std::vector<Case> cases = kCases;
    cases.push_back({"{0,2}", 1, 3});
    check_against_oracle(test_data::blobs({180, 40, 90}, 2, RandomStream::keyed("oss-3")), cases);
  }
}

TEST_CASE("one_sided_selection: the fixed-seed oracle equals imblearn's OneSidedSelection given its own seeds") {
  fixed_seed_oracle::check_self(test_data::blobs({120, 30, 60}, 2, RandomStream::keyed("oss-self")),
                                "scripts/oracles/imblearn_combined.py", "oss-self-check");
}

TEST_CASE("one_sided_selection: the plugin is draw_oss_seeds then select_one_sided on the same stream") {
  const test_data::Labelled d = test_data::blobs({300, 60, 80}, 2, RandomStream::keyed("oss-plugin"));
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("one_sided_selection:n_seeds_S=2")->resample(d.view(), rng);
  RandomStream same = RandomStream::keyed("x");
  const ClassTargets targets = SamplingStrategy("auto", "test").targets(d.y, 3, SamplingType::Clean);
  const Indices kept = select_one_sided(d.view(), targets, first_seen_minority(d.y, 3),
                                        draw_oss_seeds(d.y, 3, targets, 2, same), 1);
  CHECK(r.X == take_rows(d.X, kept));
  CHECK(r.y == take(d.y, kept));
  CHECK(r.n_synthetic == 0);
  const auto counts = class_counts(r.y, 3);
  CHECK(counts[1] == 60);  // the minority is untouched under auto
  CHECK(counts[0] >= 2);   // seeds are kept (unless in a Tomek link)
  CHECK(counts[0] < 300);
  // Another stream draws other seeds.
  RandomStream other = RandomStream::keyed("y");
  CHECK_FALSE(test_data::resampler("one_sided_selection:n_seeds_S=2")->resample(d.view(), other).X == r.X);
}

TEST_CASE("one_sided_selection: a hand-made case") {
  // Class 1 (minority) at 0 and 10; class 0 at 1, 2.5, 9, 20. Seed = class-0 position 3 (x=20).
  // 1-NN over C = {0 (1), 10 (1), 20 (0)}: x=1 and x=2.5 go to class 1 (wrong, kept), x=9 to class 1 (kept).
  // Tomek links in the reduced set {20, 1, 2.5, 9 | 0, 10}: (1, 0) and (9, 10) are links, so 1 and 9 go.
  test_data::Labelled d{Matrix(6, 1), {1, 0, 0, 0, 1, 0}, 2};
  d.X << 0.0, 1.0, 2.5, 9.0, 10.0, 20.0;
  const ClassTargets targets{{0, 2}};
  const Indices kept = select_one_sided(d.view(), targets, 1, SeedPositions{{0, {3}}}, 1);
  CHECK(kept == Indices{5, 2, 0, 4});
}

TEST_CASE("one_sided_selection: bad parameters are errors naming them") {
  const test_data::Labelled d = test_data::blobs({40, 3}, 2, RandomStream::keyed("oss-bad"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("one_sided_selection:n_neighbors=9")->resample(d.view(), rng),
                       doctest::Contains("n_neighbors=9"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("one_sided_selection:n_seeds_S=0"), doctest::Contains("n_seeds_S"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("one_sided_selection:sampling_strategy=0.5")->resample(d.view(), rng),
                       doctest::Contains("sampling_strategy"), Error);
}
