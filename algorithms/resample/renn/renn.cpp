// Repeated Edited Nearest Neighbours (Tomek 1976) as imbalanced-learn 0.10's
// RepeatedEditedNearestNeighbours: ENN passes on the shrinking set until a
// pass removes nothing, max_iter passes ran, some class other than the
// original minority falls below the original minority's size, or a class
// vanishes. The result of the stopping pass is kept in every case.
#include "algorithms/resample/shared/editing.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class RepeatedEditedNearestNeighbours final : public Resampler {
 public:
  explicit RepeatedEditedNearestNeighbours(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        max_iter_(static_cast<int>(p.integer("max_iter"))),
        vote_(parse_vote(p.text("kind_sel"))),
        strategy_(p.text("sampling_strategy"), "renn") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const EditingStop stop(data.y, data.n_classes);
    Matrix X = data.X;
    Labels y = data.y;
    for (int pass = 0; pass < max_iter_; ++pass) {
      // imblearn re-evaluates sampling_strategy on the current labels each pass.
      const ClassTargets targets = strategy_.targets(y, data.n_classes, SamplingType::Clean);
      const Indices kept = edit_once(X, y, data.n_classes, targets, k_, vote_, "renn");
      const bool converged = kept.size() == y.size();
      X = take_rows(X, kept);
      y = take(y, kept);
      if (converged || stop.minority_overtaken(y) || stop.class_vanished(y)) break;
    }
    return {std::move(X), std::move(y), 0};
  }

 private:
  std::size_t k_;
  int max_iter_;
  NeighbourVote vote_;
  SamplingStrategy strategy_;
};

ParamSchema renn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 3, 1, std::nullopt, "Nearest other rows (of any class) that judge each row");
  schema.integer("max_iter", 100, 1, std::nullopt, "Most editing passes");
  add_kind_sel(schema);
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "renn",
                         "Repeated edited nearest neighbours: ENN passes until nothing changes.",
                         "Tomek. An Experiment with the Edited Nearest-Neighbor Rule. IEEE Trans. SMC 6(6):448-452, 1976",
                         renn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<RepeatedEditedNearestNeighbours>(p); }})

}  // namespace imbench
