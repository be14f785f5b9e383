// Utility-based precision, recall and F_phi as three metrics (clean report
// columns); see algorithms/regression/regression_metrics.hpp. phi is fitted
// to the training fold's targets. max_error = 0 takes the training targets'
// standard deviation as the acceptable error.
#include <cmath>

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/regression_metrics.hpp"

namespace imbench::regression {
namespace {

enum class Score { Precision, Recall, F };

// Sample standard deviation (n - 1); 0 for fewer than two values.
double sample_sd(std::span<const double> y) {
  if (y.size() < 2) return 0.0;
  double mean = 0.0, ss = 0.0;
  for (double v : y) mean += v / static_cast<double>(y.size());
  for (double v : y) ss += (v - mean) * (v - mean);
  return std::sqrt(ss / static_cast<double>(y.size() - 1));
}

class UtilityMetric final : public RegressionMetric {
 public:
  UtilityMetric(const Params& p, std::string name, Score score)
      : relevance_(p, name),
        name_(std::move(name)),
        score_(score),
        options_{relevance_.threshold(), p.real("max_error"), p.real("p"),
                 p.values().count("beta") ? p.real("beta") : 1.0} {}

  double compute(const RegressionPredictions& p) const override {
    return named_errors(name_, [&] {
      const Relevance phi = relevance_.fit(p.y_train);
      UtilityOptions options = options_;
      if (options.max_error == 0.0) options.max_error = sample_sd(p.y_train);
      const UtilityScores s = utility_scores(p.y_true, p.y_pred, phi, options);
      return score_ == Score::Precision ? s.precision : score_ == Score::Recall ? s.recall : s.f;
    });
  }
  bool higher_is_better() const override { return true; }

 private:
  RelevanceParams relevance_;
  std::string name_;
  Score score_;
  UtilityOptions options_;
};

ParamSchema utility_schema(Score score) {
  ParamSchema schema;
  add_relevance_params(schema, Threshold::With);
  schema.real("max_error", 0.0, 0.0, std::nullopt,
              "Error at which a prediction has no benefit left; 0 = the training targets' standard deviation");
  schema.real("p", 0.5, 0.0, 1.0, "Weight of phi(y) against phi(yhat) in the cost of an error");
  if (score == Score::F) schema.real("beta", 1.0, 0.0, std::nullopt, "Recall counts beta times as much as precision");
  return schema;
}

std::unique_ptr<Plugin> make(const Params& p, const char* name, Score score) {
  return std::make_unique<UtilityMetric>(p, name, score);
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "utility_precision",
                         "Utility-based precision over the predictions with phi(yhat) > thr_rel (higher is better).",
                         "Torgo & Ribeiro, Discovery Science 2009; Branco, Torgo & Ribeiro, ACM Comput. Surv. 49(2), "
                         "2016; UBL EvalRegressMetrics",
                         utility_schema(Score::Precision), regression_only(),
                         [](const Params& p) { return make(p, "utility_precision", Score::Precision); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "utility_recall",
                         "Utility-based recall over the true values with phi(y) > thr_rel (higher is better).",
                         "Torgo & Ribeiro, Discovery Science 2009; Branco, Torgo & Ribeiro, ACM Comput. Surv. 49(2), "
                         "2016; UBL EvalRegressMetrics",
                         utility_schema(Score::Recall), regression_only(),
                         [](const Params& p) { return make(p, "utility_recall", Score::Recall); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "utility_f",
                         "Utility-based F_phi: weighted harmonic mean of utility precision and recall (higher is "
                         "better).",
                         "Torgo & Ribeiro, Discovery Science 2009; Branco, Torgo & Ribeiro, ACM Comput. Surv. 49(2), "
                         "2016; UBL EvalRegressMetrics",
                         utility_schema(Score::F), regression_only(),
                         [](const Params& p) { return make(p, "utility_f", Score::F); }})

}  // namespace imbench::regression
