// Random under-sampling as row indices: the rows imbalanced-learn's
// RandomUnderSampler keeps (its sample_indices_). Shared by random_under, the
// balanced random forest's trees and the boosting ensembles (which carry
// sample weights over to the kept rows).
#pragma once

#include <string>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/params.hpp"
#include "core/rng.hpp"

namespace imbench {

class UnderSampling {
 public:
  // Reads sampling_strategy and replacement (see add_under_sampling_params).
  UnderSampling(const Params& params, const std::string& owner);

  // The targets and class rows of one y, worked out once for all the draws an ensemble makes from it.
  class Plan {
   public:
    // Grouped by class in class order; untargeted classes keep all their rows.
    Indices draw(RandomStream& rng) const;

   private:
    friend class UnderSampling;
    ClassTargets targets_;
    std::vector<Indices> by_class_;
    bool replacement_ = false;
  };
  Plan plan(const Labels& y, int n_classes) const;

  // plan(y, n_classes).draw(rng).
  Indices rows(const Labels& y, int n_classes, RandomStream& rng) const;

 private:
  SamplingStrategy strategy_;
  bool replacement_;
};

ParamSchema& add_under_sampling_params(ParamSchema& schema);

}  // namespace imbench
