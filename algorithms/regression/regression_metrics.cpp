#include "algorithms/regression/regression_metrics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

#include "core/error.hpp"

namespace imbench::regression {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void check_relevance(const std::string& metric, std::span<const double> y_true, std::span<const double> relevance) {
  if (relevance.size() != y_true.size())
    throw Error(metric + ": relevance has " + std::to_string(relevance.size()) + " values for " +
                std::to_string(y_true.size()) + " targets");
  for (double r : relevance)
    if (!(r >= 0.0 && r <= 1.0)) throw Error(metric + ": relevance values must lie in [0, 1]");
}

// sum_i term(r_i, pred_i - true_i) / sum_i r_i after checking the inputs; NaN when every relevance is 0.
template <class Term>
double relevance_weighted_mean(const std::string& metric, std::span<const double> y_true,
                               std::span<const double> y_pred, std::span<const double> relevance, Term term) {
  check_predictions(metric, y_true, y_pred);
  check_relevance(metric, y_true, relevance);
  double num = 0.0, den = 0.0;
  for (std::size_t i = 0; i < y_true.size(); ++i) {
    num += term(relevance[i], y_pred[i] - y_true[i]);
    den += relevance[i];
  }
  return den == 0.0 ? kNaN : num / den;
}

}  // namespace

void check_predictions(const std::string& metric, std::span<const double> y_true, std::span<const double> y_pred) {
  if (y_true.empty()) throw Error(metric + ": no targets");
  if (y_true.size() != y_pred.size())
    throw Error(metric + ": " + std::to_string(y_pred.size()) + " predictions for " + std::to_string(y_true.size()) +
                " targets");
  for (std::size_t i = 0; i < y_true.size(); ++i)
    if (!std::isfinite(y_true[i]) || !std::isfinite(y_pred[i]))
      throw Error(metric + ": case " + std::to_string(i) + " has a NaN or infinite target or prediction");
}

double mean_absolute_error(std::span<const double> y_true, std::span<const double> y_pred) {
  check_predictions("mae", y_true, y_pred);
  double sum = 0.0;
  for (std::size_t i = 0; i < y_true.size(); ++i) sum += std::abs(y_pred[i] - y_true[i]);
  return sum / static_cast<double>(y_true.size());
}

double root_mean_squared_error(std::span<const double> y_true, std::span<const double> y_pred) {
  check_predictions("rmse", y_true, y_pred);
  double sum = 0.0;
  for (std::size_t i = 0; i < y_true.size(); ++i) sum += (y_pred[i] - y_true[i]) * (y_pred[i] - y_true[i]);
  return std::sqrt(sum / static_cast<double>(y_true.size()));
}

double r2_score(std::span<const double> y_true, std::span<const double> y_pred) {
  check_predictions("r2", y_true, y_pred);
  double mean = 0.0;
  for (double v : y_true) mean += v;
  mean /= static_cast<double>(y_true.size());
  double ss_res = 0.0, ss_tot = 0.0;
  for (std::size_t i = 0; i < y_true.size(); ++i) {
    ss_res += (y_true[i] - y_pred[i]) * (y_true[i] - y_pred[i]);
    ss_tot += (y_true[i] - mean) * (y_true[i] - mean);
  }
  if (ss_tot == 0.0) return ss_res == 0.0 ? 1.0 : 0.0;
  return 1.0 - ss_res / ss_tot;
}

double relevance_weighted_mae(std::span<const double> y_true, std::span<const double> y_pred,
                              std::span<const double> relevance) {
  return relevance_weighted_mean("relevance_weighted_mae", y_true, y_pred, relevance,
                                 [](double r, double error) { return r * std::abs(error); });
}

double relevance_weighted_rmse(std::span<const double> y_true, std::span<const double> y_pred,
                               std::span<const double> relevance) {
  // sqrt(NaN) is NaN, so all-zero relevance still gives NaN.
  return std::sqrt(relevance_weighted_mean("relevance_weighted_rmse", y_true, y_pred, relevance,
                                           [](double r, double error) { return r * error * error; }));
}

double rare_rmse(std::span<const double> y_true, std::span<const double> y_pred, std::span<const double> relevance,
                 double threshold) {
  check_predictions("rare_rmse", y_true, y_pred);
  check_relevance("rare_rmse", y_true, relevance);
  double sum = 0.0;
  std::size_t n = 0;
  for (std::size_t i = 0; i < y_true.size(); ++i)
    if (relevance[i] >= threshold) {
      sum += (y_pred[i] - y_true[i]) * (y_pred[i] - y_true[i]);
      ++n;
    }
  return n == 0 ? kNaN : std::sqrt(sum / static_cast<double>(n));
}

UtilityScores utility_scores(std::span<const double> y_true, std::span<const double> y_pred, const Relevance& phi,
                             UtilityOptions o) {
  check_predictions("utility", y_true, y_pred);
  if (!(o.max_error > 0.0) || !std::isfinite(o.max_error))
    throw Error("utility: max_error must be a positive number, got " + std::to_string(o.max_error));
  if (!(o.p >= 0.0 && o.p <= 1.0)) throw Error("utility: p must lie in [0, 1], got " + std::to_string(o.p));
  if (!(o.beta >= 0.0)) throw Error("utility: beta must be >= 0, got " + std::to_string(o.beta));
  double prec_num = 0.0, prec_den = 0.0, rec_num = 0.0, rec_den = 0.0;
  for (std::size_t i = 0; i < y_true.size(); ++i) {
    const double phi_y = phi(y_true[i]), phi_hat = phi(y_pred[i]);
    const double loss = std::min(1.0, std::abs(y_pred[i] - y_true[i]) / o.max_error);
    const double utility = phi_y * (1.0 - loss) - ((1.0 - o.p) * phi_hat + o.p * phi_y) * loss;
    if (phi_hat > o.threshold) {
      prec_num += 1.0 + utility;
      prec_den += 1.0 + phi_hat;
    }
    if (phi_y > o.threshold) {
      rec_num += 1.0 + utility;
      rec_den += 1.0 + phi_y;
    }
  }
  UtilityScores s;
  s.precision = prec_den == 0.0 ? kNaN : prec_num / prec_den;
  s.recall = rec_den == 0.0 ? kNaN : rec_num / rec_den;
  const double b2 = o.beta * o.beta;
  if (std::isnan(s.precision) || std::isnan(s.recall))
    s.f = kNaN;
  else if (s.precision == 0.0 && s.recall == 0.0)
    s.f = 0.0;
  else
    s.f = (1.0 + b2) * s.precision * s.recall / (b2 * s.precision + s.recall);
  return s;
}

ShotErrors shot_errors(std::span<const double> y_train, std::span<const double> y_true, std::span<const double> y_pred,
                       double bin_width, std::size_t many, std::size_t few) {
  check_predictions("shot_errors", y_true, y_pred);
  if (!(bin_width > 0.0) || !std::isfinite(bin_width))
    throw Error("shot_errors: bin_width must be a positive number, got " + std::to_string(bin_width));
  if (few > many) throw Error("shot_errors: few (" + std::to_string(few) + ") must not exceed many");
  if (y_train.empty()) throw Error("shot_errors: no training targets");
  const double lo = *std::min_element(y_train.begin(), y_train.end());
  if (!std::isfinite(lo)) throw Error("shot_errors: a training target is NaN or infinite");
  auto bin = [&](double v) { return static_cast<long long>(std::floor((v - lo) / bin_width)); };
  std::map<long long, std::size_t> train_counts;
  for (double v : y_train) {
    if (!std::isfinite(v)) throw Error("shot_errors: a training target is NaN or infinite");
    ++train_counts[bin(v)];
  }
  ShotErrors out;
  std::array<double, 3> abs_sum{}, sq_sum{};
  for (std::size_t i = 0; i < y_true.size(); ++i) {
    const auto it = train_counts.find(bin(y_true[i]));
    const std::size_t c = it == train_counts.end() ? 0 : it->second;
    const int g = c > many ? 0 : c < few ? 2 : 1;
    ShotGroup& group = g == 0 ? out.many : g == 1 ? out.medium : out.few;
    const double e = y_pred[i] - y_true[i];
    ++group.count;
    abs_sum[static_cast<std::size_t>(g)] += std::abs(e);
    sq_sum[static_cast<std::size_t>(g)] += e * e;
  }
  ShotGroup* groups[3] = {&out.many, &out.medium, &out.few};
  for (std::size_t g = 0; g < 3; ++g) {
    const double n = static_cast<double>(groups[g]->count);
    groups[g]->mae = groups[g]->count == 0 ? kNaN : abs_sum[g] / n;
    groups[g]->rmse = groups[g]->count == 0 ? kNaN : std::sqrt(sq_sum[g] / n);
  }
  return out;
}

}  // namespace imbench::regression
