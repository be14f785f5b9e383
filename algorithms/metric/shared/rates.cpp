#include "algorithms/metric/shared/rates.hpp"

#include <cmath>

namespace imbench::metric {
namespace {
double ratio_or_zero(double numerator, double denominator) { return denominator == 0 ? 0.0 : numerator / denominator; }
}  // namespace

double precision_of(const BinaryCounts& c) { return ratio_or_zero(c.tp, c.predicted()); }
double recall_of(const BinaryCounts& c) { return ratio_or_zero(c.tp, c.actual()); }
double specificity_of(const BinaryCounts& c) { return ratio_or_zero(c.tn, c.tn + c.fp); }

double f_beta_of(const BinaryCounts& c, double beta) {
  const double precision = precision_of(c), recall = recall_of(c);
  if (std::isinf(beta)) return recall;
  const double beta2 = beta * beta;
  double denominator = beta2 * precision + recall;
  if (denominator == 0) denominator = 1;
  return (1 + beta2) * precision * recall / denominator;
}

}  // namespace imbench::metric
