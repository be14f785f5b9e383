// Random under-sampling as imbalanced-learn's RandomUnderSampler: each
// targeted class keeps a random subset of its rows (or, with replacement, a
// bootstrap of the kept size). Output is grouped by class in class order;
// untargeted classes keep all their rows in input order.
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/draws.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class RandomUnderSampling final : public Resampler {
 public:
  explicit RandomUnderSampling(const Params& p)
      : replacement_(p.boolean("replacement")), strategy_(p.text("sampling_strategy"), "random_under") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Under);
    const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
    Indices kept;
    for (int cls = 0; cls < data.n_classes; ++cls) {
      const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
      auto target = targets.find(cls);
      if (target == targets.end()) {
        kept.insert(kept.end(), class_rows.begin(), class_rows.end());
        continue;
      }
      for (std::size_t position : choose(class_rows.size(), target->second, rng)) kept.push_back(class_rows[position]);
    }
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  std::vector<std::size_t> choose(std::size_t n, std::size_t count, RandomStream& rng) const {
    return replacement_ ? draw_with_replacement(n, count, rng) : draw_without_replacement(n, count, rng);
  }

  bool replacement_;
  SamplingStrategy strategy_;
};

ParamSchema random_under_schema() {
  ParamSchema schema;
  add_sampling_strategy(schema, SamplingType::Under);
  schema.boolean("replacement", false, "Draw the kept rows with replacement (a bootstrap) instead of a subset");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "random_under",
                         "Random under-sampling: keep a random subset of each targeted class.",
                         "imbalanced-learn RandomUnderSampler (Lemaitre et al., JMLR 18(17), 2017)",
                         random_under_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<RandomUnderSampling>(p); }})

}  // namespace imbench
