#include "algorithms/metric/shared/class_selection.hpp"

#include "algorithms/metric/shared/metric_input.hpp"
#include "core/error.hpp"

namespace imbench::metric {

void add_class_selection(ParamSchema& schema, const std::string& default_average,
                         const std::vector<std::string>& averages) {
  schema.choice("average", default_average, averages,
                "how per-class values become one number (see algorithms/metric/README.md); keep the default with class")
      .integer("class", -1, -1, std::nullopt,
               "report the one-vs-rest value of this class index alone; -1 = use `average`");
}

ClassSelection::ClassSelection(const Params& params, const std::string& metric, const std::string& default_average)
    : metric_(metric), average_(params.text("average")), cls_(static_cast<int>(params.integer("class"))) {
  if (cls_ >= 0 && average_ != default_average)
    throw Error("metric '" + metric + "': parameter 'class' (" + std::to_string(cls_) +
                ") selects one class, so parameter 'average' must keep its default '" + default_average +
                "' (got '" + average_ + "')");
}

Target ClassSelection::resolve(const Predictions& p) const {
  if (cls_ >= 0) {
    if (cls_ >= p.n_classes)
      throw Error("metric '" + metric_ + "': parameter 'class' = " + std::to_string(cls_) + " but the task has " +
                  std::to_string(p.n_classes) + " classes (0.." + std::to_string(p.n_classes - 1) + ")");
    return {Scope::OneClass, cls_};
  }
  std::string average = average_;
  if (average == "auto") average = p.n_classes == 2 ? "binary" : "macro";
  if (average == "binary") {
    if (p.n_classes != 2)
      throw Error("metric '" + metric_ + "': average=binary needs a two-class task, this one has " +
                  std::to_string(p.n_classes) + " classes; use macro, weighted, micro or class=K");
    return {Scope::Binary, positive_class(p, metric_)};
  }
  if (average == "macro") return {Scope::Macro};
  if (average == "weighted") return {Scope::Weighted};
  if (average == "micro") return {Scope::Micro};
  if (average == "multiclass") return {Scope::Multiclass};
  throw Error("internal: metric '" + metric_ + "' has an unhandled average '" + average + "'");
}

}  // namespace imbench::metric
