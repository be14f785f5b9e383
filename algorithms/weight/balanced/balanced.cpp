// Inverse class frequency, as scikit-learn's class_weight='balanced':
// w_c = n / (C * n_c), with C the number of classes present. Every class
// then carries the same total weight n / C.
#include "algorithms/weight/shared/class_weights.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class BalancedWeighting final : public Weighting {
 public:
  Weights weights(const LabelledData& data) const override {
    return per_sample_weights(data.y, balanced_class_weights(class_sizes(data, "balanced")));
  }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "balanced", "Inverse class frequency: w_c = n / (n_classes * n_c).",
                         "King & Zeng, Logistic Regression in Rare Events Data, Political Analysis 9(2), 2001; "
                         "scikit-learn compute_class_weight('balanced')",
                         ParamSchema{}, Capabilities{}, [](const Params&) { return std::make_unique<BalancedWeighting>(); }})

}  // namespace imbench
