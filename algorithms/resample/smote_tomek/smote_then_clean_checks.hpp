// Checks shared by the smote_tomek and smote_enn tests (header only, tests only).
#pragma once

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <string>

#include "algorithms/resample/shared/test_data.hpp"
#include "algorithms/resample/smote_tomek/smote_then_clean.hpp"

namespace imbench::smote_then_clean_checks {

// `composite` must give exactly what `smote` then `cleaner` give when run in
// sequence on one stream, keep only rows of SMOTE's output, and count the
// synthetic survivors.
inline void matches_sequence(const test_data::Labelled& d, const std::string& composite, const std::string& smote,
                             const std::string& cleaner) {
  INFO(composite << " vs " << smote << " then " << cleaner);
  RandomStream rng = RandomStream::keyed("composite", composite);
  const Resampled got = test_data::resampler(composite)->resample(d.view(), rng);

  RandomStream same = RandomStream::keyed("composite", composite);
  const Resampled over = test_data::resampler(smote)->resample(d.view(), same);
  const Resampled want = test_data::resampler(cleaner)->resample(LabelledData{over.X, over.y, d.n_classes}, same);
  CHECK(got.X == want.X);
  CHECK(got.y == want.y);
  // Both streams advanced alike.
  CHECK(rng.next_u64() == same.next_u64());

  // The cleaning keeps a sub-multiset of SMOTE's rows.
  CHECK(count_new_rows(LabelledData{over.X, over.y, d.n_classes}, got) == 0);
  const auto before = class_counts(over.y, d.n_classes), after = class_counts(got.y, d.n_classes);
  for (int c = 0; c < d.n_classes; ++c) CHECK(after[static_cast<std::size_t>(c)] <= before[static_cast<std::size_t>(c)]);

  // Survivors: synthetic ones are at most what SMOTE made, the rest at most the input.
  CHECK(got.n_synthetic == count_new_rows(d.view(), got));
  CHECK(got.n_synthetic <= over.n_synthetic);
  CHECK(got.X.rows() - static_cast<Eigen::Index>(got.n_synthetic) <= d.X.rows());
}

// Identical output with 1 and 2 threads; a different stream gives different rows.
inline void deterministic(const test_data::Labelled& d, const std::string& composite) {
  auto run = [&](std::size_t threads, const char* key) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    RandomStream rng = RandomStream::keyed(key);
    return test_data::resampler(composite)->resample(d.view(), rng);
  };
  const Resampled one = run(1, "a"), two = run(2, "a"), other = run(2, "b");
  CHECK(one.X == two.X);
  CHECK(one.y == two.y);
  CHECK(one.n_synthetic == two.n_synthetic);
  CHECK_FALSE(one.X == other.X);
}

}  // namespace imbench::smote_then_clean_checks
