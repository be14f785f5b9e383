// Parameters shared by the regression resamplers, with UBL's names: C.perc
// (written c_perc) and dist.
#pragma once

#include "algorithms/regression/feature_space.hpp"
#include "core/params.hpp"

namespace imbench::regression {

enum class PercentageForm {
  PerBump,  // SMOTER, SMOGN, Gaussian noise: balance | extreme | f1;f2;... (one factor per bump)
  Over,     // random over-sampling: balance | extreme | one factor >= 1 for every rare bump
  Under,    // random under-sampling: balance | extreme | one factor in (0, 1] for every normal bump
};
void add_percentages_param(ParamSchema& schema, PercentageForm form);

// dist: auto (default: heom when some feature is nominal, euclidean otherwise) | euclidean | heom. UBL's
// default is Euclidean, which it refuses on nominal features; auto runs on every bundled data set.
void add_distance_param(ParamSchema& schema);
// The distance `params` asks for on `data`.
Distance distance_for(const Params& params, const RegressionData& data);

}  // namespace imbench::regression
