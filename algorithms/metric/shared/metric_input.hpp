// Checks that a metric's input is consistent before any counting, so a bad
// call fails with a message naming the metric instead of reading out of range.
#pragma once

#include <string>

#include "core/plugin.hpp"

namespace imbench::metric {

// y_true and y_pred: same non-zero length, every label in 0..n_classes-1.
void check_labels(const Predictions& p, const std::string& metric);

// check_labels, plus proba: one row per sample, one column per class, finite.
void check_scores(const Predictions& p, const std::string& metric);

// The task's positive class; an Error when the task does not name a valid one.
int positive_class(const Predictions& p, const std::string& metric);

}  // namespace imbench::metric
