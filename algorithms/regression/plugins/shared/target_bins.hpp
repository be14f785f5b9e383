// Equal-width bins over the training targets' range, for plugins that count
// targets per bin (LDS weights, shot-bin errors). A number of bins instead of
// a bin width keeps one spec meaningful across data sets whose targets have
// different scales.
#pragma once

#include <span>
#include <string>

namespace imbench::regression {

// The width w such that bins [min + j w, min + (j + 1) w), j = 0..bins-1, cover the range of `y` with the
// largest value inside the last bin. Throws imbench::Error naming `plugin` when `y` is empty, holds a NaN
// or is constant.
double bin_width_for(std::span<const double> y, long long bins, const std::string& plugin);

}  // namespace imbench::regression
