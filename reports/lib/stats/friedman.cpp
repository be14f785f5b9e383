#include "reports/lib/stats/friedman.hpp"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace imbench::reports::stats {
namespace {

// sum over tie groups of t^3 - t, read off a row of average ranks (tied scores share a rank).
double tie_term(const Eigen::Ref<const Eigen::RowVectorXd>& ranks) {
  std::vector<double> sorted(ranks.begin(), ranks.end());
  std::sort(sorted.begin(), sorted.end());
  double total = 0;
  for (std::size_t start = 0; start < sorted.size();) {
    std::size_t end = start + 1;
    while (end < sorted.size() && sorted[end] == sorted[start]) ++end;
    const double t = static_cast<double>(end - start);
    total += t * t * t - t;
    start = end;
  }
  return total;
}

}  // namespace

double friedman_chi_square(const Vector& average_ranks, int datasets) {
  const double n = datasets;
  const double k = static_cast<double>(average_ranks.size());
  const double chi = 12.0 * n / (k * (k + 1)) * (average_ranks.squaredNorm() - k * (k + 1) * (k + 1) / 4.0);
  // Rounding can leave a tiny negative value when all average ranks are equal.
  return std::max(chi, 0.0);
}

double iman_davenport_f(double chi_square, int methods, int datasets) {
  const double denominator = static_cast<double>(datasets) * (methods - 1) - chi_square;
  // chi^2_F reaches its maximum N(k-1) when every data set ranks the methods alike.
  if (denominator <= 0) return std::numeric_limits<double>::infinity();
  return (datasets - 1.0) * chi_square / denominator;
}

FriedmanResult friedman_test(const Matrix& scores, Order order) {
  if (scores.cols() < 3 || scores.rows() < 2)
    throw Error("statistics: the Friedman test needs at least 3 methods and 2 data sets, got " +
                std::to_string(scores.cols()) + " method(s) and " + std::to_string(scores.rows()) + " data set(s)");
  const Matrix ranks = rank_rows(scores, order);
  const double n = static_cast<double>(scores.rows());
  const double k = static_cast<double>(scores.cols());

  FriedmanResult r;
  r.datasets = static_cast<int>(scores.rows());
  r.methods = static_cast<int>(scores.cols());
  r.average_ranks = ranks.colwise().mean().transpose();
  r.chi_square = friedman_chi_square(r.average_ranks, r.datasets);
  const boost::math::chi_squared chi2(k - 1);
  r.chi_square_p = boost::math::cdf(boost::math::complement(chi2, r.chi_square));

  double ties = 0;
  for (Eigen::Index i = 0; i < ranks.rows(); ++i) ties += tie_term(ranks.row(i));
  const double correction = 1.0 - ties / (n * k * (k * k - 1));
  // correction is 0 only when every row is one tie group: no evidence either way.
  r.chi_square_tie_corrected = correction > 0 ? r.chi_square / correction : 0.0;
  r.chi_square_tie_corrected_p = boost::math::cdf(boost::math::complement(chi2, r.chi_square_tie_corrected));

  r.df_numerator = k - 1;
  r.df_denominator = (k - 1) * (n - 1);
  r.iman_davenport = iman_davenport_f(r.chi_square, r.methods, r.datasets);
  r.iman_davenport_p = std::isinf(r.iman_davenport)
                           ? 0.0
                           : boost::math::cdf(boost::math::complement(
                                 boost::math::fisher_f(r.df_numerator, r.df_denominator), r.iman_davenport));
  return r;
}

}  // namespace imbench::reports::stats
