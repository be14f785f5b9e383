// SMOTE followed by a cleaning under-sampler: the composition behind
// smote_tomek and smote_enn (Batista, Prati & Monard 2003, 2004), as
// imbalanced-learn 0.10's SMOTETomek and SMOTEENN run it. Both steps are
// the registered plugins, built through the registry, so the composite
// never drifts from them.
#pragma once

#include <memory>
#include <string>

#include "core/params.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

class SmoteThenClean final : public Resampler {
 public:
  // `smote` and `cleaner` are resampler specs; both are built at once so bad
  // parameters fail when the composite is built.
  // `owner` names the composite in errors.
  SmoteThenClean(std::string owner, const Spec& smote, const Spec& cleaner);

  // SMOTE with `rng`, then the cleaner with the same `rng` on SMOTE's output.
  // n_synthetic counts the synthetic rows that survive the cleaning.
  Resampled resample(const LabelledData& data, RandomStream& rng) const override;

 private:
  std::string owner_;
  Spec cleaner_spec_;
  std::unique_ptr<Resampler> smote_;
  std::unique_ptr<Resampler> cleaner_;
};

// Rows of `out` that are not copies of rows of `in` (same features and
// label), counted with multiplicity: a row occurring twice in `in` covers
// two copies in `out`.
std::size_t count_new_rows(const LabelledData& in, const Resampled& out);

// Declares the SMOTE step's parameters (k_neighbors, sampling_strategy) and
// the cleaning step's `clean_strategy` (default "all", as imblearn's
// SMOTETomek and SMOTEENN).
ParamSchema& add_smote_then_clean_params(ParamSchema& schema);

// The SMOTE step's spec from the composite's parameters.
Spec smote_step(const Params& p);

}  // namespace imbench
