// Class-balanced weights from the effective number of samples (Cui et al.,
// CVPR 2019): E_n = (1 - beta^n) / (1 - beta), w_c = 1 / E_{n_c}, then
// scaled so the weights of the classes present sum to their number C.
// beta = 0 gives equal weights; beta -> 1 approaches inverse frequency.
#include "algorithms/weight/shared/class_weights.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class EffectiveNumberWeighting final : public Weighting {
 public:
  explicit EffectiveNumberWeighting(double beta) : beta_(beta) {}

  Weights weights(const LabelledData& data) const override {
    return per_sample_weights(data.y, effective_number_class_weights(class_sizes(data, "effective_number"), beta_));
  }

 private:
  double beta_;
};

ParamSchema effective_number_schema() {
  ParamSchema schema;
  schema.real("beta", 0.999, 0.0, 1.0,
              "Effective-number hyper-parameter: 0 = no re-weighting, towards 1 = inverse frequency", false, true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "effective_number",
                         "Class-balanced weights w_c ~ (1 - beta) / (1 - beta^n_c), normalised to sum to n_classes.",
                         "Cui, Jia, Lin, Song, Belongie. Class-Balanced Loss Based on Effective Number of Samples. "
                         "CVPR 2019",
                         effective_number_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<EffectiveNumberWeighting>(p.real("beta")); }})

}  // namespace imbench
