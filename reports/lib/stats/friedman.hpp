// Friedman's test that k methods perform alike over N data sets, and its
// Iman-Davenport F refinement (Demsar 2006, section 3.2.2).
#pragma once

#include "core/types.hpp"
#include "reports/lib/stats/ranks.hpp"

namespace imbench::reports::stats {

struct FriedmanResult {
  int datasets = 0;  // N
  int methods = 0;   // k
  Vector average_ranks;  // R_j, 1 = best
  // Demsar's chi^2_F = 12N/(k(k+1)) [sum R_j^2 - k(k+1)^2/4], df k-1, no tie correction.
  double chi_square = 0;
  double chi_square_p = 0;
  // chi^2_F divided by 1 - sum(t^3 - t)/(N k (k^2-1)) over tie groups, as
  // scipy.stats.friedmanchisquare reports it; equals chi_square without ties.
  double chi_square_tie_corrected = 0;
  double chi_square_tie_corrected_p = 0;
  // F_F = (N-1) chi^2_F / (N(k-1) - chi^2_F) ~ F(k-1, (k-1)(N-1)): the preferred statistic.
  // Infinite with p = 0 when every data set ranks the methods identically.
  double iman_davenport = 0;
  double iman_davenport_p = 0;
  double df_numerator = 0;    // k-1
  double df_denominator = 0;  // (k-1)(N-1)
};

// scores: one row per data set, one column per method. Needs k >= 3 methods
// and N >= 2 data sets (imbench::Error otherwise, and for non-finite scores).
FriedmanResult friedman_test(const Matrix& scores, Order order);

// The two statistics from published summaries: Demsar's chi^2_F from the
// average ranks of k = average_ranks.size() methods over N data sets, and
// F_F from chi^2_F (infinite at chi^2_F = N(k-1)).
double friedman_chi_square(const Vector& average_ranks, int datasets);
double iman_davenport_f(double chi_square, int methods, int datasets);

}  // namespace imbench::reports::stats
