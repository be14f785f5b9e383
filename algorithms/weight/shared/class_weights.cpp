#include "algorithms/weight/shared/class_weights.hpp"

#include <cmath>
#include <string>

#include "core/error.hpp"

namespace imbench {

ClassSizes class_sizes(const LabelledData& data, const char* owner) {
  if (data.y.empty()) throw Error(std::string("weight '") + owner + "': the training data has no samples");
  return class_sizes_of(data.y, data.n_classes);
}

ClassSizes class_sizes_of(const Labels& y, int n_classes) {
  ClassSizes sizes{class_counts(y, n_classes), 0};
  for (std::size_t n : sizes.counts) sizes.present += n > 0;
  return sizes;
}

std::vector<double> balanced_class_weights(const ClassSizes& sizes) {
  double n = 0;
  for (std::size_t count : sizes.counts) n += static_cast<double>(count);
  std::vector<double> per_class(sizes.counts.size(), 0.0);
  for (std::size_t c = 0; c < sizes.counts.size(); ++c)
    if (sizes.counts[c] > 0)
      per_class[c] = n / (static_cast<double>(sizes.present) * static_cast<double>(sizes.counts[c]));
  return per_class;
}

std::vector<double> effective_number_class_weights(const ClassSizes& sizes, double beta) {
  std::vector<double> per_class(sizes.counts.size(), 0.0);
  double sum = 0.0;
  for (std::size_t c = 0; c < sizes.counts.size(); ++c) {
    if (sizes.counts[c] == 0) continue;
    // (1 - beta) / (1 - beta^n), with 1 - beta^n = -expm1(n log beta) kept accurate for beta near 1.
    const double n = static_cast<double>(sizes.counts[c]);
    per_class[c] = beta == 0.0 ? 1.0 : (1.0 - beta) / -std::expm1(n * std::log(beta));
    sum += per_class[c];
  }
  for (double& w : per_class) w *= static_cast<double>(sizes.present) / sum;
  return per_class;
}

Weights per_sample_weights(const Labels& y, const std::vector<double>& class_weights) {
  Weights w(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) w[i] = class_weights[static_cast<std::size_t>(y[i])];
  return w;
}

}  // namespace imbench
