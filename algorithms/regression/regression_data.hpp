// Inputs and outputs shared by the regression resamplers.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/plugin.hpp"

namespace imbench::regression {

// The training set and the re-sampled set are the plugin interfaces' own types, so the plugins pass them through
// unchanged. Nominal columns hold codes 0, 1, ...; a null or empty mask means every feature is numeric. A
// re-sampled set holds the kept original rows in their input order, then the synthetic rows bump by bump.
using RegressionView = RegressionData;
using RegressionSample = RegressionResampled;

// The nominal mask of `data`, empty when it has none.
const std::vector<std::uint8_t>& nominal_mask(const RegressionView& data);

// The rows flagged in `keep`, in input order, then `n_extra` rows for the caller to fill.
RegressionSample start_sample(const RegressionView& data, const std::vector<std::uint8_t>& keep, std::size_t n_extra);

// Throws imbench::Error (naming `method`) when shapes disagree or X or y hold NaN/inf.
void validate(const RegressionView& data, const std::string& method);

}  // namespace imbench::regression
