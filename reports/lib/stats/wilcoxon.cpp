#include "reports/lib/stats/wilcoxon.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <string>

#include "core/error.hpp"

namespace imbench::reports::stats {
namespace {

void check_pairs(const std::vector<double>& x, const std::vector<double>& y, const char* what) {
  if (x.size() != y.size())
    throw Error(std::string("statistics: ") + what + " needs paired scores, got " + std::to_string(x.size()) +
                " and " + std::to_string(y.size()) + " values");
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
      throw Error(std::string("statistics: ") + what + ": the scores of data set " + std::to_string(i) +
                  " are not both finite numbers");
}

// P(R+ = r), r = 0..n(n+1)/2, under the null: each rank joins R+ with probability 1/2.
std::vector<double> signed_rank_null_pmf(int n) {
  std::vector<double> pmf(1, 1.0);
  for (int rank = 1; rank <= n; ++rank) {
    std::vector<double> next(pmf.size() + rank, 0.0);
    for (std::size_t r = 0; r < pmf.size(); ++r) {
      next[r] += 0.5 * pmf[r];
      next[r + rank] += 0.5 * pmf[r];
    }
    pmf = std::move(next);
  }
  return pmf;
}

double exact_two_sided_p(int n, double r_plus) {
  const std::vector<double> pmf = signed_rank_null_pmf(n);
  const auto r = static_cast<std::size_t>(r_plus);  // an integer: no ties in the exact case
  if (2 * r == pmf.size() - 1) return 1.0;  // the centre of a symmetric distribution
  double lower = 0, upper = 0;
  for (std::size_t i = 0; i < pmf.size(); ++i) {
    if (i <= r) lower += pmf[i];
    if (i >= r) upper += pmf[i];
  }
  return std::min(1.0, 2.0 * std::min(lower, upper));
}

// sum over groups of equal values of t(t^2 - 1).
double tie_sum(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  double total = 0;
  for (std::size_t start = 0; start < values.size();) {
    std::size_t end = start + 1;
    while (end < values.size() && values[end] == values[start]) ++end;
    const double t = static_cast<double>(end - start);
    total += t * (t * t - 1);
    start = end;
  }
  return total;
}

}  // namespace

WilcoxonResult wilcoxon_signed_rank(const std::vector<double>& x, const std::vector<double>& y,
                                    ZeroMethod zero_method) {
  check_pairs(x, y, "the Wilcoxon signed-rank test");
  if (x.empty()) throw Error("statistics: the Wilcoxon signed-rank test needs at least one pair of scores");
  std::vector<double> d;
  std::size_t zeros = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double diff = x[i] - y[i];
    if (diff == 0) ++zeros;
    if (diff != 0 || zero_method == ZeroMethod::zsplit) d.push_back(diff);
  }
  if (d.empty())
    throw Error("statistics: the Wilcoxon signed-rank test (zero method 'wilcox') cannot run when all " +
                std::to_string(x.size()) + " differences are zero");

  std::vector<double> magnitude(d.size());
  std::transform(d.begin(), d.end(), magnitude.begin(), [](double v) { return std::abs(v); });
  const std::vector<double> ranks = rank_ascending(magnitude);
  const double ties = tie_sum(ranks);

  WilcoxonResult result;
  result.n = static_cast<int>(d.size());
  double r_zero = 0;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (d[i] > 0) result.r_plus += ranks[i];
    else if (d[i] < 0) result.r_minus += ranks[i];
    else r_zero += ranks[i];
  }
  result.r_plus += r_zero / 2;
  result.r_minus += r_zero / 2;
  result.statistic = std::min(result.r_plus, result.r_minus);

  result.exact = x.size() <= 50 && zeros == 0 && ties == 0;
  if (result.exact) {
    result.z = std::numeric_limits<double>::quiet_NaN();
    result.p_value = exact_two_sided_p(result.n, result.r_plus);
    return result;
  }
  const double n = result.n;
  const double mean = n * (n + 1) / 4;
  const double sd = std::sqrt((n * (n + 1) * (2 * n + 1) - 0.5 * ties) / 24);
  result.z = (result.statistic - mean) / sd;
  result.p_value = 2.0 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::abs(result.z)));
  return result;
}

WinTieLoss win_tie_loss(const std::vector<double>& a, const std::vector<double>& b, Order order) {
  check_pairs(a, b, "win/tie/loss counting");
  WinTieLoss counts;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double ahead = order == Order::higher_is_better ? a[i] - b[i] : b[i] - a[i];
    if (ahead > 0) ++counts.wins;
    else if (ahead < 0) ++counts.losses;
    else ++counts.ties;
  }
  return counts;
}

}  // namespace imbench::reports::stats
