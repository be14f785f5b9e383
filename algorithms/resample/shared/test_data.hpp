// Data and helpers for the resamplers' tests (header only, tests only).
#pragma once

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/registry.hpp"
#include "core/rng.hpp"

namespace imbench::test_data {

struct Labelled {
  Matrix X;
  Labels y;
  int n_classes;
  LabelledData view() const { return {X, y, n_classes}; }
};

// Gaussian blobs, one per class with centre (2c, -c, 0, ...), class sizes as
// given, rows shuffled so classes are interleaved.
inline Labelled blobs(const std::vector<std::size_t>& sizes, int n_features, RandomStream rng) {
  Labelled d{Matrix(), {}, static_cast<int>(sizes.size())};
  for (std::size_t c = 0; c < sizes.size(); ++c) d.y.insert(d.y.end(), sizes[c], static_cast<int>(c));
  for (std::size_t i = d.y.size(); i > 1; --i) std::swap(d.y[i - 1], d.y[rng.below(i)]);
  d.X.resize(static_cast<Eigen::Index>(d.y.size()), n_features);
  for (Eigen::Index i = 0; i < d.X.rows(); ++i)
    for (Eigen::Index j = 0; j < n_features; ++j) {
      double centre = j == 0 ? 2.0 * d.y[static_cast<std::size_t>(i)] : j == 1 ? -1.0 * d.y[static_cast<std::size_t>(i)] : 0.0;
      d.X(i, j) = centre + rng.normal();
    }
  return d;
}

// Blobs (as above, keyed by `key`) whose rows `recode(row, label, rng)` then makes partly nominal, rng being
// the stream keyed (key, "codes").
template <class Recode>
Labelled coded_blobs(const std::vector<std::size_t>& sizes, int n_features, const char* key, Recode recode) {
  Labelled d = blobs(sizes, n_features, RandomStream::keyed(key));
  RandomStream rng = RandomStream::keyed(key, "codes");
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) recode(d.X.row(i), d.y[static_cast<std::size_t>(i)], rng);
  return d;
}

inline std::unique_ptr<Resampler> resampler(const std::string& spec) {
  return Registry::instance().build<Resampler>(Kind::Resample, parse_spec(spec)).plugin;
}

// `spec` applied to d (with the nominal-feature mask, if given) with a stream keyed by `key`.
inline Resampled run(const std::string& spec, const Labelled& d, const char* key,
                     const std::vector<std::uint8_t>* categorical = nullptr) {
  RandomStream rng = RandomStream::keyed(key);
  return resampler(spec)->resample({d.X, d.y, d.n_classes, categorical}, rng);
}

// `sampler` applied to `data` with a fresh stream keyed by `key`, TBB allowed at most `threads` workers.
inline Resampled run_on_threads(const Resampler& sampler, const LabelledData& data, std::size_t threads,
                                const char* key) {
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
  RandomStream rng = RandomStream::keyed(key);
  return sampler.resample(data, rng);
}

// Checks that `sampler` gives the same rows and labels with 1 and 2 threads and, when it draws from the
// stream, that a second call on the same stream gives new rows (the first call still the same ones).
// Returns the 1-thread result for further checks.
inline Resampled check_thread_determinism(const Resampler& sampler, const LabelledData& data, bool randomised) {
  Resampled one = run_on_threads(sampler, data, 1, "same");
  Resampled two = run_on_threads(sampler, data, 2, "same");
  CHECK(one.X == two.X);
  CHECK(one.y == two.y);
  if (randomised) {
    RandomStream rng = RandomStream::keyed("same");
    CHECK(sampler.resample(data, rng).X == one.X);
    CHECK(sampler.resample(data, rng).X != one.X);
  }
  return one;
}

// "class:n ..." for the classes present, as the imblearn oracle prints counts.
inline std::string describe_counts(const Labels& y, int n_classes) {
  std::string s;
  std::vector<std::size_t> counts = class_counts(y, n_classes);
  for (std::size_t c = 0; c < counts.size(); ++c)
    if (counts[c] > 0) s += (s.empty() ? "" : " ") + std::to_string(c) + ":" + std::to_string(counts[c]);
  return s;
}

// True when `row` equals some row of X exactly.
inline bool is_row_of(const Matrix& X, const Eigen::RowVectorXd& row) {
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    if (X.row(i) == row) return true;
  return false;
}

}  // namespace imbench::test_data
