#include "algorithms/shared/optim/lbfgs.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace imbench::optim {
namespace {

constexpr double kSufficientDecrease = 1e-4;  // c1
constexpr double kCurvature = 0.9;            // c2, the usual choice for quasi-Newton steps

struct Probe {
  double step, value, slope;  // f and f' along the search direction
};

// Minimiser of the cubic through two probes, kept inside [lo, hi] away from the ends.
double cubic_step(const Probe& a, const Probe& b) {
  double lo = std::min(a.step, b.step), hi = std::max(a.step, b.step);
  double d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.step - b.step);
  double disc = d1 * d1 - a.slope * b.slope;
  double guess = 0.5 * (lo + hi);
  if (disc >= 0) {
    double d2 = std::copysign(std::sqrt(disc), b.step - a.step);
    double denom = b.slope - a.slope + 2 * d2;
    if (denom != 0) guess = b.step - (b.step - a.step) * (b.slope + d2 - d1) / denom;
  }
  double margin = 0.1 * (hi - lo);
  if (!std::isfinite(guess) || guess < lo + margin || guess > hi - margin) guess = 0.5 * (lo + hi);
  return guess;
}

class LineSearch {
 public:
  LineSearch(const Objective& f, const Vector& x, const Vector& direction, double value, double slope,
             int max_evaluations)
      : f_(f),
        x_(x),
        d_(direction),
        start_{0, value, slope},
        budget_(max_evaluations),
        noise_(16 * std::numeric_limits<double>::epsilon() * std::abs(value)) {}

  // Finds a step meeting the strong Wolfe conditions; leaves the point in x_new,
  // value and gradient. Returns false when none was found within the budget.
  bool run(double first_step, Vector& x_new, double& value, Vector& gradient) {
    Probe previous = start_;
    double step = first_step;
    for (int i = 0; i < budget_; ++i) {
      Probe now = evaluate(step, x_new, gradient);
      if (!std::isfinite(now.value)) {  // overshot into overflow: step back
        step = 0.5 * (previous.step + step);
        continue;
      }
      if (!sufficient_decrease(now) ||
          (i > 0 && now.value >= previous.value))
        return zoom(previous, now, x_new, value, gradient);
      if (std::abs(now.slope) <= -kCurvature * start_.slope) {
        value = now.value;
        return true;
      }
      if (now.slope >= 0) return zoom(now, previous, x_new, value, gradient);
      previous = now;
      step *= 2;
    }
    return false;
  }

 private:
  // Armijo's condition, loosened by the rounding noise of f: near the optimum the
  // decrease a step earns falls below what f can resolve, and the gradient
  // conditions must then decide.
  bool sufficient_decrease(const Probe& p) const {
    return p.value <= start_.value + kSufficientDecrease * p.step * start_.slope + noise_;
  }

  Probe evaluate(double step, Vector& x_new, Vector& gradient) {
    ++used_;
    x_new = x_ + step * d_;
    double value = f_(x_new, gradient);
    return {step, value, gradient.dot(d_)};
  }

  // `low` is the best probe so far; the minimum lies between low and high.
  bool zoom(Probe low, Probe high, Vector& x_new, double& value, Vector& gradient) {
    while (used_ < budget_) {
      if (std::abs(high.step - low.step) <= 1e-16 * std::max(1.0, high.step)) break;
      Probe now = evaluate(cubic_step(low, high), x_new, gradient);
      if (!sufficient_decrease(now) || now.value >= low.value + noise_) {
        high = now;
        continue;
      }
      if (std::abs(now.slope) <= -kCurvature * start_.slope) {
        value = now.value;
        return true;
      }
      if (now.slope * (high.step - low.step) >= 0) high = low;
      low = now;
    }
    // Out of budget: accept the best point seen if it lowers f at all.
    if (low.step > 0 && low.value <= start_.value) {
      evaluate(low.step, x_new, gradient);
      value = low.value;
      return true;
    }
    return false;
  }

  const Objective& f_;
  const Vector& x_;
  const Vector& d_;
  Probe start_;
  int budget_;
  double noise_;
  int used_ = 0;
};

}  // namespace

LbfgsResult minimize_lbfgs(const Objective& objective, Vector x0, const LbfgsOptions& options) {
  LbfgsResult result;
  result.x = std::move(x0);
  Vector gradient(result.x.size());
  result.value = objective(result.x, gradient);
  if (result.x.size() == 0 || gradient.lpNorm<Eigen::Infinity>() <= options.gtol) {
    result.converged = true;
    return result;
  }
  std::deque<Vector> s_history, y_history;
  std::deque<double> rho_history;
  Vector x_new(result.x.size()), gradient_new(result.x.size()), direction(result.x.size());
  std::vector<double> alpha(static_cast<std::size_t>(options.memory));

  while (result.iterations < options.max_iter) {
    // Two-loop recursion: direction = -H * gradient.
    direction = -gradient;
    const std::size_t m = s_history.size();
    for (std::size_t i = m; i-- > 0;) {
      alpha[i] = rho_history[i] * s_history[i].dot(direction);
      direction -= alpha[i] * y_history[i];
    }
    if (m > 0) direction *= s_history.back().dot(y_history.back()) / y_history.back().squaredNorm();
    for (std::size_t i = 0; i < m; ++i) {
      double beta = rho_history[i] * y_history[i].dot(direction);
      direction += (alpha[i] - beta) * s_history[i];
    }
    double slope = gradient.dot(direction);
    if (!(slope < 0)) {  // not a descent direction: forget the curvature pairs, go downhill
      s_history.clear(), y_history.clear(), rho_history.clear();
      direction = -gradient;
      slope = -gradient.squaredNorm();
    }
    // The first step is scaled as L-BFGS-B does: a unit-length move.
    double first_step = m == 0 ? std::min(1.0, 1.0 / direction.norm()) : 1.0;
    double value_new = result.value;
    LineSearch search(objective, result.x, direction, result.value, slope, options.max_line_search);
    if (!search.run(first_step, x_new, value_new, gradient_new)) break;
    ++result.iterations;

    Vector s = x_new - result.x, y = gradient_new - gradient;
    double sy = s.dot(y);
    if (sy > 1e-10 * y.squaredNorm()) {  // keep only pairs with positive curvature
      if (static_cast<int>(s_history.size()) == options.memory)
        s_history.pop_front(), y_history.pop_front(), rho_history.pop_front();
      s_history.push_back(std::move(s));
      y_history.push_back(std::move(y));
      rho_history.push_back(1.0 / sy);
    }
    double decrease = result.value - value_new;
    result.x.swap(x_new);
    gradient.swap(gradient_new);
    result.value = value_new;
    if (gradient.lpNorm<Eigen::Infinity>() <= options.gtol ||
        decrease <= options.ftol * std::max({std::abs(result.value), std::abs(result.value + decrease), 1.0})) {
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace imbench::optim
