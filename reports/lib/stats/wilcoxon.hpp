// Comparing two methods over N data sets by their paired scores: the Wilcoxon
// signed-rank test as scipy.stats.wilcoxon computes it (two-sided, no
// continuity correction), and win/tie/loss counts.
#pragma once

#include <vector>

#include "reports/lib/stats/ranks.hpp"

namespace imbench::reports::stats {

// What to do with data sets where the two scores are equal (d_i = 0).
enum class ZeroMethod {
  wilcox,  // drop them, then rank the rest (scipy's default)
  zsplit,  // rank them with the rest and give half their rank sum to each side (Demsar 2006)
};

struct WilcoxonResult {
  int n = 0;            // differences ranked (zeros excluded under wilcox)
  double r_plus = 0;    // rank sum of positive differences x - y
  double r_minus = 0;   // rank sum of negative differences
  double statistic = 0; // T = min(r_plus, r_minus), scipy's statistic
  bool exact = false;   // p from the exact null distribution rather than the normal approximation
  double z = 0;         // (T - n(n+1)/4) / sd with the tie correction; NaN when exact
  double p_value = 0;   // two-sided
};

// d = x - y. The exact null distribution of r_plus is used when there are at
// most 50 pairs, no zero differences and no tied |d|; otherwise the normal
// approximation with the tie correction sd^2 = [n(n+1)(2n+1) - sum t(t^2-1)/2]/24.
// That matches scipy >= 1.10 whenever the data have no ties; with tied |d|
// and no zeros scipy 1.10 still uses the exact table on a truncated rank
// sum, which we do not copy (scipy's method="approx" is what we compute then).
// Throws imbench::Error when the lengths differ, a value is not finite, there
// are no pairs, or (wilcox) every difference is zero.
WilcoxonResult wilcoxon_signed_rank(const std::vector<double>& x, const std::vector<double>& y,
                                    ZeroMethod zero_method = ZeroMethod::wilcox);

struct WinTieLoss {
  int wins = 0, ties = 0, losses = 0;
};

// Data sets where method a scores better than, equal to, or worse than b
// (exact equality counts as a tie). Throws imbench::Error when the lengths differ.
WinTieLoss win_tie_loss(const std::vector<double>& a, const std::vector<double>& b, Order order);

}  // namespace imbench::reports::stats
