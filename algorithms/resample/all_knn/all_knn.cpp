// All k-NN (Tomek 1976) as imbalanced-learn 0.10's AllKNN: ENN passes with
// k' = 1, 2, ..., n_neighbors, each on the previous pass's output. It stops
// early when a class vanishes or (unless allow_minority) some class other
// than the original minority falls below the original minority's size;
// the stopping pass's result is kept.
#include "algorithms/resample/shared/editing.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class AllKnn final : public Resampler {
 public:
  explicit AllKnn(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        allow_minority_(p.boolean("allow_minority")),
        vote_(parse_vote(p.text("kind_sel"))),
        strategy_(p.text("sampling_strategy"), "all_knn") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const EditingStop stop(data.y, data.n_classes);
    Matrix X = data.X;
    Labels y = data.y;
    for (std::size_t k = 1; k <= k_; ++k) {
      const ClassTargets targets = strategy_.targets(y, data.n_classes, SamplingType::Clean);
      const Indices kept = edit_once(X, y, data.n_classes, targets, k, vote_, "all_knn");
      X = take_rows(X, kept);
      y = take(y, kept);
      if ((!allow_minority_ && stop.minority_overtaken(y)) || stop.class_vanished(y)) break;
    }
    return {std::move(X), std::move(y), 0};
  }

 private:
  std::size_t k_;
  bool allow_minority_;
  NeighbourVote vote_;
  SamplingStrategy strategy_;
};

ParamSchema all_knn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 3, 1, std::nullopt, "Largest neighbourhood; passes use 1, 2, ..., n_neighbors");
  add_kind_sel(schema);
  schema.boolean("allow_minority", false,
                 "Keep editing when a class other than the minority becomes smaller than the original minority");
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "all_knn",
                         "All k-NN: ENN passes with growing neighbourhoods 1..k.",
                         "Tomek. An Experiment with the Edited Nearest-Neighbor Rule. IEEE Trans. SMC 6(6):448-452, 1976",
                         all_knn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<AllKnn>(p); }})

}  // namespace imbench
