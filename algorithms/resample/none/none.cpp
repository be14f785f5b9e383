// The identity resampler: the baseline every other resampler is compared with.
#include "core/registry.hpp"

namespace imbench {
namespace {

class NoResampling final : public Resampler {
 public:
  Resampled resample(const LabelledData& data, RandomStream&) const override { return {data.X, data.y, 0}; }
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "none", "Leave the training set as it is (baseline).", "", ParamSchema{},
                         Capabilities{}, [](const Params&) { return std::make_unique<NoResampling>(); }})

}  // namespace imbench
