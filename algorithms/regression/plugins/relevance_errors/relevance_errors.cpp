// Relevance-aware point errors: MAE and RMSE weighted by phi(y), and the RMSE
// of the rare cases alone. phi is fitted to the training fold's targets; a
// test fold without relevant (or rare) cases scores NaN.
#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/regression_metrics.hpp"

namespace imbench::regression {
namespace {

enum class ErrorKind { WeightedMae, WeightedRmse, RareRmse };

class RelevanceErrorMetric final : public RegressionMetric {
 public:
  RelevanceErrorMetric(const Params& p, std::string name, ErrorKind error)
      : relevance_(p, name), name_(std::move(name)), error_(error) {}

  double compute(const RegressionPredictions& p) const override {
    return named_errors(name_, [&] {
      check_predictions(name_, p.y_true, p.y_pred);
      const std::vector<double> phi = relevance_.fit(p.y_train)(p.y_true);
      switch (error_) {
        case ErrorKind::WeightedMae: return relevance_weighted_mae(p.y_true, p.y_pred, phi);
        case ErrorKind::WeightedRmse: return relevance_weighted_rmse(p.y_true, p.y_pred, phi);
        case ErrorKind::RareRmse: break;
      }
      return rare_rmse(p.y_true, p.y_pred, phi, relevance_.threshold());
    });
  }

 private:
  RelevanceParams relevance_;
  std::string name_;
  ErrorKind error_;
};

ParamSchema relevance_schema(Threshold threshold) {
  ParamSchema schema;
  add_relevance_params(schema, threshold);
  return schema;
}

std::unique_ptr<Plugin> make(const Params& p, const char* name, ErrorKind error) {
  return std::make_unique<RelevanceErrorMetric>(p, name, error);
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "relevance_weighted_mae",
                         "Mean absolute error weighted by the relevance phi(y) of each true value.",
                         "Ribeiro 2011, Utility-based regression (PhD thesis, U. Porto); relevance as UBL phi",
                         relevance_schema(Threshold::Without), regression_only(),
                         [](const Params& p) { return make(p, "relevance_weighted_mae", ErrorKind::WeightedMae); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "relevance_weighted_rmse",
                         "Root mean squared error weighted by the relevance phi(y) of each true value.",
                         "Ribeiro 2011, Utility-based regression (PhD thesis, U. Porto); relevance as UBL phi",
                         relevance_schema(Threshold::Without), regression_only(),
                         [](const Params& p) { return make(p, "relevance_weighted_rmse", ErrorKind::WeightedRmse); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "rare_rmse",
                         "Root mean squared error over the rare true values, phi(y) >= thr_rel.",
                         "Torgo, Ribeiro, Pfahringer & Branco, EPIA 2013 (error on rare cases); relevance as UBL phi",
                         relevance_schema(Threshold::With), regression_only(),
                         [](const Params& p) { return make(p, "rare_rmse", ErrorKind::RareRmse); }})

}  // namespace imbench::regression
