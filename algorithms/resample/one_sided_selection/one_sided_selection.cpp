// One-sided selection (Kubat & Matwin 1997) as imbalanced-learn 0.10 runs it
// (imblearn/under_sampling/_prototype_selection/_one_sided_selection.py).
#include "algorithms/resample/one_sided_selection/one_sided_selection.hpp"

#include <string>

#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {

SeedPositions draw_oss_seeds(const Labels& y, int n_classes, const ClassTargets& targets, std::size_t n_seeds,
                             RandomStream& rng) {
  const std::vector<std::size_t> counts = class_counts(y, n_classes);
  SeedPositions seeds;
  for (const auto& [cls, unused] : targets) {
    std::vector<std::size_t>& drawn = seeds[cls];
    for (std::size_t s = 0; s < n_seeds; ++s) drawn.push_back(rng.below(counts[static_cast<std::size_t>(cls)]));
  }
  return seeds;
}

namespace {

// Rows of class `cls` that the k-NN vote over C misclassifies; S is the
// class's rows minus the seeds. Ties in the vote go to the lower class, as
// scikit-learn's KNeighborsClassifier.
Indices misclassified(const LabelledData& data, const Indices& class_rows, int cls, int minority,
                      const Indices& minority_rows, const std::vector<std::size_t>& seeds, std::size_t k) {
  Indices c_rows = minority_rows;
  std::vector<bool> is_seed(class_rows.size(), false);
  for (std::size_t s : seeds) {
    c_rows.push_back(class_rows[s]);
    is_seed[s] = true;
  }
  Indices s_rows;
  for (std::size_t i = 0; i < class_rows.size(); ++i)
    if (!is_seed[i]) s_rows.push_back(class_rows[i]);
  if (s_rows.empty()) return {};
  if (k > c_rows.size())
    throw Error("one_sided_selection: n_neighbors=" + std::to_string(k) + " exceeds the " +
                std::to_string(c_rows.size()) + " rows of C (minority plus seeds) for class " + std::to_string(cls) +
                "; lower n_neighbors");
  const Labels c_labels = take(data.y, c_rows);
  ExactNeighbours knn;
  knn.fit(take_rows(data.X, c_rows));
  const NeighbourLists nn = knn.query(take_rows(data.X, s_rows), k);
  Indices wrong;
  for (std::size_t q = 0; q < s_rows.size(); ++q) {
    std::size_t for_class = 0;
    for (std::size_t j = 0; j < k; ++j) for_class += c_labels[nn.index_at(q, j)] == cls ? 1 : 0;
    const std::size_t for_minority = k - for_class;
    const bool tie_to_class = cls < minority;
    const bool predicted_class = for_class > for_minority || (for_class == for_minority && tie_to_class);
    if (!predicted_class) wrong.push_back(s_rows[q]);
  }
  return wrong;
}

// "{0,2}": the targeted classes as a cleaning sampling_strategy.
std::string class_list(const ClassTargets& targets) {
  std::string text;
  for (const auto& [cls, unused] : targets) text += (text.empty() ? "{" : ",") + std::to_string(cls);
  return text + "}";
}

}  // namespace

Indices select_one_sided(const LabelledData& data, const ClassTargets& targets, int minority,
                         const SeedPositions& seeds, std::size_t n_neighbors) {
  const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
  const Indices& minority_rows = rows[static_cast<std::size_t>(minority)];
  Indices reduced;
  for (int cls = 0; cls < data.n_classes; ++cls) {
    const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
    if (!targets.contains(cls)) {
      reduced.insert(reduced.end(), class_rows.begin(), class_rows.end());
      continue;
    }
    const std::vector<std::size_t>& class_seeds = seeds.at(cls);
    for (std::size_t s : class_seeds) reduced.push_back(class_rows[s]);
    const Indices wrong = misclassified(data, class_rows, cls, minority, minority_rows, class_seeds, n_neighbors);
    reduced.insert(reduced.end(), wrong.begin(), wrong.end());
  }

  // Tomek links through the registered plugin. It keeps input order, so its
  // output is a subsequence of the reduced rows; walking both recovers the
  // row numbers (among exact twins, the first matching one is named).
  const Matrix reduced_X = take_rows(data.X, reduced);
  const Labels reduced_y = take(data.y, reduced);
  const auto tomek = Registry::instance().build<Resampler>(
      Kind::Resample, Spec{"tomek_links", {{"sampling_strategy", class_list(targets)}}});
  RandomStream unused = RandomStream::keyed("tomek_links is deterministic");
  const Resampled cleaned = tomek.plugin->resample(LabelledData{reduced_X, reduced_y, data.n_classes}, unused);
  Indices kept;
  std::size_t next = 0;
  for (Eigen::Index i = 0; i < cleaned.X.rows(); ++i) {
    while (reduced_y[next] != cleaned.y[static_cast<std::size_t>(i)] ||
           reduced_X.row(static_cast<Eigen::Index>(next)) != cleaned.X.row(i))
      ++next;
    kept.push_back(reduced[next++]);
  }
  return kept;
}

namespace {

class OneSidedSelection final : public Resampler {
 public:
  explicit OneSidedSelection(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        n_seeds_(static_cast<std::size_t>(p.integer("n_seeds_S"))),
        strategy_(p.text("sampling_strategy"), "one_sided_selection") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    const SeedPositions seeds = draw_oss_seeds(data.y, data.n_classes, targets, n_seeds_, rng);
    const Indices kept =
        select_one_sided(data, targets, first_seen_minority(data.y, data.n_classes), seeds, k_);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  std::size_t k_;
  std::size_t n_seeds_;
  SamplingStrategy strategy_;
};

ParamSchema one_sided_selection_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 1, 1, std::nullopt,
                 "Neighbours in C (the minority plus the seeds) that vote on each other row of a targeted class");
  schema.integer("n_seeds_S", 1, 1, std::nullopt, "Random seeds drawn (with replacement) from each targeted class");
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "one_sided_selection",
                         "One-sided selection: keep the targeted rows a 1-NN on minority plus seeds gets wrong, "
                         "then drop Tomek links.",
                         "Kubat, Matwin. Addressing the Curse of Imbalanced Training Sets: One-Sided Selection. "
                         "ICML 1997, 179-186",
                         one_sided_selection_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<OneSidedSelection>(p); }})

}  // namespace imbench
