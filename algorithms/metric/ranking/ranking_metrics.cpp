// Threshold-free metrics of the class scores: ROC AUC and average precision,
// one-vs-rest per class and reduced by the `average`/`class` parameters.
#include <utility>

#include "algorithms/metric/shared/metric_input.hpp"
#include "algorithms/metric/shared/reduction.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class RankingMetric final : public Metric {
 public:
  RankingMetric(const Params& params, std::string name, metric::RankingRate rate)
      : name_(std::move(name)), selection_(params, name_, "auto"), rate_(rate) {}

  double compute(const Predictions& p) const override {
    metric::check_scores(p, name_);
    return metric::reduce_scores(p, selection_.resolve(p), rate_);
  }

 private:
  std::string name_;
  metric::ClassSelection selection_;
  metric::RankingRate rate_;
};

PluginInfo ranking_plugin(std::string name, std::string summary, std::string citation, metric::RankingRate rate) {
  ParamSchema schema;
  metric::add_class_selection(schema, "auto", metric::kStandardAverages);
  auto make = [name, rate](const Params& params) { return std::make_unique<RankingMetric>(params, name, rate); };
  return {Kind::Metric, name, std::move(summary), std::move(citation), std::move(schema), Capabilities{}, make};
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({ranking_plugin(
    "roc_auc", "Area under the ROC curve (a tied pair counts one half); multi-class one-vs-rest.",
    "Hanley & McNeil 1982; Provost & Domingos 2000; scikit-learn 1.2 roc_auc_score(multi_class='ovr')",
    metric::roc_auc_of)})
IMBENCH_REGISTER_PLUGIN({ranking_plugin("average_precision",
                                        "Average precision: area under the precision-recall step curve (AUPRC); multi-class one-vs-rest.",
                                        "scikit-learn 1.2 average_precision_score", metric::average_precision_of)})

}  // namespace imbench
