// SMOTEN (Chawla et al. 2002, section 6.2) as imbalanced-learn 0.10 runs it:
// all features nominal; each new row copies, feature by feature, the most
// frequent category among a seed and its k nearest class rows under the
// value difference metric. Nothing is interpolated.
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <numeric>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/distance/value_difference.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// Per class position, the row SMOTEN makes from that seed: the per-feature
// mode of the seed and its neighbours, ties to the smallest category (as
// scipy.stats.mode breaks them).
std::vector<std::vector<int>> mode_rows(const NominalCodes& codes, const Indices& class_rows,
                                        const NeighbourLists& neighbours) {
  std::vector<std::vector<int>> out(class_rows.size(), std::vector<int>(codes.n_columns()));
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, class_rows.size(), 64), [&](const tbb::blocked_range<std::size_t>& r) {
    std::vector<std::size_t> votes;
    for (std::size_t p = r.begin(); p != r.end(); ++p)
      for (std::size_t f = 0; f < codes.n_columns(); ++f) {
        const std::vector<int>& column = codes.codes[f];
        votes.assign(codes.values[f].size(), 0);
        ++votes[static_cast<std::size_t>(column[class_rows[p]])];
        for (std::size_t j = 0; j < neighbours.k; ++j)
          ++votes[static_cast<std::size_t>(column[class_rows[neighbours.index_at(p, j)]])];
        out[p][f] = static_cast<int>(std::max_element(votes.begin(), votes.end()) - votes.begin());
      }
  });
  return out;
}

class Smoten final : public Resampler {
 public:
  explicit Smoten(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))), strategy_(p.text("sampling_strategy"), "smoten") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    require_class_neighbours(targets, rows, k_, "smoten");
    std::vector<std::size_t> all_columns(static_cast<std::size_t>(data.X.cols()));
    std::iota(all_columns.begin(), all_columns.end(), std::size_t{0});
    const NominalCodes codes = encode_nominal(data.X, all_columns, "smoten");
    const ValueDifferenceMetric vdm(codes, data.y, data.n_classes);

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      const std::vector<std::vector<int>> mode_codes =
          mode_rows(codes, class_rows, vdm.neighbours_within(class_rows, k_));
      draw_rows(made.stream, made.count, [&](std::size_t i, RandomStream& s) {
        const std::vector<int>& row_codes = mode_codes[s.below(class_rows.size())];
        for (std::size_t f = 0; f < codes.n_columns(); ++f)
          out(static_cast<Eigen::Index>(made.first_row + i), static_cast<Eigen::Index>(f)) =
              codes.values[f][static_cast<std::size_t>(row_codes[f])];
      });
    });
  }

 private:
  std::size_t k_;
  SamplingStrategy strategy_;
};

ParamSchema smoten_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest class rows (value difference metric) that vote with the seed on each category");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smoten",
                         "SMOTE for nominal data: new rows take each feature's most frequent category among a "
                         "seed and its value-difference neighbours.",
                         "Chawla, Bowyer, Hall, Kegelmeyer. SMOTE: Synthetic Minority Over-sampling Technique, "
                         "section 6.2 (SMOTE-N). JAIR 16:321-357, 2002",
                         smoten_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Smoten>(p); }})

}  // namespace imbench
