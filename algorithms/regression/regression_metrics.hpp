// Point metrics for regression, plain and relevance-aware. Every function
// takes the true targets, the predictions and (where needed) the relevance
// phi(y_true) of each case, and throws imbench::Error on empty, mismatched or
// non-finite input, naming the metric.
#pragma once

#include <span>
#include <string>

#include "datasets/lib/relevance.hpp"

namespace imbench::regression {

// Same non-zero length, all finite.
void check_predictions(const std::string& metric, std::span<const double> y_true, std::span<const double> y_pred);

double mean_absolute_error(std::span<const double> y_true, std::span<const double> y_pred);
double root_mean_squared_error(std::span<const double> y_true, std::span<const double> y_pred);
// scikit-learn's r2_score (force_finite): 1 - SS_res / SS_tot; a constant y_true gives 1 for a perfect
// prediction and 0 otherwise.
double r2_score(std::span<const double> y_true, std::span<const double> y_pred);

// Errors weighted by relevance: sum phi_i |e_i| / sum phi_i and sqrt(sum phi_i e_i^2 / sum phi_i).
// NaN when every relevance is 0.
double relevance_weighted_mae(std::span<const double> y_true, std::span<const double> y_pred,
                              std::span<const double> relevance);
double relevance_weighted_rmse(std::span<const double> y_true, std::span<const double> y_pred,
                               std::span<const double> relevance);
// RMSE over the rare cases, phi(y_true) >= threshold; NaN when there are none.
double rare_rmse(std::span<const double> y_true, std::span<const double> y_pred, std::span<const double> relevance,
                 double threshold = 0.5);

// Utility-based precision, recall and F (Torgo & Ribeiro 2009; Branco, Torgo & Ribeiro 2016, ACM Comput.
// Surv. 49(2)): prec = sum_{phi(yhat) > thr} (1 + U_i) / sum_{phi(yhat) > thr} (1 + phi(yhat_i)),
// rec = sum_{phi(y) > thr} (1 + U_i) / sum_{phi(y) > thr} (1 + phi(y_i)), F = (1 + b^2) prec rec / (b^2 prec + rec).
// The utility is Ribeiro's U = B - C with benefit B = phi(y) (1 - G) and cost C = ((1 - p) phi(yhat) + p phi(y)) G.
// Simplification (documented in README.md): the loss fraction is G = min(1, |yhat - y| / max_error) with one
// user-given acceptable error instead of Ribeiro's bump-wise bounds.
struct UtilityOptions {
  double threshold = 0.5;  // relevance above which a value counts as an event
  double max_error = 0.0;  // |e| at which a prediction has no benefit left; must be > 0
  double p = 0.5;          // weight of phi(y) versus phi(yhat) in the cost
  double beta = 1.0;
};
struct UtilityScores {
  double precision = 0.0;  // NaN when no prediction is an event
  double recall = 0.0;     // NaN when no true value is an event
  double f = 0.0;          // 0 when both are 0, NaN when either is NaN
};
UtilityScores utility_scores(std::span<const double> y_true, std::span<const double> y_pred, const Relevance& phi,
                             UtilityOptions options);

// Errors split by how often the true value's bin occurs in the training targets, as Yang et al. (ICML 2021)
// report them: bins [lo + j w, lo + (j + 1) w) from the smallest training target, many-shot = more than
// `many` training cases in the bin, few-shot = fewer than `few`, medium otherwise. A test value outside the
// training range falls in a bin with 0 training cases (few-shot).
struct ShotGroup {
  std::size_t count = 0;
  double mae = 0.0;   // NaN when count is 0
  double rmse = 0.0;  // NaN when count is 0
};
struct ShotErrors {
  ShotGroup many, medium, few;
};
ShotErrors shot_errors(std::span<const double> y_train, std::span<const double> y_true, std::span<const double> y_pred,
                       double bin_width, std::size_t many = 100, std::size_t few = 20);

}  // namespace imbench::regression
