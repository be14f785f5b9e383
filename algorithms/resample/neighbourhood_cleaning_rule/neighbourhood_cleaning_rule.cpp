// Neighbourhood cleaning rule (Laurikkala 2001) as imbalanced-learn 0.10's
// NeighbourhoodCleaningRule
// (imblearn/under_sampling/_prototype_selection/_neighbourhood_cleaning_rule.py).
#include <vector>

#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class NeighbourhoodCleaningRule final : public Resampler {
 public:
  explicit NeighbourhoodCleaningRule(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        vote_(parse_vote(p.text("kind_sel"))),
        threshold_(p.real("threshold_cleaning")),
        strategy_(p.text("sampling_strategy"), "neighbourhood_cleaning_rule") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const std::size_t n = data.y.size();
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    std::vector<bool> removed(n, true);
    // A1: the rows ENN (always kind_sel=mode here) edits away.
    for (std::size_t row : edit_once(data.X, data.y, data.n_classes, targets, k_, NeighbourVote::Mode,
                                     "neighbourhood_cleaning_rule"))
      removed[row] = false;
    remove_neighbours_of_misclassified_minority(data, targets, removed);
    Indices kept;
    for (std::size_t i = 0; i < n; ++i)
      if (!removed[i]) kept.push_back(i);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  // A2: the neighbours of each minority row that its k neighbours outvote,
  // when they belong to a targeted class larger than threshold * all rows.
  void remove_neighbours_of_misclassified_minority(const LabelledData& data, const ClassTargets& targets,
                                                   std::vector<bool>& removed) const {
    const int minority = first_seen_minority(data.y, data.n_classes);
    const std::vector<std::size_t> counts = class_counts(data.y, data.n_classes);
    std::vector<bool> cleanable(static_cast<std::size_t>(data.n_classes), false);
    for (const auto& [cls, unused] : targets)
      cleanable[static_cast<std::size_t>(cls)] =
          static_cast<double>(counts[static_cast<std::size_t>(cls)]) > threshold_ * static_cast<double>(data.y.size());

    const Indices minority_rows = rows_by_class(data.y, data.n_classes)[static_cast<std::size_t>(minority)];
    ExactNeighbours search;
    search.fit_borrowed(data.X);
    const NeighbourLists nn = search.query(take_rows(data.X, minority_rows), k_, minority_rows);
    std::vector<std::size_t> tally(static_cast<std::size_t>(data.n_classes));
    for (std::size_t q = 0; q < minority_rows.size(); ++q) {
      if (survives(nn, q, data.y, minority, data.n_classes, vote_, tally)) continue;
      for (std::size_t j = 0; j < nn.k; ++j) {
        const std::size_t neighbour = nn.index_at(q, j);
        if (cleanable[static_cast<std::size_t>(data.y[neighbour])]) removed[neighbour] = true;
      }
    }
  }

  std::size_t k_;
  NeighbourVote vote_;
  double threshold_;
  SamplingStrategy strategy_;
};

ParamSchema neighbourhood_cleaning_rule_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 3, 1, std::nullopt,
                 "Nearest other rows (of any class) that judge each row, for both the ENN step and the minority "
                 "neighbourhoods");
  schema.choice("kind_sel", "all", {"all", "mode"},
                "A minority row counts as misclassified unless all its neighbours are minority rows (all) or "
                "unless their most common class is the minority (mode, ties to the lower class index)");
  schema.real("threshold_cleaning", 0.5, 0.0, 1.0,
              "Neighbours of misclassified minority rows are removed only from targeted classes with more than "
              "threshold_cleaning * (all rows) rows (imbalanced-learn 0.10)",
              true, true);
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "neighbourhood_cleaning_rule",
                         "Neighbourhood cleaning rule: ENN editing plus removal of the other-class neighbours of "
                         "misclassified minority rows.",
                         "Laurikkala. Improving Identification of Difficult Small Classes by Balancing Class "
                         "Distribution. AIME 2001, LNCS 2101, 63-66",
                         neighbourhood_cleaning_rule_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<NeighbourhoodCleaningRule>(p); }})

}  // namespace imbench
