// SMOTE-NC (Chawla et al. 2002, section 6.1) as imbalanced-learn 0.10 runs it
// (`SMOTENC`): neighbours under a mixed distance in which each differing
// nominal feature costs a fixed penalty, continuous features interpolated as
// in SMOTE, and each nominal feature set to the category most frequent among
// the seed's k neighbours (ties drawn uniformly).
#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/resample/smote_nc/nominal_columns.hpp"
#include "algorithms/shared/distance/mixed_embedding.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// The minority as collections.Counter finds it (imblearn 0.10 does here):
// fewest rows, ties to the class that appears first in y.
int counter_minority(const Labels& y, int n_classes) {
  const std::vector<std::size_t> counts = class_counts(y, n_classes);
  int best = y.front();
  for (int label : y)
    if (counts[static_cast<std::size_t>(label)] < counts[static_cast<std::size_t>(best)]) best = label;
  return best;
}

// Median over the continuous columns of the minority rows' standard deviations (ddof 0).
double median_std(const Matrix& X, const Indices& minority_rows, const std::vector<std::size_t>& continuous) {
  const Matrix X_min = take_rows(X, minority_rows);
  std::vector<double> stds;
  for (std::size_t c : continuous) {
    const auto col = X_min.col(static_cast<Eigen::Index>(c));
    const double mean = col.mean();
    stds.push_back(std::sqrt((col.array() - mean).square().mean()));
  }
  std::sort(stds.begin(), stds.end());
  const std::size_t m = stds.size();
  return m % 2 ? stds[m / 2] : 0.5 * (stds[m / 2 - 1] + stds[m / 2]);
}

class SmoteNc final : public Resampler {
 public:
  explicit SmoteNc(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        strategy_(p.text("sampling_strategy"), "smote_nc"),
        categorical_(p.text("categorical_features")) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const std::vector<std::size_t> nominal = nominal_columns(categorical_, data, "smote_nc");
    const auto d = static_cast<std::size_t>(data.X.cols());
    if (nominal.empty())
      throw Error("smote_nc: no nominal features (categorical_features=" + categorical_ +
                  "); give their indices, e.g. categorical_features={0,3}, or use smote for continuous data");
    if (nominal.size() == d)
      throw Error("smote_nc: every feature is nominal; SMOTE-NC needs continuous features too: use smoten");
    std::vector<std::size_t> continuous;
    for (std::size_t j = 0; j < d; ++j)
      if (!std::binary_search(nominal.begin(), nominal.end(), j)) continuous.push_back(j);

    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
    require_class_neighbours(targets, rows, k_, "smote_nc");

    // Indicator m/2 makes a differing category cost m^2/2 in squared distance (imblearn 0.10).
    const int minority = counter_minority(data.y, data.n_classes);
    const double penalty_std = median_std(data.X, rows[static_cast<std::size_t>(minority)], continuous);
    const NominalCodes codes = encode_nominal(data.X, nominal, "smote_nc");
    const Matrix embedded = mixed_embedding(data.X, continuous, codes, penalty_std / 2.0);

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      ExactNeighbours knn;
      knn.fit(take_rows(embedded, class_rows));
      const Generation g{data.X, class_rows, knn.query_self(k_), codes, nominal, continuous};
      generate(g, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  struct Generation {
    const Matrix& X;
    const Indices& class_rows;  // row of X of each class position
    NeighbourLists neighbours;  // positions within the class
    const NominalCodes& codes;
    const std::vector<std::size_t>& nominal;
    const std::vector<std::size_t>& continuous;
  };

  // Working vectors of one category vote.
  struct Ballot {
    std::vector<std::size_t> votes, tied;
  };

  // New row i draws its pair, step and vote tie-breaks (rows drawn by draw_rows).
  void generate(const Generation& g, const RandomStream& class_stream, std::size_t n_new, std::size_t first_row,
                Matrix& out) const {
    const std::uint64_t n_pairs = static_cast<std::uint64_t>(g.class_rows.size()) * k_;
    const auto make_row = [&](std::size_t i, RandomStream& s, Ballot& ballot) {
      auto& [votes, tied] = ballot;
      const std::uint64_t pair = s.below(n_pairs);
      const double u = s.uniform();
      const std::size_t seed = pair / k_;
      const auto seed_row = static_cast<Eigen::Index>(g.class_rows[seed]);
      const auto partner_row = static_cast<Eigen::Index>(g.class_rows[g.neighbours.index_at(seed, pair % k_)]);
      const auto row = static_cast<Eigen::Index>(first_row + i);
      for (std::size_t c : g.continuous) {
        const auto col = static_cast<Eigen::Index>(c);
        out(row, col) = g.X(seed_row, col) + u * (g.X(partner_row, col) - g.X(seed_row, col));
      }
      for (std::size_t f = 0; f < g.nominal.size(); ++f) {
        votes.assign(g.codes.values[f].size(), 0);
        for (std::size_t j = 0; j < k_; ++j)
          ++votes[static_cast<std::size_t>(g.codes.codes[f][g.class_rows[g.neighbours.index_at(seed, j)]])];
        const std::size_t top = *std::max_element(votes.begin(), votes.end());
        tied.clear();
        for (std::size_t code = 0; code < votes.size(); ++code)
          if (votes[code] == top) tied.push_back(code);
        const std::size_t pick = tied.size() == 1 ? tied[0] : tied[s.below(tied.size())];
        out(row, static_cast<Eigen::Index>(g.nominal[f])) = g.codes.values[f][pick];
      }
    };
    draw_rows(class_stream, n_new, [] { return Ballot{}; }, make_row);
  }

  std::size_t k_;
  SamplingStrategy strategy_;
  std::string categorical_;
};

ParamSchema smote_nc_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest neighbours within the class (mixed distance) that pair with a seed and vote on its categories");
  add_categorical_features(schema);
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote_nc",
                         "SMOTE for mixed data: interpolate continuous features, take nominal ones by neighbour vote.",
                         "Chawla, Bowyer, Hall, Kegelmeyer. SMOTE: Synthetic Minority Over-sampling Technique, "
                         "section 6.1 (SMOTE-NC). JAIR 16:321-357, 2002",
                         smote_nc_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<SmoteNc>(p); }})

}  // namespace imbench
