// Matthews correlation coefficient; for K classes Gorodkin's R_K, computed
// from the confusion matrix margins exactly as scikit-learn does.
#include <cmath>

#include "algorithms/metric/shared/class_counts.hpp"
#include "algorithms/metric/shared/metric_input.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class MatthewsCorrelation final : public Metric {
 public:
  double compute(const Predictions& p) const override {
    metric::check_labels(p, "mcc");
    const metric::ClassCounts counts = metric::count_classes(p);
    const double n = counts.n_samples;
    double correct = 0, true_dot_pred = 0, pred_dot_pred = 0, true_dot_true = 0;
    for (const metric::BinaryCounts& c : counts.per_class) {
      correct += c.tp;
      true_dot_pred += c.actual() * c.predicted();
      pred_dot_pred += c.predicted() * c.predicted();
      true_dot_true += c.actual() * c.actual();
    }
    const double cov_true_pred = correct * n - true_dot_pred;
    const double cov_pred_pred = n * n - pred_dot_pred;
    const double cov_true_true = n * n - true_dot_true;
    // A constant y_true or y_pred leaves the correlation undefined; 0 as in scikit-learn.
    if (cov_pred_pred * cov_true_true == 0) return 0.0;
    return cov_true_pred / std::sqrt(cov_true_true * cov_pred_pred);
  }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "mcc", "Matthews correlation coefficient (multi-class: Gorodkin's R_K).",
                         "Matthews 1975; Gorodkin 2004; scikit-learn 1.2 matthews_corrcoef", ParamSchema{},
                         Capabilities{}, [](const Params&) { return std::make_unique<MatthewsCorrelation>(); }})

}  // namespace imbench
