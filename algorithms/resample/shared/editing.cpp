#include "algorithms/resample/shared/editing.hpp"

#include <algorithm>
#include <optional>

#include "algorithms/shared/neighbours/exact.hpp"
#include "algorithms/shared/neighbours/pure_neighbourhoods.hpp"
#include "core/error.hpp"

namespace imbench {

NeighbourVote parse_vote(const std::string& kind_sel) {
  // The schema's choice list has already rejected other spellings.
  return kind_sel == "mode" ? NeighbourVote::Mode : NeighbourVote::All;
}

ParamSchema& add_kind_sel(ParamSchema& schema) {
  return schema.choice("kind_sel", "all", {"all", "mode"},
                       "Keep a targeted row when all its neighbours share its class (all) or when their most common "
                       "class is its class (mode, ties to the lower class index)");
}

bool survives(const NeighbourLists& nn, std::size_t query, const Labels& y, int own, int n_classes,
              NeighbourVote vote, std::vector<std::size_t>& tally) {
  if (vote == NeighbourVote::All) {
    for (std::size_t j = 0; j < nn.k; ++j)
      if (y[nn.index_at(query, j)] != own) return false;
    return true;
  }
  // scipy.stats.mode: the most frequent value, the smallest on ties.
  std::fill(tally.begin(), tally.end(), 0);
  for (std::size_t j = 0; j < nn.k; ++j) ++tally[static_cast<std::size_t>(y[nn.index_at(query, j)])];
  const auto winner = std::max_element(tally.begin(), tally.begin() + n_classes) - tally.begin();
  return winner == own;
}

Indices edit_once(const Matrix& X, const Labels& y, int n_classes, const ClassTargets& targets, std::size_t k,
                  NeighbourVote vote, const std::string& owner) {
  const std::size_t n = y.size();
  if (k >= n)
    throw Error(owner + ": n_neighbors=" + std::to_string(k) + " needs at least " + std::to_string(k + 1) +
                " samples (each sample plus its neighbours), but " + std::to_string(n) + " remain");
  const std::vector<Indices> rows = rows_by_class(y, n_classes);

  // Rows proven to have only their own class around them survive any vote without the full search.
  std::vector<int> targeted;
  for (const auto& [cls, unused] : targets) targeted.push_back(cls);
  const std::vector<bool> pure = pure_neighbourhoods(X, rows, targeted, k);
  // The other rows of targeted classes are searched class by class, in class order: each class's query set
  // gets its own choice of structure, so an over-sampled class whose rows crowd along segments (SMOTE-ENN) can
  // go to the kd-tree while a Gaussian-like class stays with brute force.
  NeighbourLists nn{0, k, {}, {}};
  std::optional<ExactNeighbours> search;  // fitted at the first class with unproven rows
  for (int cls : targeted) {
    Indices queried;
    for (std::size_t row : rows[static_cast<std::size_t>(cls)])
      if (!pure[row]) queried.push_back(row);
    if (queried.empty()) continue;
    if (!search) search.emplace().fit_borrowed(X);
    const NeighbourLists part = search->query(take_rows(X, queried), k, queried);
    nn.n_queries += part.n_queries;
    nn.index.insert(nn.index.end(), part.index.begin(), part.index.end());
    nn.distance.insert(nn.distance.end(), part.distance.begin(), part.distance.end());
  }

  Indices kept;
  std::vector<std::size_t> tally(static_cast<std::size_t>(n_classes));
  std::size_t query = 0;
  for (int cls = 0; cls < n_classes; ++cls) {
    const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
    if (!targets.contains(cls)) {
      kept.insert(kept.end(), class_rows.begin(), class_rows.end());
      continue;
    }
    for (std::size_t row : class_rows) {
      if (pure[row]) {
        kept.push_back(row);
      } else {
        if (survives(nn, query, y, cls, n_classes, vote, tally)) kept.push_back(row);
        ++query;
      }
    }
  }
  return kept;
}

int first_seen_minority(const Labels& y, int n_classes) {
  const std::vector<std::size_t> counts = class_counts(y, n_classes);
  std::vector<std::size_t> first_seen(static_cast<std::size_t>(n_classes), y.size());
  for (std::size_t i = y.size(); i-- > 0;) first_seen[static_cast<std::size_t>(y[i])] = i;
  int minority = -1;
  for (int c = 0; c < n_classes; ++c) {
    const auto uc = static_cast<std::size_t>(c);
    if (counts[uc] == 0) continue;
    const auto um = static_cast<std::size_t>(minority);
    if (minority < 0 || counts[uc] < counts[um] || (counts[uc] == counts[um] && first_seen[uc] < first_seen[um]))
      minority = c;
  }
  return minority;
}

EditingStop::EditingStop(const Labels& original_y, int n_classes)
    : n_classes_(n_classes), minority_(first_seen_minority(original_y, n_classes)) {
  const std::vector<std::size_t> counts = class_counts(original_y, n_classes);
  minority_count_ = minority_ < 0 ? 0 : counts[static_cast<std::size_t>(minority_)];
  n_present_ = static_cast<std::size_t>(std::count_if(counts.begin(), counts.end(), [](std::size_t c) { return c > 0; }));
}

bool EditingStop::minority_overtaken(const Labels& y) const {
  const std::vector<std::size_t> counts = class_counts(y, n_classes_);
  for (int c = 0; c < n_classes_; ++c)
    if (c != minority_ && counts[static_cast<std::size_t>(c)] > 0 && counts[static_cast<std::size_t>(c)] < minority_count_)
      return true;
  return false;
}

bool EditingStop::class_vanished(const Labels& y) const {
  const std::vector<std::size_t> counts = class_counts(y, n_classes_);
  return static_cast<std::size_t>(std::count_if(counts.begin(), counts.end(), [](std::size_t c) { return c > 0; })) <
         n_present_;
}

}  // namespace imbench
