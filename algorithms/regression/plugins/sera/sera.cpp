// SERA as a plugin: phi is fitted to the training fold's targets and
// evaluated at the test fold's true values; see algorithms/regression/sera.hpp.
#include "algorithms/regression/sera.hpp"

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/regression_metrics.hpp"

namespace imbench::regression {
namespace {

class SeraMetric final : public RegressionMetric {
 public:
  explicit SeraMetric(const Params& p) : relevance_(p, "sera"), options_{p.real("step"), p.boolean("normalise")} {}

  double compute(const RegressionPredictions& p) const override {
    return named_errors("sera", [&] {
      check_predictions("sera", p.y_true, p.y_pred);
      return sera(p.y_true, p.y_pred, relevance_.fit(p.y_train)(p.y_true), options_);
    });
  }

 private:
  RelevanceParams relevance_;
  SeraOptions options_;
};

ParamSchema sera_schema() {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::Without);
  schema.real("step", 0.001, 0.0, 0.5, "Trapezoid grid spacing of the relevance cut t (1/step a whole number)", true);
  schema.boolean("normalise", false, "Divide by SER_0, the plain sum of squared errors");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "sera",
                         "SERA: squared errors of the cases with phi(y) >= t, integrated over t in [0, 1].",
                         "Ribeiro & Moniz, A framework to generate synthetic regression data sets, Machine Learning "
                         "109, 2020; IRon sera",
                         sera_schema(), regression_only(),
                         [](const Params& p) { return std::make_unique<SeraMetric>(p); }})

}  // namespace imbench::regression
