// Precision, recall, specificity and the F scores: a rate of each class's
// one-vs-rest confusion matrix, reduced by the `average`/`class` parameters.
#include <utility>

#include "algorithms/metric/shared/metric_input.hpp"
#include "algorithms/metric/shared/rates.hpp"
#include "algorithms/metric/shared/reduction.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

using metric::CountRate;

class ClassRateMetric final : public Metric {
 public:
  ClassRateMetric(const Params& params, std::string name, CountRate rate)
      : name_(std::move(name)), selection_(params, name_, "auto"), rate_(std::move(rate)) {}

  double compute(const Predictions& p) const override {
    metric::check_labels(p, name_);
    return metric::reduce_counts(metric::count_classes(p), selection_.resolve(p), rate_);
  }

 private:
  std::string name_;
  metric::ClassSelection selection_;
  CountRate rate_;
};

ParamSchema class_rate_schema() {
  ParamSchema schema;
  metric::add_class_selection(schema, "auto", metric::kStandardAverages);
  return schema;
}

ParamSchema f_beta_schema() {
  ParamSchema schema = class_rate_schema();
  schema.real("beta", 1, 0, std::nullopt, "weight of recall relative to precision (0: precision, inf: recall)");
  return schema;
}

// The registration of a rate that has no parameter of its own.
PluginInfo rate_plugin(std::string name, std::string summary, std::string citation, CountRate rate) {
  auto make = [name, rate](const Params& params) { return std::make_unique<ClassRateMetric>(params, name, rate); };
  return {Kind::Metric, name, std::move(summary), std::move(citation), class_rate_schema(), Capabilities{}, make};
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({rate_plugin("precision", "Precision tp / (tp + fp); 0 when nothing is predicted as the class.",
                                     "scikit-learn 1.2 precision_score (zero_division=0)", metric::precision_of)})
IMBENCH_REGISTER_PLUGIN({rate_plugin("recall", "Recall tp / (tp + fn), also called sensitivity or true positive rate.",
                                     "scikit-learn 1.2 recall_score (zero_division=0)", metric::recall_of)})
IMBENCH_REGISTER_PLUGIN({rate_plugin("specificity", "Specificity tn / (tn + fp), the true negative rate.",
                                     "imbalanced-learn 0.10 specificity_score", metric::specificity_of)})
IMBENCH_REGISTER_PLUGIN({rate_plugin("f1", "F1 score: harmonic mean of precision and recall.",
                                     "scikit-learn 1.2 f1_score (zero_division=0)",
                                     [](const metric::BinaryCounts& c) { return metric::f_beta_of(c, 1.0); })})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "f_beta", "F-beta score (1 + b^2) P R / (b^2 P + R): recall counts beta times as much as precision.",
                         "van Rijsbergen 1979; scikit-learn 1.2 fbeta_score (zero_division=0)", f_beta_schema(),
                         Capabilities{}, [](const Params& params) {
                           const double beta = params.real("beta");
                           return std::make_unique<ClassRateMetric>(
                               params, "f_beta", [beta](const metric::BinaryCounts& c) { return metric::f_beta_of(c, beta); });
                         }})

}  // namespace imbench
