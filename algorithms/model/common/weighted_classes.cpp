#include "algorithms/model/common/weighted_classes.hpp"

namespace imbench {

WeightedClasses weighted_classes(const LabelledData& data, const Weights& weights) {
  std::vector<double> class_weight(static_cast<std::size_t>(data.n_classes), 0.0);
  for (std::size_t i = 0; i < data.y.size(); ++i) class_weight[static_cast<std::size_t>(data.y[i])] += weights[i];
  WeightedClasses out;
  std::vector<int> position(static_cast<std::size_t>(data.n_classes), 0);
  for (int c = 0; c < data.n_classes; ++c)
    if (class_weight[static_cast<std::size_t>(c)] > 0) {
      position[static_cast<std::size_t>(c)] = static_cast<int>(out.present.size());
      out.present.push_back(c);
    }
  out.target.resize(data.y.size());
  for (std::size_t i = 0; i < data.y.size(); ++i) out.target[i] = position[static_cast<std::size_t>(data.y[i])];
  return out;
}

}  // namespace imbench
