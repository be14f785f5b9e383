// Condensed nearest neighbour (Hart 1968) as imbalanced-learn 0.10's
// CondensedNearestNeighbour runs it, without its index mix-up
// (imblearn/under_sampling/_prototype_selection/_condensed_nearest_neighbour.py;
// see README.md).
#include "algorithms/resample/condensed_nn/condensed_nn.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// The store C of one targeted class: its first rows are fixed (the minority
// plus the seeds) and were searched in one batch; rows that join later are
// compared with each query directly. Positions in C break distance ties, as
// the lower index does in every neighbour search here.
class Store {
 public:
  Store(const Matrix& X, const Labels& y, Indices initial, std::size_t k, const Indices& queries)
      : X_(X), y_(y), rows_(std::move(initial)), k_(k) {
    ExactNeighbours search;
    search.fit(take_rows(X, rows_));
    initial_ = search.query(take_rows(X, queries), k);
  }

  // Votes of the k nearest stored rows for `cls` against the minority;
  // `query` is the row's position among the batch's queries.
  bool predicts(std::size_t query, std::size_t row, int cls, int minority) {
    best_.clear();
    for (std::size_t j = 0; j < k_; ++j)
      best_.push_back({initial_.distance_at(query, j), initial_.index_at(query, j)});
    const auto d = static_cast<std::size_t>(X_.cols());
    const std::size_t n_initial = rows_.size() - joined_;
    for (std::size_t a = n_initial; a < rows_.size(); ++a) {
      const double dist = std::sqrt(squared_distance(&X_(static_cast<Eigen::Index>(row), 0),
                                                     &X_(static_cast<Eigen::Index>(rows_[a]), 0), d));
      if (dist < best_.back().first) {  // equal distances go to the earlier stored row
        best_.back() = {dist, a};
        std::inplace_merge(best_.begin(), best_.end() - 1, best_.end());
      }
    }
    std::size_t for_class = 0;
    for (const auto& [unused, position] : best_) for_class += y_[rows_[position]] == cls ? 1 : 0;
    const std::size_t for_minority = k_ - for_class;
    // scikit-learn's KNeighborsClassifier: a tied vote goes to the lower label.
    return for_class > for_minority || (for_class == for_minority && cls < minority);
  }

  void add(std::size_t row) {
    rows_.push_back(row);
    ++joined_;
  }

 private:
  const Matrix& X_;
  const Labels& y_;
  Indices rows_;
  std::size_t k_;
  std::size_t joined_ = 0;
  NeighbourLists initial_;
  std::vector<std::pair<double, std::size_t>> best_;  // (distance, position in C), nearest first
};

}  // namespace

Indices condense(const LabelledData& data, const ClassTargets& targets, int minority, const SeedPositions& seeds,
                 std::size_t n_neighbors) {
  const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
  const Indices& minority_rows = rows[static_cast<std::size_t>(minority)];
  Indices kept;
  for (int cls = 0; cls < data.n_classes; ++cls) {
    const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
    if (!targets.contains(cls)) {
      kept.insert(kept.end(), class_rows.begin(), class_rows.end());
      continue;
    }
    Indices store_rows = minority_rows;
    std::vector<bool> is_seed(class_rows.size(), false);
    for (std::size_t s : seeds.at(cls)) {
      store_rows.push_back(class_rows[s]);
      kept.push_back(class_rows[s]);
      is_seed[s] = true;
    }
    if (n_neighbors > store_rows.size())
      throw Error("condensed_nn: n_neighbors=" + std::to_string(n_neighbors) + " exceeds the " +
                  std::to_string(store_rows.size()) + " rows of the initial store (minority plus seeds) for class " +
                  std::to_string(cls) + "; lower n_neighbors");
    Indices visited;
    for (std::size_t i = 0; i < class_rows.size(); ++i)
      if (!is_seed[i]) visited.push_back(class_rows[i]);
    if (visited.empty()) continue;
    // One pass is Hart's fixed point here: rows only ever join C with class
    // c, which can only turn more class-c votes to c, so a row classified
    // correctly once stays correct and a second pass would add nothing.
    Store store(data.X, data.y, std::move(store_rows), n_neighbors, visited);
    for (std::size_t q = 0; q < visited.size(); ++q) {
      if (store.predicts(q, visited[q], cls, minority)) continue;
      store.add(visited[q]);
      kept.push_back(visited[q]);
    }
  }
  return kept;
}

namespace {

class CondensedNearestNeighbour final : public Resampler {
 public:
  explicit CondensedNearestNeighbour(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        n_seeds_(static_cast<std::size_t>(p.integer("n_seeds_S"))),
        strategy_(p.text("sampling_strategy"), "condensed_nn") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    const SeedPositions seeds = draw_oss_seeds(data.y, data.n_classes, targets, n_seeds_, rng);
    const Indices kept = condense(data, targets, first_seen_minority(data.y, data.n_classes), seeds, k_);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  std::size_t k_;
  std::size_t n_seeds_;
  SamplingStrategy strategy_;
};

ParamSchema condensed_nn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 1, 1, std::nullopt,
                 "Neighbours in the store (minority plus kept rows) that vote on each visited row");
  schema.integer("n_seeds_S", 1, 1, std::nullopt, "Random seeds drawn (with replacement) from each targeted class");
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "condensed_nn",
                         "Condensed nearest neighbour: keep only the targeted rows a growing k-NN store gets wrong.",
                         "Hart. The Condensed Nearest Neighbor Rule. IEEE Trans. Information Theory 14(3):515-516, "
                         "1968",
                         condensed_nn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<CondensedNearestNeighbour>(p); }})

}  // namespace imbench
