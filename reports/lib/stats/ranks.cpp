#include "reports/lib/stats/ranks.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "core/error.hpp"

namespace imbench::reports::stats {

std::vector<double> rank_ascending(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start + 1;
    while (end < order.size() && values[order[end]] == values[order[start]]) ++end;
    // Positions start..end-1 hold equal values: each gets the mean of ranks start+1..end.
    const double shared = 0.5 * static_cast<double>(start + 1 + end);
    for (std::size_t i = start; i < end; ++i) ranks[order[i]] = shared;
    start = end;
  }
  return ranks;
}

Matrix rank_rows(const Matrix& scores, Order order) {
  if (scores.rows() < 1 || scores.cols() < 2)
    throw Error("statistics: ranking needs at least one data set and two methods, got " +
                std::to_string(scores.rows()) + " data set(s) x " + std::to_string(scores.cols()) + " method(s)");
  Matrix ranks(scores.rows(), scores.cols());
  std::vector<double> row(static_cast<std::size_t>(scores.cols()));
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    for (Eigen::Index j = 0; j < scores.cols(); ++j) {
      const double v = scores(i, j);
      if (!std::isfinite(v))
        throw Error("statistics: score of method (column) " + std::to_string(j) + " on data set (row) " +
                    std::to_string(i) + " is " + std::to_string(v) + "; every score must be a finite number");
      // Negating turns "higher is better" into the ascending order rank_ascending uses.
      row[static_cast<std::size_t>(j)] = order == Order::higher_is_better ? -v : v;
    }
    const std::vector<double> r = rank_ascending(row);
    for (Eigen::Index j = 0; j < scores.cols(); ++j) ranks(i, j) = r[static_cast<std::size_t>(j)];
  }
  return ranks;
}

Vector average_ranks(const Matrix& scores, Order order) {
  return rank_rows(scores, order).colwise().mean().transpose();
}

}  // namespace imbench::reports::stats
