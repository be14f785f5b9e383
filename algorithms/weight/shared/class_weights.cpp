#include "algorithms/weight/shared/class_weights.hpp"

#include <string>

#include "core/error.hpp"

namespace imbench {

ClassSizes class_sizes(const LabelledData& data, const char* owner) {
  if (data.y.empty()) throw Error(std::string("weight '") + owner + "': the training data has no samples");
  ClassSizes sizes{class_counts(data.y, data.n_classes), 0};
  for (std::size_t n : sizes.counts) sizes.present += n > 0;
  return sizes;
}

Weights per_sample_weights(const Labels& y, const std::vector<double>& class_weights) {
  Weights w(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) w[i] = class_weights[static_cast<std::size_t>(y[i])];
  return w;
}

}  // namespace imbench
