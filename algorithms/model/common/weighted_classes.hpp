// The classes a weighted classifier can fit: a class without training weight
// cannot be fitted (its intercept would run to -inf), so models drop it and
// renumber the others.
#pragma once

#include <vector>

#include "core/plugin.hpp"

namespace imbench {

struct WeightedClasses {
  std::vector<int> present;  // labels with positive total weight, ascending
  Labels target;             // per row: the position of its label in `present`
};

// `weights` holds one value per row of `data`.
WeightedClasses weighted_classes(const LabelledData& data, const Weights& weights);

}  // namespace imbench
