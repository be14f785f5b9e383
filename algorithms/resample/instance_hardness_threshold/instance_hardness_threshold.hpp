// Instance hardness threshold (Smith, Martinez & Giraud-Carrier 2014) as
// imbalanced-learn's InstanceHardnessThreshold, split in two for tests: the
// out-of-fold probabilities (all the randomness) and the selection.
#pragma once

#include <cstddef>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

// Each row's out-of-fold probability of its own class: stratified k-fold
// splits of the engine's cross-validation (`cv` folds), the model
// `estimator` fitted on each fold's training rows and asked for the test
// rows. Folds come from rng.substream("folds"), fold f's model from
// rng.substream("estimator").substream(f).
std::vector<double> own_class_probabilities(const LabelledData& data, const Spec& estimator, int cv,
                                            RandomStream& rng);

// The rows kept: untargeted classes whole; a targeted class keeps exactly
// targets[c] rows, those with the highest own-class probability (equal
// probabilities go to the lower row). Grouped by class in class order,
// ascending within a class.
Indices keep_easiest(const Labels& y, int n_classes, const std::vector<double>& own_probability,
                     const ClassTargets& targets);

}  // namespace imbench
