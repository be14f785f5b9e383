// Rates of one one-vs-rest confusion matrix. A zero denominator gives 0,
// scikit-learn's zero_division default ("warn" behaves as 0).
#pragma once

#include "algorithms/metric/shared/class_counts.hpp"

namespace imbench::metric {

double precision_of(const BinaryCounts& c);    // tp / (tp + fp)
double recall_of(const BinaryCounts& c);       // tp / (tp + fn), sensitivity
double specificity_of(const BinaryCounts& c);  // tn / (tn + fp)

// (1 + b^2) P R / (b^2 P + R), 0 when the denominator is 0; recall for
// beta = inf and precision for beta = 0, in scikit-learn's operation order.
double f_beta_of(const BinaryCounts& c, double beta);

}  // namespace imbench::metric
