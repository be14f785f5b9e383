// Output layout shared by over-samplers, as imbalanced-learn builds it: the
// input rows unchanged, then each targeted class's new rows, in class order.
#pragma once

#include <cstddef>
#include <map>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/plugin.hpp"

namespace imbench {

struct OverSamplingLayout {
  Resampled out;                          // input rows copied, new rows allocated and labelled
  std::map<int, std::size_t> first_new;   // class -> row of out.X where its new rows start
};

// `targets` gives the number of new rows per class (SamplingType::Over).
OverSamplingLayout start_over_sampling(const LabelledData& data, const ClassTargets& targets);

}  // namespace imbench
