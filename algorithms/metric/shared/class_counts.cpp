#include "algorithms/metric/shared/class_counts.hpp"

namespace imbench::metric {

BinaryCounts& BinaryCounts::operator+=(const BinaryCounts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  tn += other.tn;
  return *this;
}

ClassCounts count_classes(const Predictions& p) {
  const auto k_count = static_cast<std::size_t>(p.n_classes);
  std::vector<double> hits(k_count, 0), actual(k_count, 0), predicted(k_count, 0);
  for (std::size_t i = 0; i < p.y_true.size(); ++i) {
    const auto t = static_cast<std::size_t>(p.y_true[i]);
    const auto q = static_cast<std::size_t>(p.y_pred[i]);
    actual[t] += 1;
    predicted[q] += 1;
    if (t == q) hits[t] += 1;
  }
  ClassCounts out;
  out.n_samples = static_cast<double>(p.y_true.size());
  out.per_class.resize(k_count);
  out.present.resize(k_count);
  for (std::size_t k = 0; k < k_count; ++k) {
    BinaryCounts& c = out.per_class[k];
    c.tp = hits[k];
    c.fp = predicted[k] - hits[k];
    c.fn = actual[k] - hits[k];
    // imbalanced-learn's tn = N - (pred + true - tp); the same as counting
    // without sample weights.
    c.tn = out.n_samples - (predicted[k] + actual[k] - hits[k]);
    out.present[k] = actual[k] > 0 || predicted[k] > 0;
  }
  return out;
}

}  // namespace imbench::metric
