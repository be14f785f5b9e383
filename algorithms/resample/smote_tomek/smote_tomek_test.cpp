#include <doctest/doctest.h>

#include "algorithms/resample/smote_tomek/smote_then_clean_checks.hpp"

using namespace imbench;
namespace checks = imbench::smote_then_clean_checks;

TEST_CASE("smote_tomek: equals smote then tomek_links on one stream, for several parameter sets") {
  const test_data::Labelled binary = test_data::blobs({300, 40}, 3, RandomStream::keyed("st-2"));
  checks::matches_sequence(binary, "smote_tomek", "smote", "tomek_links:sampling_strategy=all");
  checks::matches_sequence(binary, "smote_tomek:k_neighbors=3,sampling_strategy=0.6,clean_strategy=auto",
                           "smote:k_neighbors=3,sampling_strategy=0.6", "tomek_links");
  const test_data::Labelled three = test_data::blobs({200, 50, 30}, 2, RandomStream::keyed("st-3"));
  checks::matches_sequence(three, "smote_tomek:clean_strategy={0,2}", "smote", "tomek_links:sampling_strategy={0,2}");
  checks::matches_sequence(three, "smote_tomek:sampling_strategy={1:80,2:120}", "smote:sampling_strategy={1:80,2:120}",
                           "tomek_links:sampling_strategy=all");
}

TEST_CASE("smote_tomek: Tomek cleaning removes links from both sides by default, and keeps SMOTE's order") {
  const test_data::Labelled d = test_data::blobs({300, 60}, 2, RandomStream::keyed("st-overlap"));
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("smote_tomek")->resample(d.view(), rng);
  const auto counts = class_counts(r.y, 2);
  // SMOTE balances to 300/300; the overlapping blobs have links, and 'all' cuts both classes.
  CHECK(counts[0] < 300);
  CHECK(counts[1] < 300);
  CHECK(r.n_synthetic > 0);
  CHECK(r.n_synthetic <= 240);
  // Tomek keeps input order, and SMOTE puts the input first: the first rows are input rows.
  CHECK(r.X.rows() > 0);
  CHECK(test_data::is_row_of(d.X, r.X.row(0)));
}

TEST_CASE("smote_tomek: identical with 1 and 2 threads") {
  checks::deterministic(test_data::blobs({2000, 150, 100}, 3, RandomStream::keyed("st-threads")), "smote_tomek");
}

TEST_CASE("smote_tomek: defaults follow imblearn's SMOTETomek; bad parameters are errors naming them") {
  const Spec canonical = Registry::instance().canonicalize(Kind::Resample, parse_spec("smote_tomek"));
  CHECK(canonical.text() == "smote_tomek:clean_strategy=all,k_neighbors=5,sampling_strategy=auto");
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_tomek:clean_strategy={0"), doctest::Contains("clean_strategy"),
                       Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_tomek:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  const test_data::Labelled d = test_data::blobs({50, 10}, 2, RandomStream::keyed("st-bad"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_tomek:clean_strategy=0.5")->resample(d.view(), rng),
                       doctest::Contains("clean_strategy"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_tomek:k_neighbors=10")->resample(d.view(), rng),
                       doctest::Contains("k_neighbors=10"), Error);
}

TEST_CASE("smote_tomek: count_new_rows counts copies with multiplicity and by label") {
  test_data::Labelled in{Matrix(3, 1), {0, 0, 1}, 2};
  in.X << 1.0, 1.0, 2.0;
  Resampled out{Matrix(5, 1), {0, 0, 0, 1, 0}, 0};
  out.X << 1.0, 1.0, 1.0, 2.0, 2.0;
  // Two copies of (1, 0) are covered, the third is new; (2, 1) is a copy; (2, 0) is new.
  CHECK(count_new_rows(in.view(), out) == 2);
}
