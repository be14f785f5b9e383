// Accuracy and balanced accuracy: whole-task metrics without averaging
// parameters.
#include "algorithms/metric/shared/class_counts.hpp"
#include "algorithms/metric/shared/metric_input.hpp"
#include "algorithms/metric/shared/rates.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class Accuracy final : public Metric {
 public:
  double compute(const Predictions& p) const override {
    metric::check_labels(p, "accuracy");
    double correct = 0;
    for (std::size_t i = 0; i < p.y_true.size(); ++i) correct += p.y_true[i] == p.y_pred[i] ? 1 : 0;
    return correct / static_cast<double>(p.y_true.size());
  }
};

// scikit-learn's balanced_accuracy_score: the mean recall over the classes
// that occur in y_true (a class only predicted has no recall and is skipped).
class BalancedAccuracy final : public Metric {
 public:
  double compute(const Predictions& p) const override {
    metric::check_labels(p, "balanced_accuracy");
    double sum = 0, classes = 0;
    for (const metric::BinaryCounts& c : metric::count_classes(p).per_class) {
      if (c.actual() == 0) continue;
      sum += metric::recall_of(c);
      classes += 1;
    }
    return sum / classes;
  }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "accuracy", "Fraction of samples whose predicted class is the true one.",
                         "scikit-learn 1.2 accuracy_score", ParamSchema{}, Capabilities{},
                         [](const Params&) { return std::make_unique<Accuracy>(); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "balanced_accuracy", "Mean recall over the classes present in y_true.",
                         "Brodersen et al. 2010; scikit-learn 1.2 balanced_accuracy_score", ParamSchema{},
                         Capabilities{}, [](const Params&) { return std::make_unique<BalancedAccuracy>(); }})

}  // namespace imbench
