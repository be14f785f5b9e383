#include "algorithms/metric/shared/reduction.hpp"

#include "core/error.hpp"

namespace imbench::metric {
namespace {

[[noreturn]] void unsupported(Scope scope) {
  throw Error("internal: scope " + std::to_string(static_cast<int>(scope)) + " is not an average of this metric");
}

// Mean of values[k] over `classes`, weighted by weights[k] (or unweighted).
double mean_over(const std::vector<int>& classes, const std::vector<double>& values,
                 const std::vector<double>* weights) {
  double sum = 0, total = 0;
  for (int k : classes) {
    double w = weights ? (*weights)[k] : 1.0;
    sum += values[k] * w;
    total += w;
  }
  return sum / total;
}

std::vector<ScoredSample> one_vs_rest(const Predictions& p, int k) {
  std::vector<ScoredSample> samples(p.y_true.size());
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] = {p.proba(static_cast<Eigen::Index>(i), k), p.y_true[i] == k};
  return samples;
}

}  // namespace

double reduce_counts(const ClassCounts& counts, const Target& target, const CountRate& rate) {
  switch (target.scope) {
    case Scope::OneClass: return rate(counts.per_class[target.cls]);
    case Scope::Binary: return counts.present[target.cls] ? rate(counts.per_class[target.cls]) : 0.0;
    case Scope::Micro: {
      BinaryCounts pooled;
      for (std::size_t k = 0; k < counts.per_class.size(); ++k)
        if (counts.present[k]) pooled += counts.per_class[k];
      return rate(pooled);
    }
    case Scope::Macro:
    case Scope::Weighted: {
      std::vector<int> classes;
      std::vector<double> values(counts.per_class.size()), support(counts.per_class.size());
      for (std::size_t k = 0; k < counts.per_class.size(); ++k) {
        if (counts.present[k]) classes.push_back(static_cast<int>(k));
        values[k] = rate(counts.per_class[k]);
        support[k] = counts.per_class[k].actual();
      }
      return mean_over(classes, values, target.scope == Scope::Weighted ? &support : nullptr);
    }
    case Scope::Multiclass: break;
  }
  unsupported(target.scope);
}

double reduce_scores(const Predictions& p, const Target& target, RankingRate rate) {
  if (target.scope == Scope::OneClass || target.scope == Scope::Binary) return rate(one_vs_rest(p, target.cls));
  std::vector<double> support(static_cast<std::size_t>(p.n_classes), 0.0);
  for (int t : p.y_true) support[t] += 1;
  std::vector<int> classes;
  for (int k = 0; k < p.n_classes; ++k)
    if (support[k] > 0) classes.push_back(k);
  switch (target.scope) {
    case Scope::Micro: {
      std::vector<ScoredSample> pooled;
      pooled.reserve(p.y_true.size() * classes.size());
      for (int k : classes) {
        auto column = one_vs_rest(p, k);
        pooled.insert(pooled.end(), column.begin(), column.end());
      }
      return rate(std::move(pooled));
    }
    case Scope::Macro:
    case Scope::Weighted: {
      std::vector<double> values(support.size(), 0.0);
      for (int k : classes) values[k] = rate(one_vs_rest(p, k));
      return mean_over(classes, values, target.scope == Scope::Weighted ? &support : nullptr);
    }
    default: break;
  }
  unsupported(target.scope);
}

}  // namespace imbench::metric
