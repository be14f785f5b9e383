// The identity resampler: the baseline every other resampler is compared with.
#include "core/registry.hpp"

namespace imbench {
namespace {

class NoResampling final : public Resampler, public RegressionResampler {
 public:
  Resampled resample(const LabelledData& data, RandomStream&) const override { return {data.X, data.y, 0}; }
  RegressionResampled resample(const RegressionData& data, RandomStream&) const override {
    return {data.X, std::vector<double>(data.y.begin(), data.y.end()), 0};
  }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "none", "Leave the training set as it is (baseline).", "", ParamSchema{},
                         Capabilities{.regression = true}, [](const Params&) { return std::make_unique<NoResampling>(); }})

}  // namespace imbench
