// Reduces per-class values to the one number a metric reports, following
// scikit-learn's averaging rules exactly.
#pragma once

#include <functional>
#include <vector>

#include "algorithms/metric/shared/binary_ranking.hpp"
#include "algorithms/metric/shared/class_counts.hpp"
#include "algorithms/metric/shared/class_selection.hpp"

namespace imbench::metric {

// A metric of one one-vs-rest confusion matrix (precision, recall, ...).
using CountRate = std::function<double(const BinaryCounts&)>;

// As precision_recall_fscore_support (scikit-learn) and
// sensitivity_specificity_support (imbalanced-learn) with zero_division=0:
// macro/weighted/micro run over the classes in y_true or y_pred; weighted
// weights by true count; micro applies `rate` to the summed counts. Binary
// is the positive class, and 0 when it occurs in neither y_true nor y_pred
// (imbalanced-learn returns 0 there; scikit-learn reaches 0 by zero_division).
double reduce_counts(const ClassCounts& counts, const Target& target, const CountRate& rate);

// A threshold-free metric of one binary problem (roc_auc_of, ...).
using RankingRate = double (*)(std::vector<ScoredSample>);

// One-vs-rest on column k of proba: macro/weighted/micro run over the classes
// present in y_true (scikit-learn's multi-class OvR; micro pools those
// columns); weighted weights by true count. Assumes check_scores(p) passed.
double reduce_scores(const Predictions& p, const Target& target, RankingRate rate);

}  // namespace imbench::metric
