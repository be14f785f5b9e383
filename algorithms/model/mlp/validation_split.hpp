// The stratified validation split the mlp holds out for early stopping and for
// schedules that need per-class validation scores (as scikit-learn's
// MLPClassifier holds out validation_fraction with stratify=y).
#pragma once

#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::mlp {

struct Holdout {
  Indices train, validation;  // ascending row positions
};

// Each class gives round(fraction * its rows) random rows to validation, but
// always keeps one for training. Throws Error naming validation_fraction when
// no validation row is left.
Holdout stratified_holdout(const Labels& y, int n_classes, double fraction, RandomStream& rng);

// Per-class F1 of predicted labels (0 where a class is never predicted nor present).
std::vector<double> class_f1(const Labels& truth, const Labels& predicted, int n_classes);

}  // namespace imbench::mlp
