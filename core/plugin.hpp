// The interfaces every plugin kind implements.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

// Interfaces derive virtually so that a plugin may implement a classification and a
// regression interface at once (the "none" stages do).
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
class Resampler : public virtual Plugin {
 public:
  virtual Resampled resample(const LabelledData& data, RandomStream& rng) const = 0;
};

// Gives every training sample a weight (e.g. from its class frequency).
class Weighting : public virtual Plugin {
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

class Classifier : public virtual Plugin {
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

class Metric : public virtual Plugin {
 public:
  virtual double compute(const Predictions& p) const = 0;
  // True when a larger value is better (accuracy), false for losses (log loss).
  virtual bool higher_is_better() const { return true; }
};

// ---- Regression (float targets). A plugin of kind resample, weight, model or
// metric that declares Capabilities::regression implements the interface below
// for its kind; "none" implements both the classification and the regression one.

// A regression training set as a plugin sees it.
struct RegressionData {
  const Matrix& X;
  std::span<const double> y;
  // 1 where feature j is nominal (X holds its codes); null or empty when none is.
  const std::vector<std::uint8_t>* categorical = nullptr;
};

struct RegressionResampled {
  Matrix X;
  std::vector<double> y;
  std::size_t n_synthetic = 0;  // rows that are not copies of input rows
};

class RegressionResampler : public virtual Plugin {
 public:
  virtual RegressionResampled resample(const RegressionData& data, RandomStream& rng) const = 0;
};

class RegressionWeighting : public virtual Plugin {
 public:
  virtual Weights weights(const RegressionData& data) const = 0;
};

class Regressor : public virtual Plugin {
 public:
  // `weights` is empty (all ones) or has one entry per row.
  virtual void fit(const RegressionData& data, const Weights& weights, RandomStream& rng) = 0;
  virtual std::vector<double> predict(const Matrix& X) const = 0;  // one value per row
};

// What a regression metric sees. `y_train` is the original (not resampled)
// training fold's target: relevance-based metrics derive phi from it, so the
// test fold never shapes its own scoring.
struct RegressionPredictions {
  std::span<const double> y_true;
  std::span<const double> y_pred;
  std::span<const double> y_train;
};

class RegressionMetric : public virtual Plugin {
 public:
  virtual double compute(const RegressionPredictions& p) const = 0;
  virtual bool higher_is_better() const { return false; }  // most regression metrics are errors
};


}  // namespace imbench
