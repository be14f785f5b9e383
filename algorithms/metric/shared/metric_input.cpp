#include "algorithms/metric/shared/metric_input.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench::metric {
namespace {

void check_label_vector(const Labels& y, const char* which, int n_classes, const std::string& metric) {
  for (std::size_t i = 0; i < y.size(); ++i)
    if (y[i] < 0 || y[i] >= n_classes)
      throw Error("metric '" + metric + "': " + which + "[" + std::to_string(i) + "] = " + std::to_string(y[i]) +
                  " is not a class index of this " + std::to_string(n_classes) + "-class task");
}

}  // namespace

void check_labels(const Predictions& p, const std::string& metric) {
  if (p.n_classes < 2)
    throw Error("metric '" + metric + "': the task has " + std::to_string(p.n_classes) +
                " classes; classification metrics need at least 2");
  if (p.y_true.empty()) throw Error("metric '" + metric + "': no samples to evaluate");
  if (p.y_pred.size() != p.y_true.size())
    throw Error("metric '" + metric + "': y_pred has " + std::to_string(p.y_pred.size()) + " labels but y_true has " +
                std::to_string(p.y_true.size()));
  check_label_vector(p.y_true, "y_true", p.n_classes, metric);
  check_label_vector(p.y_pred, "y_pred", p.n_classes, metric);
}

void check_scores(const Predictions& p, const std::string& metric) {
  check_labels(p, metric);
  const auto n = static_cast<Eigen::Index>(p.y_true.size());
  if (p.proba.rows() != n || p.proba.cols() != p.n_classes)
    throw Error("metric '" + metric + "': proba is " + std::to_string(p.proba.rows()) + " x " +
                std::to_string(p.proba.cols()) + " but the task needs " + std::to_string(n) + " x " +
                std::to_string(p.n_classes) + " (samples x classes)");
  for (Eigen::Index i = 0; i < p.proba.rows(); ++i)
    for (Eigen::Index k = 0; k < p.proba.cols(); ++k)
      if (!std::isfinite(p.proba(i, k)))
        throw Error("metric '" + metric + "': proba(" + std::to_string(i) + ", " + std::to_string(k) +
                    ") is not a finite number");
}

int positive_class(const Predictions& p, const std::string& metric) {
  if (p.positive_class < 0 || p.positive_class >= p.n_classes)
    throw Error("metric '" + metric + "': the task's positive class (" + std::to_string(p.positive_class) +
                ") is not one of its " + std::to_string(p.n_classes) + " classes");
  return p.positive_class;
}

}  // namespace imbench::metric
