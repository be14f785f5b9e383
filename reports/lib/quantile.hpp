// Order statistics for timing summaries.
#pragma once

#include <vector>

namespace imbench::reports {

// The q-quantile (0 <= q <= 1) with linear interpolation between order
// statistics: numpy.quantile's default (method="linear", Hyndman & Fan type 7),
// position h = (n - 1) q. Throws imbench::Error for no values, a NaN value or q
// outside [0, 1].
double quantile(std::vector<double> values, double q);

struct MedianIqr {
  double median = 0;
  double iqr = 0;  // 0.75-quantile minus 0.25-quantile
};
MedianIqr median_iqr(const std::vector<double>& values);

}  // namespace imbench::reports
