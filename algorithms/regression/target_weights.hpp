// Per-case training weights that favour rare target values.
//
// DenseWeight (Steininger, Kobs, Davidson, Krause & Hotho, "Density-based
// weighting for imbalanced regression", Machine Learning 110, 2021):
// p = Gaussian KDE of the target (bandwidth 1.06 sd n^(-1/5)), min-max
// scaled to [0, 1]; w_i = max(1 - alpha p'(y_i), eps) / mean_j max(1 - alpha p'(y_j), eps), eps = 1e-6.
// Deviation: the KDE is evaluated exactly at each target instead of on the
// package's 4096-point FFT grid.
//
// LDS (Yang, Zha, Chen, Wang & Katabi, "Delving into Deep Imbalanced
// Regression", ICML 2021, _prepare_weights): per-bin target counts
// (clipped to [5, 1000] for "inverse", square-rooted for "sqrt_inv"),
// convolved with a kernel window normalised to peak 1 (zero padding);
// w_i = 1 / smoothed(bin of y_i), rescaled to mean 1. The paper bins integer
// ages; here bin j is [min y + j w, min y + (j + 1) w).
#pragma once

#include <span>
#include <string>
#include <vector>

namespace imbench::regression {

std::vector<double> dense_weights(std::span<const double> y, double alpha);

struct LdsOptions {
  double bin_width = 1.0;
  std::string reweight = "sqrt_inv";  // "sqrt_inv" (sqrt of counts) | "inverse" (counts clipped to [5, 1000])
  bool smooth = true;                 // false: plain inverse of the (re-weighted) counts, no LDS kernel
  std::string kernel = "gaussian";    // "gaussian" | "triang" | "laplace"
  int kernel_size = 5;                // odd
  double sigma = 2.0;
};

// The normalised kernel window (peak 1) of `kernel_size` entries.
std::vector<double> lds_kernel_window(const std::string& kernel, int kernel_size, double sigma);

std::vector<double> lds_weights(std::span<const double> y, const LdsOptions& options);

}  // namespace imbench::regression
