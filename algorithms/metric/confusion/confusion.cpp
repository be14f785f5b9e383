// One cell of a class's one-vs-rest confusion matrix, as a count. Stored
// next to the rates, these let any other rate be recomputed later.
#include "algorithms/metric/shared/class_counts.hpp"
#include "algorithms/metric/shared/metric_input.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class ConfusionCell final : public Metric {
 public:
  explicit ConfusionCell(const Params& params)
      : cell_(params.text("cell")), class_(static_cast<int>(params.integer("class"))) {}

  double compute(const Predictions& p) const override {
    metric::check_labels(p, "confusion");
    const int k = class_ >= 0 ? class_ : metric::positive_class(p, "confusion");
    if (k >= p.n_classes)
      throw Error("metric 'confusion': parameter 'class' = " + std::to_string(k) + " but the task has " +
                  std::to_string(p.n_classes) + " classes (0.." + std::to_string(p.n_classes - 1) + ")");
    const metric::BinaryCounts c = metric::count_classes(p).per_class[k];
    if (cell_ == "tp") return c.tp;
    if (cell_ == "fp") return c.fp;
    if (cell_ == "fn") return c.fn;
    return c.tn;
  }

  // More true positives or negatives is better; more errors is worse.
  bool higher_is_better() const override { return cell_ == "tp" || cell_ == "tn"; }

 private:
  std::string cell_;
  int class_;
};

ParamSchema confusion_schema() {
  ParamSchema schema;
  schema.choice("cell", "tp", {"tp", "fp", "fn", "tn"}, "which count of the class-vs-rest confusion matrix")
      .integer("class", -1, -1, std::nullopt, "the class index; -1 = the task's positive class");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "confusion", "A count (tp, fp, fn or tn) of one class against the rest.",
                         "scikit-learn 1.2 multilabel_confusion_matrix", confusion_schema(), Capabilities{},
                         [](const Params& params) { return std::make_unique<ConfusionCell>(params); }})

}  // namespace imbench
