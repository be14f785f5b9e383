// Helpers shared by the weighting plugins, which all derive a weight per
// class from the class sizes and give it to every sample of the class.
#pragma once

#include <cstddef>
#include <vector>

#include "core/plugin.hpp"

namespace imbench {

struct ClassSizes {
  std::vector<std::size_t> counts;  // per class index, 0 for classes absent from the data
  std::size_t present = 0;          // classes with at least one sample (sklearn's n_classes)
};

// Throws Error (naming `owner`) when y is empty.
ClassSizes class_sizes(const LabelledData& data, const char* owner);

// w[i] = class_weights[y[i]].
Weights per_sample_weights(const Labels& y, const std::vector<double>& class_weights);

}  // namespace imbench
