// LVQ-SMOTE (Nakamura, Kajiwara, Otsuka & Kimura 2013): learning vector
// quantization condenses a class into a few codebook vectors, pulled towards
// its rows and pushed away from the other classes' rows; new rows are then
// made by SMOTE between the codebook vectors instead of between the rows, so
// they spread over the space the class occupies rather than hugging its rows.
#include <string>

#include "algorithms/resample/lvq_smote/codebook.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class LvqSmote final : public Resampler {
 public:
  explicit LvqSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))), strategy_(p.text("sampling_strategy"), "lvq_smote") {
    options_.class_vectors = options_.rest_vectors = static_cast<std::size_t>(p.integer("n_codebook"));
    options_.epochs = static_cast<std::size_t>(p.integer("n_epochs"));
    options_.learning_rate = p.real("learning_rate");
  }

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<std::size_t> counts = class_counts(data.y, data.n_classes);
    bool grows = false;
    for (const auto& [cls, n_new] : targets)
      if (n_new > 0) {
        grows = true;
        // The codebook needs a seed plus k partners; it holds at most one vector per class row.
        const std::size_t vectors = std::min(options_.class_vectors, counts[static_cast<std::size_t>(cls)]);
        if (vectors < k_ + 1)
          throw Error("lvq_smote: class " + std::to_string(cls) + " gets " + std::to_string(vectors) +
                      " codebook vectors (n_codebook=" + std::to_string(options_.class_vectors) + ", " +
                      std::to_string(counts[static_cast<std::size_t>(cls)]) + " rows), but k_neighbors=" +
                      std::to_string(k_) + " needs at least " + std::to_string(k_ + 1));
      }
    if (grows) require_finite(data.X, "lvq_smote: the training rows");  // every row trains the codebook

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      std::vector<bool> in_class(data.y.size());
      for (std::size_t i = 0; i < data.y.size(); ++i) in_class[i] = data.y[i] == made.cls;
      ExactNeighbours knn;
      knn.fit(lvq_class_codebook(data.X, in_class, options_, made.stream.substream("codebook")));
      // SMOTE over the codebook vectors.
      interpolate_pairs(knn.reference(), knn.query_self(k_), k_, made.stream.substream("smote"), made.count,
                        made.first_row, out);
    });
  }

 private:
  std::size_t k_;
  SamplingStrategy strategy_;
  LvqOptions options_;
};

ParamSchema lvq_smote_schema() {
  ParamSchema schema;
  schema.integer("n_codebook", 10, 2, std::nullopt,
                 "Codebook vectors for the grown class and for the other classes (each at most their row count)");
  schema.integer("k_neighbors", 3, 1, std::nullopt, "Nearest codebook vectors a vector can be paired with");
  schema.integer("n_epochs", 10, 1, std::nullopt, "Passes of LVQ1 training over all rows");
  schema.real("learning_rate", 0.1, 0.0, 1.0, "Initial LVQ1 step, decaying linearly to 0", true);
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "lvq_smote",
                         "SMOTE between learning-vector-quantization codebook vectors of the class.",
                         "Nakamura, Kajiwara, Otsuka, Kimura. LVQ-SMOTE - Learning Vector Quantization based "
                         "Synthetic Minority Over-sampling Technique for biomedical data. BioData Mining 6:16, 2013",
                         lvq_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<LvqSmote>(p); }})

}  // namespace imbench
