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
    const ClassSizes sizes = class_sizes(data, "balanced");
    const double n = static_cast<double>(data.y.size());
    std::vector<double> per_class(sizes.counts.size(), 0.0);
    for (std::size_t c = 0; c < sizes.counts.size(); ++c)
      if (sizes.counts[c] > 0)
        per_class[c] = n / (static_cast<double>(sizes.present) * static_cast<double>(sizes.counts[c]));
    return per_sample_weights(data.y, per_class);
  }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "balanced", "Inverse class frequency: w_c = n / (n_classes * n_c).",
                         "King & Zeng, Logistic Regression in Rare Events Data, Political Analysis 9(2), 2001; "
                         "scikit-learn compute_class_weight('balanced')",
                         ParamSchema{}, Capabilities{}, [](const Params&) { return std::make_unique<BalancedWeighting>(); }})

}  // namespace imbench
