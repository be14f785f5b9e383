// SERA, the squared error-relevance area (Ribeiro & Moniz, "A framework to
// generate synthetic regression data sets", Machine Learning 109, 2020):
// SER_t = sum over phi(y_i) >= t of (yhat_i - y_i)^2 and SERA = integral of
// SER_t over t in [0, 1], taken with the trapezoid rule on t = 0, step, ..., 1
// as the IRon package does. phi is evaluated on the true values. Lower is better.
#pragma once

#include <span>

namespace imbench::regression {

struct SeraOptions {
  double step = 0.001;     // grid spacing of t; 1/step must be a whole number
  bool normalise = false;  // divide by SER_0, the plain sum of squared errors
};

// `relevance` holds phi(y_true[i]). A normalised SERA of perfect predictions is 0.
double sera(std::span<const double> y_true, std::span<const double> y_pred, std::span<const double> relevance,
            SeraOptions options = {});

}  // namespace imbench::regression
