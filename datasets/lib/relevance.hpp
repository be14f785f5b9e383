// The relevance function phi of imbalanced regression (Ribeiro 2011, "Utility-
// based regression", PhD thesis, U. Porto; UBL's phi.control / phi): a
// piecewise cubic Hermite interpolant through control points (y, phi, phi')
// whose slopes are made monotone by Fritsch & Carlson (SIAM J. Numer. Anal.
// 17(2), 1980). phi maps a target value to [0, 1]; 1 marks the rare values a
// model should predict well.
//
// Deviations from UBL: control points with equal y are merged when their
// relevance agrees and rejected otherwise (UBL would divide by zero), and
// phi is clamped to [0, 1] (UBL's linear extrapolation of "range" points can
// leave it).
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace imbench::regression {

struct ControlPoint {
  double y = 0.0;      // target value
  double phi = 0.0;    // its relevance, in [0, 1]
  double slope = 0.0;  // phi'(y) before the Fritsch-Carlson adjustment
};

// R's boxplot.stats(y, coef)$stats: Tukey's hinges (fivenum) and the most
// extreme observations within hinge -/+ coef * IQR.
struct BoxplotStats {
  double lower_whisker = 0.0;
  double lower_hinge = 0.0;
  double median = 0.0;
  double upper_hinge = 0.0;
  double upper_whisker = 0.0;
  bool low_outliers = false;   // some value lies below lower_whisker
  bool high_outliers = false;  // some value lies above upper_whisker
};
BoxplotStats boxplot_stats(std::span<const double> y, double coef = 1.5);

enum class Tails { Both, High, Low };
Tails parse_tails(const std::string& text);  // "both" | "high" | "low"

// UBL's "extremes" method: relevance 1 at a whisker that has observations
// beyond it (on the chosen tails), 0 at the median, 0 at the min/max
// otherwise; all slopes 0.
std::vector<ControlPoint> extremes_control_points(std::span<const double> y, double coef = 1.5,
                                                  Tails tails = Tails::Both);

// UBL's "range" method without slopes: (y, phi) pairs get slope 0 at both ends
// and the mean of the adjacent secant slopes inside.
std::vector<ControlPoint> range_control_points(const std::vector<std::pair<double, double>>& points);

class Relevance {
 public:
  // Points in increasing y (equal y merged as described above); at least two
  // distinct y. Throws imbench::Error otherwise or when phi is outside [0, 1].
  explicit Relevance(std::vector<ControlPoint> points);

  // The automatic relevance of a training target ("extremes").
  static Relevance extremes(std::span<const double> y, double coef = 1.5, Tails tails = Tails::Both);

  double operator()(double y) const;
  double derivative(double y) const;
  std::vector<double> operator()(std::span<const double> y) const;

  // The control points with their Fritsch-Carlson-adjusted slopes.
  const std::vector<ControlPoint>& points() const { return points_; }

 private:
  std::size_t interval_of(double y) const;  // k with x_k <= y < x_{k+1}, clamped to the inner intervals

  std::vector<ControlPoint> points_;
  std::vector<double> c_, d_;  // per interval: phi = phi_k + s (m_k + s (c_k + s d_k)), s = y - x_k
};

// Share of `target` in percent whose automatic relevance (extremes, coef 1.5,
// both tails) is at least 0.5: how imbalanced a regression target is, the
// counterpart of a classification set's minority share.
double rare_percent(std::span<const double> target);

}  // namespace imbench::regression
