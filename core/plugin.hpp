// The interfaces every plugin kind implements.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

class Plugin {
 public:
  virtual ~Plugin() = default;
};

// A labelled training set as a plugin sees it. Labels are 0..n_classes-1.
struct LabelledData {
  const Matrix& X;
  const Labels& y;
  int n_classes;
  // 1 where feature j is nominal (X holds its codes), as datasets store it;
  // null or empty when no feature is nominal.
  const std::vector<std::uint8_t>* categorical = nullptr;
};

struct Resampled {
  Matrix X;
  Labels y;
  std::size_t n_synthetic = 0;  // rows that are not copies of input rows
};

// Changes the training set (over-, under-sampling, cleaning). Runs on the
// training fold only; all randomness comes from `rng`.
class Resampler : public Plugin {
 public:
  virtual Resampled resample(const LabelledData& data, RandomStream& rng) const = 0;
};

// Gives every training sample a weight (e.g. from its class frequency).
class Weighting : public Plugin {
 public:
  virtual Weights weights(const LabelledData& data) const = 0;
  // Predicted labels for the class probabilities `proba` (n x n_classes) when
  // the weighting brings its own decision rule (e.g. minimum expected cost);
  // nullopt keeps the engine's most-probable-class rule. Probability metrics
  // always see `proba` itself.
  virtual std::optional<Labels> decide(const Matrix& /*proba*/) const { return std::nullopt; }
  // False when every weight is 1 (the plugin brings only a decision rule), so
  // it may precede a model that takes no sample weights.
  virtual bool reweights() const { return true; }
};

class Classifier : public Plugin {
 public:
  // `weights` is empty (all ones) or has one entry per row.
  virtual void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) = 0;
  // n x n_classes class probabilities; rows sum to 1.
  virtual Matrix predict_proba(const Matrix& X) const = 0;
};

// What a metric sees: true labels, predicted labels and class scores.
struct Predictions {
  const Labels& y_true;
  const Labels& y_pred;
  const Matrix& proba;  // n x n_classes
  int n_classes;
  int positive_class;  // index of the positive class for binary averages
};

class Metric : public Plugin {
 public:
  virtual double compute(const Predictions& p) const = 0;
  // True when a larger value is better (accuracy), false for losses (log loss).
  virtual bool higher_is_better() const { return true; }
};

}  // namespace imbench
