// Safe-Level-SMOTE (Bunkhumpornpat, Sinapiromsaran & Lursinsap 2009): a
// row's safe level is how many of its k nearest rows (whole data) share its
// class. A new row lies on the segment from a seed p to one of its k nearest
// class rows n, placed by the paper's gap rules so that it sits nearer the
// safer end: with ratio = sl_p / sl_n,
//   sl_p = sl_n = 0  -> the pair makes nothing
//   sl_n = 0         -> gap 0 (a copy of p)
//   ratio = 1        -> gap in [0, 1)
//   ratio > 1        -> gap in [0, 1/ratio)
//   ratio < 1        -> gap in [1 - ratio, 1)

#include <string>

#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// Where on the segment p -> n a new row goes, for u ~ U[0, 1).
double gap(std::size_t sl_p, std::size_t sl_n, double u) {
  if (sl_n == 0) return 0.0;
  if (sl_p == sl_n) return u;
  const double ratio = static_cast<double>(sl_p) / static_cast<double>(sl_n);
  return ratio > 1.0 ? u / ratio : (1.0 - ratio) + u * ratio;
}

class SafeLevelSmote final : public Resampler {
 public:
  explicit SafeLevelSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        strategy_(p.text("sampling_strategy"), "safe_level_smote") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      require_class_neighbours(made.cls, class_rows.size(), k_, "safe_level_smote");
      // Safe level = k minus the neighbours of another class (one-vs-rest).
      std::vector<std::size_t> safe =
          foreign_neighbour_counts(data.X, data.y, made.cls, class_rows, k_, "safe_level_smote");
      for (std::size_t& s : safe) s = k_ - s;
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, class_rows));
      const NeighbourLists neighbours = knn.query_self(k_);
      // The (seed, neighbour) pairs that make a row: not both safe levels 0.
      std::vector<std::uint64_t> pairs;
      for (std::size_t p = 0; p < class_rows.size(); ++p)
        for (std::size_t j = 0; j < k_; ++j)
          if (safe[p] > 0 || safe[neighbours.index_at(p, j)] > 0) pairs.push_back(p * k_ + j);
      if (pairs.empty())
        throw Error("safe_level_smote: every row of class " + std::to_string(made.cls) +
                    " and all its class neighbours have safe level 0 (no same-class row among their k=" +
                    std::to_string(k_) + " nearest), so the paper's rules make no row");
      generate(knn.reference(), neighbours, safe, pairs, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  // New row i draws a productive pair and its step (rows drawn by draw_rows).
  void generate(const Matrix& X_c, const NeighbourLists& neighbours, const std::vector<std::size_t>& safe,
                const std::vector<std::uint64_t>& pairs, const RandomStream& class_stream, std::size_t n_new,
                std::size_t first_row, Matrix& out) const {
    draw_rows(class_stream, n_new, [&](std::size_t i, RandomStream& s) {
      const std::uint64_t pair = pairs[s.below(pairs.size())];
      const std::size_t p = pair / k_, n = neighbours.index_at(p, pair % k_);
      const double step = gap(safe[p], safe[n], s.uniform());
      const auto seed = X_c.row(static_cast<Eigen::Index>(p));
      out.row(static_cast<Eigen::Index>(first_row + i)) = seed + step * (X_c.row(static_cast<Eigen::Index>(n)) - seed);
    });
  }

  std::size_t k_;
  SamplingStrategy strategy_;
};

ParamSchema safe_level_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Neighbours that define a row's safe level (whole data) and a seed's partners (its class)");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "safe_level_smote",
                         "SMOTE with each new row placed nearer the end of its segment that has more same-class "
                         "neighbours.",
                         "Bunkhumpornpat, Sinapiromsaran, Lursinsap. Safe-Level-SMOTE: Safe-Level-Synthetic Minority "
                         "Over-Sampling TEchnique for Handling the Class Imbalanced Problem. PAKDD 2009, LNCS 5476:475-482",
                         safe_level_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<SafeLevelSmote>(p); }})

}  // namespace imbench
