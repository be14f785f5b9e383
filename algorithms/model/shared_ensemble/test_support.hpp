// Shared checks for the ensemble plugins' tests: thread-count invariance and
// nested-spec errors.
#pragma once

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <string>

#include "tests/support/forest_oracle.hpp"

namespace imbench::testing {

// Fits `spec` on an imbalanced two-class set with one and with two threads; the
// probabilities must be bit-identical.
inline void check_thread_invariance(const std::string& spec) {
  CAPTURE(spec);
  const ShiftedClasses data = shifted_classes(600, 4, 0.1, 1.2, "ensemble-threads", 1);
  auto run = [&](int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    auto model = make_classifier(spec);
    RandomStream rng = RandomStream::keyed("ensemble-threads");
    model->fit({data.X, data.y, 2}, {}, rng);
    return model->predict_proba(data.X);
  };
  const Matrix one = run(1);
  CHECK(one == run(2));
  // And the seed matters: another stream gives another ensemble.
  auto model = make_classifier(spec);
  RandomStream other = RandomStream::keyed("ensemble-threads-other");
  model->fit({data.X, data.y, 2}, {}, other);
  CHECK(model->predict_proba(data.X) != one);
}

}  // namespace imbench::testing
