#include <doctest/doctest.h>

#include <sstream>

#include "algorithms/resample/condensed_nn/condensed_nn.hpp"
#include "algorithms/resample/one_sided_selection/fixed_seed_oracle.hpp"
#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/brute_force.hpp"

using namespace imbench;
using fixed_seed_oracle::Case;

namespace {

std::size_t count_words(const std::string& text) {
  std::istringstream words(text);
  std::size_t n = 0;
  for (std::string w; words >> w;) ++n;
  return n;
}

struct OracleRows {
  std::string imblearn;    // imblearn's loop, index mix-up included
  std::string consistent;  // the same loop with positions only
  std::string ours;
};

// Runs each case with seeds from a fixed stream through condense() and
// through scripts/oracles/imblearn_condensed.py with the same seeds.
std::vector<OracleRows> run_oracle(const test_data::Labelled& d, const std::vector<Case>& cases) {
  const fixed_seed_oracle::Outputs out = fixed_seed_oracle::run(
      d, cases, "cnn", "scripts/oracles/imblearn_condensed.py", "cnn",
      [&](const ClassTargets& targets, const SeedPositions& seeds, const Case& c) {
        return condense(d.view(), targets, first_seen_minority(d.y, d.n_classes), seeds, c.n_neighbors);
      });
  REQUIRE(out.oracle.size() == 2 * cases.size());
  std::vector<OracleRows> rows(cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) rows[i] = {out.oracle[2 * i], out.oracle[2 * i + 1], out.ours[i]};
  return rows;
}

const std::vector<Case> kCases = {
    {"auto", 1, 1}, {"all", 1, 1}, {"majority", 3, 1}, {"auto", 1, 4}, {"not_majority", 2, 2}};

}  // namespace

TEST_CASE("condensed_nn: with the seeds fixed, the rows of imblearn's loop without its index mix-up") {
  auto check_cases = [](const test_data::Labelled& d, const std::vector<Case>& cases) {
    for (const OracleRows& r : run_oracle(d, cases)) CHECK(r.ours == r.consistent);
  };
  SUBCASE("binary") { check_cases(test_data::blobs({150, 30}, 3, RandomStream::keyed("cnn-2")), kCases); }
  SUBCASE("3 classes") {
    std::vector<Case> cases = kCases;
    cases.push_back({"{0,2}", 1, 3});
    check_cases(test_data::blobs({120, 30, 60}, 2, RandomStream::keyed("cnn-3")), cases);
  }
}

TEST_CASE("condensed_nn: imblearn's index mix-up skips rows it should have kept") {
  // imblearn's skip list mixes positions within the class with global row numbers, so a
  // misclassified row whose position equals a kept row's number is never looked at.
  const test_data::Labelled d = test_data::blobs({250, 40}, 2, RandomStream::keyed("cnn-mixup"));
  const std::vector<OracleRows> rows = run_oracle(d, {{"auto", 1, 1}, {"auto", 1, 3}});
  for (const OracleRows& r : rows) {
    CHECK(r.ours == r.consistent);
    CHECK(r.imblearn != r.ours);
    CHECK(count_words(r.imblearn) < count_words(r.ours));
  }
}

TEST_CASE("condensed_nn: the fixed-seed oracle equals imblearn's CondensedNearestNeighbour given its own seeds") {
  fixed_seed_oracle::check_self(test_data::blobs({80, 20, 40}, 2, RandomStream::keyed("cnn-self")),
                                "scripts/oracles/imblearn_condensed.py", "cnn-self-check");
}

TEST_CASE("condensed_nn: the kept rows classify every removed row correctly; the minority is kept whole") {
  const test_data::Labelled d = test_data::blobs({600, 80, 200}, 3, RandomStream::keyed("cnn-consistent"));
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("condensed_nn")->resample(d.view(), rng);
  CHECK(r.n_synthetic == 0);
  const auto counts = class_counts(r.y, 3);
  CHECK(counts[1] == 80);  // auto leaves the minority alone
  CHECK(counts[0] < 600);
  CHECK(counts[2] < 200);
  // Per targeted class c: 1-NN over (minority + kept rows of c) labels every row of c as c.
  for (int cls : {0, 2}) {
    Indices store;
    Labels store_y;
    for (std::size_t i = 0; i < r.y.size(); ++i)
      if (r.y[i] == 1 || r.y[i] == cls) {
        store.push_back(i);
        store_y.push_back(r.y[i]);
      }
    BruteForceNeighbours knn;
    knn.fit(take_rows(r.X, store));
    const Indices class_rows = rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)];
    const NeighbourLists nn = knn.query(take_rows(d.X, class_rows), 1);
    std::size_t wrong = 0;
    for (std::size_t q = 0; q < class_rows.size(); ++q) wrong += store_y[nn.index_at(q, 0)] != cls ? 1 : 0;
    CHECK(wrong == 0);
  }
}

TEST_CASE("condensed_nn: a hand-made case") {
  // Minority (class 1) at 0 and 10; class 0 at 1, 4, 6, 9, 20, 21. Seed = class-0 position 4 (x=20).
  // Visited in order, C = {0, 10, 20}: x=1 -> nearest 0 (class 1): wrong, joins. x=4 -> nearest 1
  // (class 0): right. x=6 -> nearest 10 (d=4, x=1 is at 5): wrong, joins. x=9 -> nearest 10: wrong,
  // joins. x=21 -> nearest 20: right. Output: the seed, the rows that joined, then class 1 whole.
  test_data::Labelled d{Matrix(8, 1), {1, 0, 0, 0, 0, 1, 0, 0}, 2};
  d.X << 0.0, 1.0, 4.0, 6.0, 9.0, 10.0, 20.0, 21.0;
  const Indices kept = condense(d.view(), ClassTargets{{0, 2}}, 1, SeedPositions{{0, {4}}}, 1);
  CHECK(kept == Indices{6, 1, 3, 4, 0, 5});
}

TEST_CASE("condensed_nn: plugin runs draw_oss_seeds then condense on one stream; errors name parameters") {
  const test_data::Labelled d = test_data::blobs({200, 40}, 2, RandomStream::keyed("cnn-plugin"));
  RandomStream rng = RandomStream::keyed("x"), same = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("condensed_nn:n_seeds_S=2")->resample(d.view(), rng);
  const ClassTargets targets = SamplingStrategy("auto", "test").targets(d.y, 2, SamplingType::Clean);
  const Indices kept = condense(d.view(), targets, 1, draw_oss_seeds(d.y, 2, targets, 2, same), 1);
  CHECK(r.X == take_rows(d.X, kept));
  CHECK(r.y == take(d.y, kept));
  const test_data::Labelled small = test_data::blobs({40, 3}, 2, RandomStream::keyed("cnn-small"));
  CHECK_THROWS_WITH_AS(test_data::resampler("condensed_nn:n_neighbors=9")->resample(small.view(), rng),
                       doctest::Contains("n_neighbors=9"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("condensed_nn:n_seeds_S=0"), doctest::Contains("n_seeds_S"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("condensed_nn:sampling_strategy=0.5")->resample(small.view(), rng),
                       doctest::Contains("sampling_strategy"), Error);
}
