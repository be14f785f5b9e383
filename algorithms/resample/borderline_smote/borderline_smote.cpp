// Borderline-SMOTE (Han, Wang & Mao 2005) as imbalanced-learn runs it: only
// the DANGER rows of a class (at least half, but not all, of their m nearest
// rows belong to other classes) seed new samples. borderline-1 pairs a seed
// with one of its k nearest rows of the same class; borderline-2 with one of
// its k nearest rows of any class, moving at most halfway towards a row of
// another class.

#include <string>

#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// Where a class's new rows come from: the seeds, each seed's k candidate
// partners (rows of `partners`), and which partners are of another class.
struct SeedNeighbourhoods {
  Matrix seeds;
  Matrix partners;
  NeighbourLists neighbours;
  std::vector<bool> partner_is_foreign;  // per row of `partners`
};

class BorderlineSmote final : public Resampler {
 public:
  explicit BorderlineSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        m_(static_cast<std::size_t>(p.integer("m_neighbors"))),
        any_class_partner_(p.text("kind") == "borderline-2"),
        strategy_(p.text("sampling_strategy"), "borderline_smote") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    std::map<int, SeedNeighbourhoods> sources;  // built before any output is allocated, so errors come first
    for (const auto& [cls, n_new] : targets)
      if (n_new > 0) sources.emplace(cls, seed_neighbourhoods(data, cls, rows[static_cast<std::size_t>(cls)]));

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      generate(sources.at(made.cls), made.stream, made.count, made.first_row, out);
    });
  }

 private:
  SeedNeighbourhoods seed_neighbourhoods(const LabelledData& data, int cls, const Indices& class_rows) const {
    const std::string where = "borderline_smote: class " + std::to_string(cls);
    const Indices danger =
        danger_positions(foreign_neighbour_counts(data.X, data.y, cls, class_rows, m_, "borderline_smote"), m_);
    // imblearn silently makes nothing here, breaking the requested counts; we refuse instead.
    if (danger.empty())
      throw Error(where + " has no DANGER rows (none has between m_neighbors/2 and m_neighbors-1 of its " +
                  std::to_string(m_) + " nearest rows in other classes), so no sample can be made; use smote, " +
                  "change m_neighbors or leave the class out of sampling_strategy");
    Indices seed_rows;
    for (std::size_t pos : danger) seed_rows.push_back(class_rows[pos]);

    SeedNeighbourhoods s;
    s.seeds = take_rows(data.X, seed_rows);
    ExactNeighbours knn;
    if (any_class_partner_) {
      if (static_cast<std::size_t>(data.X.rows()) < k_ + 1)
        throw Error(where + ": the data has " + std::to_string(data.X.rows()) + " rows, but k_neighbors=" +
                    std::to_string(k_) + " needs at least " + std::to_string(k_ + 1));
      knn.fit_borrowed(data.X);
      s.neighbours = knn.query(s.seeds, k_, seed_rows);
      for (int label : data.y) s.partner_is_foreign.push_back(label != cls);
    } else {
      require_class_neighbours(cls, class_rows.size(), k_, "borderline_smote");
      knn.fit(take_rows(data.X, class_rows));
      s.neighbours = knn.query(s.seeds, k_, danger);  // danger holds the seeds' positions in the class
      s.partner_is_foreign.assign(class_rows.size(), false);
    }
    s.partners = knn.reference();
    return s;
  }

  // Rows are drawn by draw_rows, so any thread split writes the same rows.
  void generate(const SeedNeighbourhoods& s, const RandomStream& class_stream, std::size_t n_new,
                std::size_t first_row, Matrix& out) const {
    const std::uint64_t n_pairs = static_cast<std::uint64_t>(s.seeds.rows()) * k_;
    draw_rows(class_stream, n_new, [&](std::size_t i, RandomStream& stream) {
      const std::uint64_t pair = stream.below(n_pairs);
      const std::size_t seed = pair / k_;
      const std::size_t partner = s.neighbours.index_at(seed, pair % k_);
      const double step = stream.uniform() * (s.partner_is_foreign[partner] ? 0.5 : 1.0);
      const auto seed_row = s.seeds.row(static_cast<Eigen::Index>(seed));
      out.row(static_cast<Eigen::Index>(first_row + i)) =
          seed_row + step * (s.partners.row(static_cast<Eigen::Index>(partner)) - seed_row);
    });
  }

  std::size_t k_;
  std::size_t m_;
  bool any_class_partner_;
  SamplingStrategy strategy_;
};

ParamSchema borderline_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt, "Nearest neighbours from which a DANGER seed's partner is drawn");
  schema.integer("m_neighbors", 10, 1, std::nullopt,
                 "Nearest neighbours in the whole data that decide whether a row is in DANGER");
  schema.choice("kind", "borderline-1", {"borderline-1", "borderline-2"},
                "borderline-1: partners from the seed's class; borderline-2: from any class, at most halfway "
                "towards another class");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "borderline_smote",
                         "SMOTE seeded only by minority rows near the class border (DANGER rows).",
                         "Han, Wang, Mao. Borderline-SMOTE: A New Over-Sampling Method in Imbalanced Data Sets "
                         "Learning. ICIC 2005, LNCS 3644:878-887",
                         borderline_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<BorderlineSmote>(p); }})

}  // namespace imbench
