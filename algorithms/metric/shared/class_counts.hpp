// One-vs-rest confusion counts: the sufficient statistics of every
// label-based metric (precision, recall, specificity, F, G-mean, MCC, ...).
#pragma once

#include <vector>

#include "core/plugin.hpp"

namespace imbench::metric {

// The 2x2 confusion matrix of "class k" against "every other class", or the
// sum of several of them (micro averages). Doubles, since every use divides.
struct BinaryCounts {
  double tp = 0, fp = 0, fn = 0, tn = 0;

  double actual() const { return tp + fn; }     // samples whose true class is k
  double predicted() const { return tp + fp; }  // samples predicted as k
  BinaryCounts& operator+=(const BinaryCounts& other);
};

struct ClassCounts {
  std::vector<BinaryCounts> per_class;  // indexed by class
  // Classes occurring in y_true or y_pred: the label set scikit-learn and
  // imbalanced-learn average over when no `labels` are given.
  std::vector<bool> present;
  double n_samples = 0;
};

// Assumes check_labels(p) passed.
ClassCounts count_classes(const Predictions& p);

}  // namespace imbench::metric
