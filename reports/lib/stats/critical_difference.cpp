#include "reports/lib/stats/critical_difference.hpp"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>
#include <boost/math/tools/roots.hpp>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/error.hpp"

namespace imbench::reports::stats {
namespace {

void check_methods(int k, const char* what) {
  if (k < 2) throw Error(std::string("statistics: ") + what + " needs at least 2 methods, got k = " + std::to_string(k));
}

void check_alpha(double alpha) {
  if (!(alpha > 0 && alpha < 1))
    throw Error("statistics: alpha must lie strictly between 0 and 1, got " + std::to_string(alpha));
}

// P(range of k iid N(0,1) <= q) = k * integral phi(z) [Phi(z+q) - Phi(z)]^(k-1) dz.
double studentized_range_cdf(int k, double q) {
  const boost::math::normal normal;
  auto integrand = [&](double z) {
    const double width = boost::math::cdf(normal, z + q) - boost::math::cdf(normal, z);
    return boost::math::pdf(normal, z) * std::pow(width, k - 1);
  };
  // The normal density is below 1e-30 outside [-12, 12].
  const double integral =
      boost::math::quadrature::gauss_kronrod<double, 61>::integrate(integrand, -12.0, 12.0, 15, 1e-14);
  return k * integral;
}

}  // namespace

double studentized_range_quantile(int k, double alpha) {
  check_methods(k, "the studentized range");
  check_alpha(alpha);
  const double target = 1.0 - alpha;
  auto gap = [&](double q) { return studentized_range_cdf(k, q) - target; };
  std::uintmax_t iterations = 200;
  // The cdf rises from 0 at q = 0 to 1; 40 is far beyond any useful quantile.
  const auto bracket = boost::math::tools::toms748_solve(gap, 0.0, 40.0, -target, 1.0 - target,
                                                         boost::math::tools::eps_tolerance<double>(50), iterations);
  return 0.5 * (bracket.first + bracket.second);
}

double nemenyi_q(int k, double alpha) { return studentized_range_quantile(k, alpha) / std::sqrt(2.0); }

double bonferroni_dunn_q(int k, double alpha) {
  check_methods(k, "Bonferroni-Dunn");
  check_alpha(alpha);
  return boost::math::quantile(boost::math::complement(boost::math::normal(), alpha / (2.0 * (k - 1))));
}

namespace {
double rank_standard_error(int k, int datasets) {
  check_methods(k, "a critical difference");
  if (datasets < 1) throw Error("statistics: a critical difference needs at least 1 data set, got " + std::to_string(datasets));
  return std::sqrt(k * (k + 1.0) / (6.0 * datasets));
}
}  // namespace

double critical_difference(double q, int k, int datasets) { return q * rank_standard_error(k, datasets); }

double rank_difference_p(double rank_i, double rank_j, int k, int datasets) {
  const double z = std::abs(rank_i - rank_j) / rank_standard_error(k, datasets);
  return 2.0 * boost::math::cdf(boost::math::complement(boost::math::normal(), z));
}

}  // namespace imbench::reports::stats
