// Edited Nearest Neighbours (Wilson 1972) as imbalanced-learn 0.10's
// EditedNearestNeighbours: one editing pass over the targeted classes.
#include "algorithms/resample/shared/editing.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class EditedNearestNeighbours final : public Resampler {
 public:
  explicit EditedNearestNeighbours(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        vote_(parse_vote(p.text("kind_sel"))),
        strategy_(p.text("sampling_strategy"), "enn") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    const Indices kept = edit_once(data.X, data.y, data.n_classes, targets, k_, vote_, "enn");
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  std::size_t k_;
  NeighbourVote vote_;
  SamplingStrategy strategy_;
};

ParamSchema enn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 3, 1, std::nullopt, "Nearest other rows (of any class) that judge each row");
  add_kind_sel(schema);
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "enn",
                         "Edited nearest neighbours: drop targeted rows that their k nearest neighbours outvote.",
                         "Wilson. Asymptotic Properties of Nearest Neighbor Rules Using Edited Data. "
                         "IEEE Trans. SMC 2(3):408-421, 1972",
                         enn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<EditedNearestNeighbours>(p); }})

}  // namespace imbench
