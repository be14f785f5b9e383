// Threshold-free metrics of one binary problem (a score per sample and
// whether the sample is positive), with tied scores handled exactly.
#pragma once

#include <vector>

namespace imbench::metric {

struct ScoredSample {
  double score;
  bool positive;
};

// Area under the ROC curve from the Mann-Whitney U statistic: a tied
// (positive, negative) pair counts one half. Equal to scikit-learn's
// trapezoid over roc_curve, but computed from integer counts. NaN when the
// samples are all positive or all negative (scikit-learn raises there).
double roc_auc_of(std::vector<ScoredSample> samples);

// scikit-learn's average precision: sum over distinct thresholds, from the
// highest score down, of (R_t - R_{t-1}) * P_t, a step function without
// interpolation. Tied scores form one threshold. 0 when nothing is positive
// (scikit-learn 1.2 then sets recall to 1 at every threshold).
double average_precision_of(std::vector<ScoredSample> samples);

}  // namespace imbench::metric
