#include "algorithms/model/mlp/validation_split.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/metric/shared/rates.hpp"
#include "core/draws.hpp"
#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench::mlp {

Holdout stratified_holdout(const Labels& y, int n_classes, double fraction, RandomStream& rng) {
  Holdout split;
  for (const Indices& rows : rows_by_class(y, n_classes)) {
    if (rows.empty()) continue;
    const auto wanted = static_cast<std::size_t>(std::llround(fraction * static_cast<double>(rows.size())));
    const std::size_t held = std::min(wanted, rows.size() - 1);
    const Indices order = draw_without_replacement(rows.size(), rows.size(), rng);
    for (std::size_t i = 0; i < order.size(); ++i) (i < held ? split.validation : split.train).push_back(rows[order[i]]);
  }
  if (split.validation.empty())
    throw Error("mlp: validation_fraction=" + canonical_number(fraction) + " leaves no validation rows out of " +
                std::to_string(y.size()) + "; raise it or give more rows");
  std::sort(split.train.begin(), split.train.end());
  std::sort(split.validation.begin(), split.validation.end());
  return split;
}

std::vector<double> class_f1(const Labels& truth, const Labels& predicted, int n_classes) {
  std::vector<metric::BinaryCounts> counts(static_cast<std::size_t>(n_classes));
  for (std::size_t i = 0; i < truth.size(); ++i) {
    const auto t = static_cast<std::size_t>(truth[i]), p = static_cast<std::size_t>(predicted[i]);
    if (t == p) {
      counts[t].tp += 1;
    } else {
      counts[t].fn += 1;
      counts[p].fp += 1;
    }
  }
  std::vector<double> f1;
  for (const metric::BinaryCounts& c : counts) f1.push_back(metric::f_beta_of(c, 1.0));
  return f1;
}

}  // namespace imbench::mlp
