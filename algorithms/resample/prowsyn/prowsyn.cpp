// ProWSyn, proximity-weighted synthetic over-sampling (Barua, Islam &
// Murase 2013). The rows of a class are split into proximity levels: level 1
// holds the class rows that are among the k nearest class rows of some row
// of another class; they are set aside and level 2 is found the same way
// among the rest, up to level L-1; level L holds what is left. Level l gets
// weight exp(-theta (l - 1)), so rows near the boundary get most new rows,
// and every new row interpolates between two distinct rows of one level.

#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "prowsyn";

// Positions (in `class_rows`) of the rows of each proximity level, level 1 first; empty levels are dropped.
std::vector<Indices> proximity_levels(const LabelledData& data, int cls, const Indices& class_rows, std::size_t k,
                                      std::size_t n_levels) {
  Indices others;
  for (std::size_t i = 0; i < data.y.size(); ++i)
    if (data.y[i] != cls) others.push_back(i);
  const Matrix X_others = take_rows(data.X, others);
  Indices remaining(class_rows.size());
  for (std::size_t i = 0; i < remaining.size(); ++i) remaining[i] = i;
  std::vector<Indices> levels;
  for (std::size_t level = 1; level < n_levels && !remaining.empty() && !others.empty(); ++level) {
    ExactNeighbours knn;
    Indices rows_left(remaining.size());
    for (std::size_t i = 0; i < remaining.size(); ++i) rows_left[i] = class_rows[remaining[i]];
    knn.fit(take_rows(data.X, rows_left));
    const NeighbourLists near = knn.query(X_others, std::min(k, remaining.size()));
    std::vector<bool> hit(remaining.size(), false);
    for (std::size_t j : near.index) hit[j] = true;
    Indices this_level, rest;
    for (std::size_t i = 0; i < remaining.size(); ++i) (hit[i] ? this_level : rest).push_back(remaining[i]);
    levels.push_back(std::move(this_level));
    remaining = std::move(rest);
  }
  if (!remaining.empty()) levels.push_back(std::move(remaining));
  return levels;
}

class Prowsyn final : public Resampler {
 public:
  explicit Prowsyn(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        levels_(static_cast<std::size_t>(p.integer("levels"))),
        theta_(p.real("theta")),
        strategy_(p.text("sampling_strategy"), kOwner) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      const Matrix X_c = take_rows(data.X, class_rows);
      if (!X_c.allFinite())  // checked here: with levels=1 no neighbour search would see the values
        throw Error(std::string(kOwner) + ": class " + std::to_string(made.cls) + " holds NaN or infinite values");
      const std::vector<Indices> levels = proximity_levels(data, made.cls, class_rows, k_, levels_);
      // Only levels with two rows can interpolate; the weights are renormalised over them.
      std::vector<double> cumulative;
      std::vector<const Indices*> usable;
      double total = 0.0;
      for (std::size_t l = 0; l < levels.size(); ++l) {
        if (levels[l].size() < 2) continue;
        total += std::exp(-theta_ * static_cast<double>(l));
        cumulative.push_back(total);
        usable.push_back(&levels[l]);
      }
      if (usable.empty())
        throw Error(std::string(kOwner) + ": class " + std::to_string(made.cls) + " (" +
                    std::to_string(class_rows.size()) +
                    " samples) has no proximity level with two samples to interpolate between");
      generate(X_c, usable, cumulative, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  // New row i draws its level (by weight), two distinct rows of it and the step (rows drawn by draw_rows).
  static void generate(const Matrix& X_c, const std::vector<const Indices*>& levels,
                       const std::vector<double>& cumulative, const RandomStream& class_stream, std::size_t n_new,
                       std::size_t first_row, Matrix& out) {
    draw_rows(class_stream, n_new, [&](std::size_t i, RandomStream& s) {
      const double pick = s.uniform() * cumulative.back();
      const auto level = static_cast<std::size_t>(
          std::min<std::ptrdiff_t>(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin(),
                                   static_cast<std::ptrdiff_t>(cumulative.size()) - 1));
      const Indices& members = *levels[level];
      const std::size_t a = s.below(members.size());
      std::size_t b = s.below(members.size() - 1);
      b += b >= a;
      const double u = s.uniform();
      const auto from = X_c.row(static_cast<Eigen::Index>(members[a]));
      out.row(static_cast<Eigen::Index>(first_row + i)) =
          from + u * (X_c.row(static_cast<Eigen::Index>(members[b])) - from);
    });
  }

  std::size_t k_;
  std::size_t levels_;
  double theta_;
  SamplingStrategy strategy_;
};

ParamSchema prowsyn_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest remaining class rows each row of another class marks as the current proximity level");
  schema.integer("levels", 5, 1, std::nullopt, "Number of proximity levels L (the last holds the rows left over)");
  schema.real("theta", 1.0, 0.0, std::nullopt,
              "Smoothing: level l gets weight exp(-theta (l - 1)); 0 weighs all levels equally");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "prowsyn",
                         "Proximity-weighted synthetic sampling: more new rows in the proximity levels nearest "
                         "the other classes.",
                         "Barua, Islam, Murase. ProWSyn: Proximity Weighted Synthetic Oversampling Technique for "
                         "Imbalanced Data Set Learning. PAKDD 2013, LNCS 7819:317-328",
                         prowsyn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Prowsyn>(p); }})

}  // namespace imbench
