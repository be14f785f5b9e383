// Geometric mean of class-wise accuracies, with imbalanced-learn's two
// definitions: the geometric mean of the per-class recalls (`multiclass`,
// the default) or sqrt(sensitivity * specificity) after averaging each.
#include <cmath>

#include "algorithms/metric/shared/metric_input.hpp"
#include "algorithms/metric/shared/rates.hpp"
#include "algorithms/metric/shared/reduction.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kDefaultAverage = "multiclass";

class GeometricMean final : public Metric {
 public:
  explicit GeometricMean(const Params& params) : selection_(params, "g_mean", kDefaultAverage) {}

  double compute(const Predictions& p) const override {
    metric::check_labels(p, "g_mean");
    const metric::ClassCounts counts = metric::count_classes(p);
    const metric::Target target = selection_.resolve(p);
    if (target.scope == metric::Scope::Multiclass) return recall_geometric_mean(counts);
    return std::sqrt(metric::reduce_counts(counts, target, metric::recall_of) *
                     metric::reduce_counts(counts, target, metric::specificity_of));
  }

 private:
  // scipy.stats.gmean (exp of the mean log) over the classes in y_true or
  // y_pred. A class only predicted has recall 0, so it makes the result 0.
  static double recall_geometric_mean(const metric::ClassCounts& counts) {
    double log_sum = 0, classes = 0;
    for (std::size_t k = 0; k < counts.per_class.size(); ++k) {
      if (!counts.present[k]) continue;
      log_sum += std::log(metric::recall_of(counts.per_class[k]));
      classes += 1;
    }
    return std::exp(log_sum / classes);
  }

  metric::ClassSelection selection_;
};

ParamSchema g_mean_schema() {
  ParamSchema schema;
  metric::add_class_selection(schema, kDefaultAverage, {"multiclass", "binary", "macro", "weighted", "micro"});
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "g_mean",
                         "G-mean: geometric mean of the per-class recalls (multiclass) or sqrt(sensitivity * specificity).",
                         "Kubat & Matwin 1997; imbalanced-learn 0.10 geometric_mean_score", g_mean_schema(),
                         Capabilities{}, [](const Params& params) { return std::make_unique<GeometricMean>(params); }})

}  // namespace imbench
