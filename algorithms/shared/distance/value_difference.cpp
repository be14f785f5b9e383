#include "algorithms/shared/distance/value_difference.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace imbench {

ValueDifferenceMetric::ValueDifferenceMetric(const NominalCodes& codes, const Labels& y, int n_classes)
    : codes_(codes) {
  const auto n_c = static_cast<std::size_t>(n_classes);
  for (std::size_t f = 0; f < codes.n_columns(); ++f) {
    const std::size_t n_cat = codes.values[f].size();
    // P(c | category), a row per category; every category occurs, so no row sums to 0.
    std::vector<double> proba(n_cat * n_c, 0.0), totals(n_cat, 0.0);
    for (std::size_t i = 0; i < y.size(); ++i) {
      const auto cat = static_cast<std::size_t>(codes.codes[f][i]);
      proba[cat * n_c + static_cast<std::size_t>(y[i])] += 1.0;
      totals[cat] += 1.0;
    }
    for (std::size_t cat = 0; cat < n_cat; ++cat)
      for (std::size_t c = 0; c < n_c; ++c) proba[cat * n_c + c] /= totals[cat];
    std::vector<double> table(n_cat * n_cat);
    for (std::size_t a = 0; a < n_cat; ++a)
      for (std::size_t b = 0; b < n_cat; ++b) {
        double l1 = 0.0;
        for (std::size_t c = 0; c < n_c; ++c) l1 += std::abs(proba[a * n_c + c] - proba[b * n_c + c]);
        table[a * n_cat + b] = l1 * l1;
      }
    table_.push_back(std::move(table));
  }
}

double ValueDifferenceMetric::distance(std::size_t a, std::size_t b) const {
  double d = 0.0;
  for (std::size_t f = 0; f < table_.size(); ++f) {
    const std::size_t n_cat = codes_.values[f].size();
    d += table_[f][static_cast<std::size_t>(codes_.codes[f][a]) * n_cat + static_cast<std::size_t>(codes_.codes[f][b])];
  }
  return d;
}

NeighbourLists ValueDifferenceMetric::neighbours_within(const Indices& rows, std::size_t k) const {
  const std::size_t n = rows.size();
  NeighbourLists out;
  out.n_queries = n;
  out.k = k;
  out.index.resize(n * k);
  out.distance.resize(n * k);
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 16), [&](const tbb::blocked_range<std::size_t>& r) {
    std::vector<std::pair<double, std::size_t>> all;
    for (std::size_t q = r.begin(); q != r.end(); ++q) {
      all.clear();
      for (std::size_t j = 0; j < n; ++j)
        if (j != q) all.emplace_back(distance(rows[q], rows[j]), j);
      std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end());
      for (std::size_t m = 0; m < k; ++m) {
        out.index[q * k + m] = all[m].second;
        out.distance[q * k + m] = all[m].first;
      }
    }
  });
  return out;
}

}  // namespace imbench
