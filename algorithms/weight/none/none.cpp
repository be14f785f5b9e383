// Every sample weighs 1: the baseline the weighting schemes are compared with.
#include "core/registry.hpp"

namespace imbench {
namespace {

class NoWeighting final : public Weighting, public RegressionWeighting {
 public:
  Weights weights(const LabelledData& data) const override { return Weights(data.y.size(), 1.0); }
  Weights weights(const RegressionData& data) const override { return Weights(data.y.size(), 1.0); }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, "none", "Every sample has weight 1 (baseline).", "", ParamSchema{},
                         Capabilities{.regression = true}, [](const Params&) { return std::make_unique<NoWeighting>(); }})

}  // namespace imbench
