#include "datasets/lib/relevance.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {
namespace {

std::vector<double> sorted_finite(std::span<const double> y, const char* what) {
  std::vector<double> s(y.begin(), y.end());
  for (double v : s)
    if (!std::isfinite(v)) throw Error(std::string(what) + ": the target holds a NaN or infinite value");
  if (s.empty()) throw Error(std::string(what) + ": the target is empty");
  std::sort(s.begin(), s.end());
  return s;
}

// R's fivenum on sorted data (1-based positions d; the mean of x[floor(d)] and x[ceil(d)]).
double fivenum_at(const std::vector<double>& s, double d) {
  const auto lo = static_cast<std::size_t>(std::floor(d)) - 1, hi = static_cast<std::size_t>(std::ceil(d)) - 1;
  return 0.5 * (s[lo] + s[hi]);
}

}  // namespace

BoxplotStats boxplot_stats(std::span<const double> y, double coef) {
  if (!(coef >= 0.0)) throw Error("relevance: coef must be >= 0, got " + std::to_string(coef));
  const std::vector<double> s = sorted_finite(y, "relevance");
  const double n = static_cast<double>(s.size());
  const double n4 = std::floor((n + 3.0) / 2.0) / 2.0;
  BoxplotStats b;
  b.lower_whisker = s.front();
  b.lower_hinge = fivenum_at(s, n4);
  b.median = fivenum_at(s, (n + 1.0) / 2.0);
  b.upper_hinge = fivenum_at(s, n + 1.0 - n4);
  b.upper_whisker = s.back();
  if (coef == 0.0) return b;  // R: coef 0 means no outliers
  const double iqr = b.upper_hinge - b.lower_hinge;
  const double low_fence = b.lower_hinge - coef * iqr, high_fence = b.upper_hinge + coef * iqr;
  b.low_outliers = s.front() < low_fence;
  b.high_outliers = s.back() > high_fence;
  if (b.low_outliers || b.high_outliers) {  // the range of the values inside the fences
    b.lower_whisker = *std::lower_bound(s.begin(), s.end(), low_fence);
    b.upper_whisker = *(std::upper_bound(s.begin(), s.end(), high_fence) - 1);
  }
  return b;
}

Tails parse_tails(const std::string& text) {
  if (text == "both") return Tails::Both;
  if (text == "high") return Tails::High;
  if (text == "low") return Tails::Low;
  throw Error("relevance: tails must be 'both', 'high' or 'low', got '" + text + "'");
}

std::vector<ControlPoint> extremes_control_points(std::span<const double> y, double coef, Tails tails) {
  const BoxplotStats b = boxplot_stats(y, coef);
  const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
  std::vector<ControlPoint> pts;
  if (tails != Tails::High && b.low_outliers)
    pts.push_back({b.lower_whisker, 1.0, 0.0});
  else
    pts.push_back({*lo, 0.0, 0.0});
  pts.push_back({b.median, 0.0, 0.0});
  if (tails != Tails::Low && b.high_outliers)
    pts.push_back({b.upper_whisker, 1.0, 0.0});
  else
    pts.push_back({*hi, 0.0, 0.0});
  return pts;
}

std::vector<ControlPoint> range_control_points(const std::vector<std::pair<double, double>>& points) {
  std::vector<ControlPoint> pts;
  for (const auto& [y, phi] : points) pts.push_back({y, phi, 0.0});
  for (std::size_t i = 1; i + 1 < pts.size(); ++i) {
    const double left = (pts[i].phi - pts[i - 1].phi) / (pts[i].y - pts[i - 1].y);
    const double right = (pts[i + 1].phi - pts[i].phi) / (pts[i + 1].y - pts[i].y);
    pts[i].slope = 0.5 * (left + right);  // validated (distinct, increasing y) by Relevance
  }
  return pts;
}

Relevance::Relevance(std::vector<ControlPoint> points) {
  for (const ControlPoint& p : points) {
    if (!std::isfinite(p.y) || !std::isfinite(p.slope) || !(p.phi >= 0.0 && p.phi <= 1.0))
      throw Error("relevance: control point (" + std::to_string(p.y) + ", " + std::to_string(p.phi) +
                  ") needs a finite y and slope and a relevance in [0, 1]");
    if (!points_.empty() && p.y < points_.back().y)
      throw Error("relevance: control points must be given in increasing y");
    if (!points_.empty() && p.y == points_.back().y) {
      if (p.phi != points_.back().phi)
        throw Error("relevance: two control points at y = " + std::to_string(p.y) +
                    " with different relevance; the target's box plot is degenerate (e.g. most values equal), "
                    "give the control points explicitly");
      continue;
    }
    points_.push_back(p);
  }
  if (points_.size() < 2)
    throw Error("relevance: needs control points at two distinct y values (is the target constant?)");

  // Fritsch-Carlson: shrink the slopes of each interval into the monotonicity region.
  const std::size_t n = points_.size();
  std::vector<double> delta(n - 1);
  for (std::size_t k = 0; k + 1 < n; ++k)
    delta[k] = (points_[k + 1].phi - points_[k].phi) / (points_[k + 1].y - points_[k].y);
  for (std::size_t k = 0; k + 1 < n; ++k) {
    double& mk = points_[k].slope;
    double& mk1 = points_[k + 1].slope;
    if (delta[k] == 0.0) {
      mk = mk1 = 0.0;
      continue;
    }
    const double alpha = mk / delta[k], beta = mk1 / delta[k];
    const double a2b3 = 2.0 * alpha + beta - 3.0, ab23 = alpha + 2.0 * beta - 3.0;
    if (a2b3 > 0.0 && ab23 > 0.0 && alpha * (a2b3 + ab23) < a2b3 * a2b3) {
      const double tau = 3.0 / std::sqrt(alpha * alpha + beta * beta);
      mk = tau * alpha * delta[k];
      mk1 = tau * beta * delta[k];
    }
  }
  c_.resize(n - 1);
  d_.resize(n - 1);
  for (std::size_t k = 0; k + 1 < n; ++k) {
    const double h = points_[k + 1].y - points_[k].y;
    const double mk = points_[k].slope, mk1 = points_[k + 1].slope;
    c_[k] = (3.0 * delta[k] - 2.0 * mk - mk1) / h;
    d_[k] = (mk - 2.0 * delta[k] + mk1) / (h * h);
  }
}

Relevance Relevance::extremes(std::span<const double> y, double coef, Tails tails) {
  return Relevance(extremes_control_points(y, coef, tails));
}

std::size_t Relevance::interval_of(double y) const {
  const auto it = std::upper_bound(points_.begin(), points_.end(), y,
                                   [](double v, const ControlPoint& p) { return v < p.y; });
  const auto k = static_cast<std::size_t>(std::max<std::ptrdiff_t>(it - points_.begin() - 1, 0));
  return std::min(k, points_.size() - 2);
}

double Relevance::operator()(double y) const {
  if (std::isnan(y)) throw Error("relevance: cannot evaluate phi at NaN");
  double phi;
  if (y <= points_.front().y) {  // linear extrapolation with the end slope
    phi = points_.front().phi + points_.front().slope * (y - points_.front().y);
  } else if (y >= points_.back().y) {
    phi = points_.back().phi + points_.back().slope * (y - points_.back().y);
  } else {
    const std::size_t k = interval_of(y);
    const double s = y - points_[k].y;
    phi = points_[k].phi + s * (points_[k].slope + s * (c_[k] + s * d_[k]));
  }
  return std::clamp(phi, 0.0, 1.0);
}

double Relevance::derivative(double y) const {
  if (y <= points_.front().y || y >= points_.back().y) {
    const ControlPoint& end = y <= points_.front().y ? points_.front() : points_.back();
    const double phi = end.phi + end.slope * (y - end.y);
    return phi < 0.0 || phi > 1.0 ? 0.0 : end.slope;  // flat where the clamp applies
  }
  const std::size_t k = interval_of(y);
  const double s = y - points_[k].y;
  return points_[k].slope + s * (2.0 * c_[k] + 3.0 * s * d_[k]);
}

std::vector<double> Relevance::operator()(std::span<const double> y) const {
  std::vector<double> out;
  out.reserve(y.size());
  for (double v : y) out.push_back((*this)(v));
  return out;
}

double rare_percent(std::span<const double> target) {
  const Relevance phi = Relevance::extremes(target);
  const auto rare = std::count_if(target.begin(), target.end(), [&](double y) { return phi(y) >= 0.5; });
  return 100.0 * static_cast<double>(rare) / static_cast<double>(target.size());
}

}  // namespace imbench::regression
