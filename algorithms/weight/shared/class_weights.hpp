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

// Inverse class frequency, as scikit-learn's class_weight='balanced':
// n / (C * n_c) for the C classes present, 0 for absent classes.
std::vector<double> balanced_class_weights(const ClassSizes& sizes);

// Cui et al.'s class-balanced weights (1 - beta) / (1 - beta^n_c), scaled so
// the classes present sum to C; 0 for absent classes. beta = 0: all ones.
std::vector<double> effective_number_class_weights(const ClassSizes& sizes, double beta);

// Class sizes of labels 0..n_classes-1 (no emptiness check).
ClassSizes class_sizes_of(const Labels& y, int n_classes);

// w[i] = class_weights[y[i]].
Weights per_sample_weights(const Labels& y, const std::vector<double>& class_weights);

}  // namespace imbench
