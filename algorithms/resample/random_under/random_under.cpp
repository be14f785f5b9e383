// Random under-sampling as imbalanced-learn's RandomUnderSampler: each
// targeted class keeps a random subset of its rows (or, with replacement, a
// bootstrap of the kept size). Output is grouped by class in class order;
// untargeted classes keep all their rows in input order.
#include "algorithms/resample/shared/under_sampling.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class RandomUnderSampling final : public Resampler {
 public:
  explicit RandomUnderSampling(const Params& p) : under_(p, "random_under") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const Indices kept = under_.rows(data.y, data.n_classes, rng);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  UnderSampling under_;
};

ParamSchema random_under_schema() {
  ParamSchema schema;
  add_under_sampling_params(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "random_under",
                         "Random under-sampling: keep a random subset of each targeted class.",
                         "imbalanced-learn RandomUnderSampler (Lemaitre et al., JMLR 18(17), 2017)",
                         random_under_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<RandomUnderSampling>(p); }})

}  // namespace imbench
