// Many/medium/few-shot errors (Yang et al., ICML 2021) as two metrics with a
// `group` parameter: the MAE or RMSE of the test cases whose target bin holds
// more than `many`, between `few` and `many`, or fewer than `few` training
// targets. Bins are `bins` equal-width bins over the training fold's range; a
// group with no test case scores NaN.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/target_bins.hpp"
#include "algorithms/regression/regression_metrics.hpp"

namespace imbench::regression {
namespace {

class ShotErrorMetric final : public RegressionMetric {
 public:
  ShotErrorMetric(const Params& p, std::string name, bool rmse)
      : name_(std::move(name)),
        rmse_(rmse),
        group_(p.text("group")),
        bins_(p.integer("bins")),
        many_(static_cast<std::size_t>(p.integer("many"))),
        few_(static_cast<std::size_t>(p.integer("few"))) {
    if (few_ > many_) throw Error("parameter 'few' of '" + name_ + "' must not exceed 'many'");
  }

  double compute(const RegressionPredictions& p) const override {
    return named_errors(name_, [&] {
      const double width = bin_width_for(p.y_train, bins_, name_);
      const ShotErrors errors = shot_errors(p.y_train, p.y_true, p.y_pred, width, many_, few_);
      const ShotGroup& g = group_ == "many" ? errors.many : group_ == "medium" ? errors.medium : errors.few;
      return rmse_ ? g.rmse : g.mae;
    });
  }

 private:
  std::string name_;
  bool rmse_;
  std::string group_;
  long long bins_;
  std::size_t many_, few_;
};

ParamSchema shot_schema() {
  ParamSchema schema;
  schema.choice("group", "few", {"many", "medium", "few"}, "Test cases scored, by their bin's training count");
  schema.integer("bins", 100, 1, 100000, "Equal-width target bins over the training range");
  schema.integer("many", 100, 0, std::nullopt, "Many-shot: more than this many training targets in the bin");
  schema.integer("few", 20, 0, std::nullopt, "Few-shot: fewer than this many training targets in the bin");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "shot_mae",
                         "Mean absolute error of the many-, medium- or few-shot test cases (by training bin count).",
                         "Yang, Zha, Chen, Wang & Katabi, Delving into Deep Imbalanced Regression, ICML 2021",
                         shot_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<ShotErrorMetric>(p, "shot_mae", false); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "shot_rmse",
                         "Root mean squared error of the many-, medium- or few-shot test cases (by training bin "
                         "count).",
                         "Yang, Zha, Chen, Wang & Katabi, Delving into Deep Imbalanced Regression, ICML 2021",
                         shot_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<ShotErrorMetric>(p, "shot_rmse", true); }})

}  // namespace imbench::regression
