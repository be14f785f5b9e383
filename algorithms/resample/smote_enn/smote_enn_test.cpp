#include <doctest/doctest.h>

#include "algorithms/resample/smote_tomek/smote_then_clean_checks.hpp"

using namespace imbench;
namespace checks = imbench::smote_then_clean_checks;

TEST_CASE("smote_enn: equals smote then enn on one stream, for several parameter sets") {
  const test_data::Labelled binary = test_data::blobs({300, 40}, 3, RandomStream::keyed("se-2"));
  checks::matches_sequence(binary, "smote_enn", "smote", "enn:sampling_strategy=all");
  checks::matches_sequence(binary, "smote_enn:k_neighbors=2,n_neighbors=5,kind_sel=mode,clean_strategy=auto",
                           "smote:k_neighbors=2", "enn:n_neighbors=5,kind_sel=mode");
  const test_data::Labelled three = test_data::blobs({200, 50, 30}, 2, RandomStream::keyed("se-3"));
  checks::matches_sequence(three, "smote_enn:clean_strategy={1,2},sampling_strategy=not_majority", "smote",
                           "enn:sampling_strategy={1,2}");
}

TEST_CASE("smote_enn: ENN edits every class by default; output grouped by class") {
  const test_data::Labelled d = test_data::blobs({300, 60}, 2, RandomStream::keyed("se-overlap"));
  RandomStream rng = RandomStream::keyed("x");
  const Resampled r = test_data::resampler("smote_enn")->resample(d.view(), rng);
  const auto counts = class_counts(r.y, 2);
  CHECK(counts[0] < 300);
  CHECK(counts[1] < 300);
  CHECK(std::is_sorted(r.y.begin(), r.y.end()));
  CHECK(r.n_synthetic > 0);
  CHECK(r.n_synthetic <= 240);
}

TEST_CASE("smote_enn: identical with 1 and 2 threads") {
  checks::deterministic(test_data::blobs({2000, 150, 100}, 3, RandomStream::keyed("se-threads")), "smote_enn:kind_sel=mode");
}

TEST_CASE("smote_enn: defaults follow imblearn's SMOTEENN; bad parameters are errors naming them") {
  const Spec canonical = Registry::instance().canonicalize(Kind::Resample, parse_spec("smote_enn"));
  CHECK(canonical.text() ==
        "smote_enn:clean_strategy=all,k_neighbors=5,kind_sel=all,n_neighbors=3,sampling_strategy=auto");
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_enn:kind_sel=most"), doctest::Contains("kind_sel"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_enn:n_neighbors=0"), doctest::Contains("n_neighbors"), Error);
  const test_data::Labelled d = test_data::blobs({8, 6}, 2, RandomStream::keyed("se-bad"));
  RandomStream rng = RandomStream::keyed("x");
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_enn:clean_strategy=minority")->resample(d.view(), rng),
                       doctest::Contains("clean_strategy"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_enn:n_neighbors=20")->resample(d.view(), rng),
                       doctest::Contains("n_neighbors=20"), Error);
}
