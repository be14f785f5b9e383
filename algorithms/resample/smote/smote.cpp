// SMOTE (Chawla et al. 2002) as imbalanced-learn 0.10 runs it: for each
// targeted class, new samples lie on segments between a class sample (seed)
// and one of its k nearest neighbours within the class; the (seed,
// neighbour) pair is drawn uniformly from all n_c * k pairs and one u ~ U[0,1)
// places the sample on the segment.
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class Smote final : public Resampler {
 public:
  explicit Smote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))), strategy_(p.text("sampling_strategy"), "smote") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    require_class_neighbours(targets, rows, k_, "smote");

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]));
      interpolate_pairs(knn.reference(), knn.query_self(k_), k_, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  std::size_t k_;
  SamplingStrategy strategy_;
};

ParamSchema smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest neighbours within the class from which a seed's partner is drawn");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote",
                         "Synthetic minority over-sampling: interpolate between a sample and a same-class neighbour.",
                         "Chawla, Bowyer, Hall, Kegelmeyer. SMOTE: Synthetic Minority Over-sampling Technique. "
                         "JAIR 16:321-357, 2002",
                         smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Smote>(p); }})

}  // namespace imbench
