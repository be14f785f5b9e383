// Post-hoc comparisons of average ranks after a Friedman test (Demsar 2006,
// section 3.2.2): two methods differ when their average ranks differ by at
// least CD = q_alpha * sqrt(k(k+1)/(6N)).
#pragma once

namespace imbench::reports::stats {

// Upper alpha quantile of the studentized range of k standard normals (infinite
// degrees of freedom), computed by numerical integration and root finding;
// scipy.stats.studentized_range.ppf(1 - alpha, k, inf).
double studentized_range_quantile(int k, double alpha);

// Nemenyi's q_alpha = studentized_range_quantile(k, alpha) / sqrt(2), for any
// k >= 2 and 0 < alpha < 1 (Demsar's table: k = 4, alpha = 0.05 -> 2.569).
double nemenyi_q(int k, double alpha);

// Bonferroni-Dunn's q_alpha for k - 1 comparisons with one control method:
// the normal quantile z_{1 - alpha / (2(k-1))}.
double bonferroni_dunn_q(int k, double alpha);

// q * sqrt(k(k+1)/(6N)) for k methods over N data sets.
double critical_difference(double q, int k, int datasets);

// Two-sided p-value of the z-test on an average-rank difference,
// z = (R_i - R_j) / sqrt(k(k+1)/(6N)); feed a family of them to holm_adjust.
double rank_difference_p(double rank_i, double rank_j, int k, int datasets);

}  // namespace imbench::reports::stats
