// Proper scoring rules of the predicted probabilities: Brier score and log
// loss. Both are losses (lower is better).
#include <algorithm>
#include <cmath>
#include <limits>

#include "algorithms/metric/shared/metric_input.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// Binary tasks: mean (p_pos - [y = pos])^2, scikit-learn's brier_score_loss.
// Multi-class: mean over samples of sum_k (p_k - [y = k])^2 (Brier 1950),
// which is twice the binary value on a two-class task; scikit-learn 1.7
// adopted the same pair (scale_by_half='auto').
class BrierScore final : public Metric {
 public:
  double compute(const Predictions& p) const override {
    metric::check_scores(p, "brier");
    if (p.proba.minCoeff() < 0 || p.proba.maxCoeff() > 1)
      throw Error("metric 'brier': proba has values outside [0, 1]");
    const bool binary = p.n_classes == 2;
    const int positive = binary ? metric::positive_class(p, "brier") : -1;
    double sum = 0;
    for (std::size_t i = 0; i < p.y_true.size(); ++i) {
      const auto row = static_cast<Eigen::Index>(i);
      for (int k = 0; k < p.n_classes; ++k) {
        if (binary && k != positive) continue;
        const double error = p.proba(row, k) - (p.y_true[i] == k ? 1.0 : 0.0);
        sum += error * error;
      }
    }
    return sum / static_cast<double>(p.y_true.size());
  }
  bool higher_is_better() const override { return false; }
};

// scikit-learn 1.2's log_loss with eps='auto': probabilities clipped to
// [eps, 1 - eps] (eps = float64 machine epsilon), each row renormalised,
// then the mean of -log p(true class).
class LogLoss final : public Metric {
 public:
  double compute(const Predictions& p) const override {
    metric::check_scores(p, "log_loss");
    const double eps = std::numeric_limits<double>::epsilon();
    auto clip = [eps](double v) { return std::clamp(v, eps, 1 - eps); };
    double sum = 0;
    for (std::size_t i = 0; i < p.y_true.size(); ++i) {
      const auto row = static_cast<Eigen::Index>(i);
      double row_sum = 0;
      for (int k = 0; k < p.n_classes; ++k) row_sum += clip(p.proba(row, k));
      sum -= std::log(clip(p.proba(row, p.y_true[i])) / row_sum);
    }
    return sum / static_cast<double>(p.y_true.size());
  }
  bool higher_is_better() const override { return false; }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Metric, "brier",
                         "Brier score: mean squared error of the probabilities (positive class if binary, all classes otherwise).",
                         "Brier 1950; scikit-learn 1.2 brier_score_loss", ParamSchema{}, Capabilities{},
                         [](const Params&) { return std::make_unique<BrierScore>(); }})
IMBENCH_REGISTER_PLUGIN({Kind::Metric, "log_loss", "Log loss: mean negative log-probability of the true class, eps-clipped.",
                         "scikit-learn 1.2 log_loss(eps='auto')", ParamSchema{}, Capabilities{},
                         [](const Params&) { return std::make_unique<LogLoss>(); }})

}  // namespace imbench
