// Helpers for the metric tests: a set of predictions that owns its data, and
// evaluation of a metric spec through the registry (as the engine does).
#pragma once

#include <string>
#include <vector>

#include "core/registry.hpp"
#include "core/spec.hpp"

namespace imbench::metric::testing {

struct PredictionSet {
  Labels y_true, y_pred;
  Matrix proba;
  int n_classes = 2;
  int positive = 1;

  Predictions view() const { return {y_true, y_pred, proba, n_classes, positive}; }
};

// A binary task whose class-1 probabilities are `scores`.
inline PredictionSet binary_scores(Labels y_true, Labels y_pred, const std::vector<double>& scores) {
  Matrix proba(static_cast<Eigen::Index>(scores.size()), 2);
  for (std::size_t i = 0; i < scores.size(); ++i) proba.row(static_cast<Eigen::Index>(i)) << 1 - scores[i], scores[i];
  return {std::move(y_true), std::move(y_pred), proba, 2, 1};
}

inline Built<Metric> build_metric(const std::string& spec) {
  return Registry::instance().build<Metric>(Kind::Metric, parse_spec(spec));
}

inline double evaluate(const std::string& spec, const PredictionSet& set) {
  return build_metric(spec).plugin->compute(set.view());
}

}  // namespace imbench::metric::testing
