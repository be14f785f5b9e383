// Building regression plugins through the registry in tests (header only, tests only).
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "algorithms/regression/test_data.hpp"
#include "core/registry.hpp"

namespace imbench::regression::plugin_test {

inline std::unique_ptr<RegressionResampler> resampler(const std::string& spec) {
  return Registry::instance().build<RegressionResampler>(Kind::Resample, parse_spec(spec)).plugin;
}
inline std::unique_ptr<RegressionWeighting> weighting(const std::string& spec) {
  return Registry::instance().build<RegressionWeighting>(Kind::Weight, parse_spec(spec)).plugin;
}
inline std::unique_ptr<RegressionMetric> metric(const std::string& spec) {
  return Registry::instance().build<RegressionMetric>(Kind::Metric, parse_spec(spec)).plugin;
}

// Runs the resampler built from `spec` with the stream keyed by `key`.
inline RegressionResampled resample(const std::string& spec, const test_data::Set& s, const char* key) {
  RandomStream rng = RandomStream::keyed(key);
  return resampler(spec)->resample(s.view(), rng);
}

// Both samples hold the same rows and targets, bit for bit.
inline void check_same(const RegressionResampled& a, const RegressionResampled& b) {
  CHECK(a.X == b.X);
  CHECK(a.y == b.y);
  CHECK(a.n_synthetic == b.n_synthetic);
}

// A spec string with bad parameters must fail to build with an imbench::Error naming `parameter`.
inline void check_rejects(Kind kind, const std::string& spec, const std::string& parameter) {
  CAPTURE(spec);
  CHECK_THROWS_WITH_AS(Registry::instance().build<Plugin>(kind, parse_spec(spec)), doctest::Contains(parameter.c_str()),
                       Error);
}

}  // namespace imbench::regression::plugin_test
