// Inputs and outputs shared by the regression resamplers.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench::regression {

// A training set: features, float target, and a mask of nominal features
// (empty = all numeric; nominal columns hold codes 0, 1, ...).
struct RegressionView {
  const Matrix& X;
  std::span<const double> y;
  const std::vector<std::uint8_t>& nominal;
};

// A re-sampled training set: the kept original rows in their input order,
// then the synthetic rows bump by bump.
struct RegressionSample {
  Matrix X;
  std::vector<double> y;
  std::size_t n_synthetic = 0;
};

// The rows flagged in `keep`, in input order, then `n_extra` rows for the caller to fill.
RegressionSample start_sample(const RegressionView& data, const std::vector<std::uint8_t>& keep, std::size_t n_extra);

// Throws imbench::Error (naming `method`) when shapes disagree or X or y hold NaN/inf.
void validate(const RegressionView& data, const std::string& method);

}  // namespace imbench::regression
