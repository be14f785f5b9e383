// G-SMOTE, partially guided hybrid sampling (Sandhan & Choi 2014), linear
// form as ranked by Kovács 2019 (smote_variants' G_SMOTE): each class row is
// paired with the one of its k nearest class rows whose difference vector is
// closest in angle to the class's principal direction, and a new row is drawn
// uniformly in the axis-aligned box between a random class row and its
// partner (one uniform step per feature).
#include <cmath>
#include <string>
#include <vector>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/principal_direction.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "g_smote";

// For each class row, the neighbour whose difference vector has the largest
// |cos| with `direction` (the smallest angle, either way along it); ties go to
// the nearer neighbour. A duplicate neighbour has no direction and counts as
// perpendicular, so it is chosen only when every neighbour is a duplicate.
std::vector<std::size_t> guided_partners(const Matrix& X_c, const NeighbourLists& neighbours, std::size_t k,
                                         const Eigen::RowVectorXd& direction) {
  std::vector<std::size_t> partner(static_cast<std::size_t>(X_c.rows()));
  for (std::size_t i = 0; i < partner.size(); ++i) {
    double best = -1.0;
    for (std::size_t m = 0; m < k; ++m) {
      const std::size_t n = neighbours.index_at(i, m);
      const Eigen::RowVectorXd diff = X_c.row(static_cast<Eigen::Index>(n)) - X_c.row(static_cast<Eigen::Index>(i));
      const double length = diff.norm();
      const double cosine = length > 0.0 ? std::abs(diff.dot(direction)) / length : 0.0;
      if (cosine > best) best = cosine, partner[i] = n;
    }
  }
  return partner;
}

class GSmote final : public Resampler {
 public:
  explicit GSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))), strategy_(p.text("sampling_strategy"), kOwner) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    require_class_neighbours(targets, rows, k_, kOwner);
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]));
      const Matrix& X_c = knn.reference();
      const std::vector<std::size_t> partner =
          guided_partners(X_c, knn.query_self(k_), k_, principal_direction(X_c).transpose());
      draw_rows(made.stream, made.count, [&](std::size_t i, RandomStream& s) {
        const std::size_t seed = s.below(static_cast<std::uint64_t>(X_c.rows()));
        const auto a = X_c.row(static_cast<Eigen::Index>(seed));
        const auto b = X_c.row(static_cast<Eigen::Index>(partner[seed]));
        auto row = out.row(static_cast<Eigen::Index>(made.first_row + i));
        for (Eigen::Index j = 0; j < X_c.cols(); ++j) row[j] = a[j] + s.uniform() * (b[j] - a[j]);
      });
    });
  }

 private:
  std::size_t k_;
  SamplingStrategy strategy_;
};

ParamSchema g_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest class rows among which each row's guided partner is chosen");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "g_smote",
                         "SMOTE guided by the principal direction: partners along it, new rows in the box between.",
                         "Sandhan, Choi. Handling Imbalanced Datasets by Partially Guided Hybrid Sampling for Pattern "
                         "Recognition. ICPR 2014, pp. 1449-1453",
                         g_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<GSmote>(p); }})

}  // namespace imbench
