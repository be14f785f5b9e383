// Tomek links (Tomek 1976) as imbalanced-learn 0.10's TomekLinks: two rows of
// different classes that are each other's nearest neighbour form a link;
// the link's rows of targeted classes are removed. Output keeps input order.
// Both ends of a link have different classes, so at least one lies outside
// the largest class: only those rows, and the largest-class rows they point
// to, need a nearest-neighbour search (about 2% of the rows at 1% minority).
#include <algorithm>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// The nearest other row of each row in `rows` (indices into data.X).
std::vector<std::size_t> nearest_other(const NeighbourSearch& search, const Matrix& X, const Indices& rows) {
  const NeighbourLists found = search.query(take_rows(X, rows), 1, rows);
  std::vector<std::size_t> nearest(rows.size());
  for (std::size_t q = 0; q < rows.size(); ++q) nearest[q] = found.index_at(q, 0);
  return nearest;
}

// linked[i]: row i and its nearest other row have different classes and are each other's nearest.
std::vector<bool> in_tomek_link(const LabelledData& data) {
  const std::size_t n = data.y.size();
  const std::vector<std::size_t> counts = class_counts(data.y, data.n_classes);
  const int largest = static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  std::vector<std::size_t> nearest(n, n);  // n: not searched
  ExactNeighbours search;
  search.fit_borrowed(data.X);
  auto search_rows = [&](const Indices& rows) {
    const std::vector<std::size_t> found = nearest_other(search, data.X, rows);
    for (std::size_t q = 0; q < rows.size(); ++q) nearest[rows[q]] = found[q];
  };
  Indices outside;
  for (std::size_t i = 0; i < n; ++i)
    if (data.y[i] != largest) outside.push_back(i);
  if (!outside.empty() && n > 1) search_rows(outside);
  std::vector<bool> wanted(n, false);
  Indices partners;  // largest-class rows some other row points to
  for (std::size_t i : outside)
    if (data.y[nearest[i]] == largest && !wanted[nearest[i]]) wanted[nearest[i]] = true, partners.push_back(nearest[i]);
  std::sort(partners.begin(), partners.end());
  if (!partners.empty()) search_rows(partners);
  std::vector<bool> linked(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t j = nearest[i];
    if (j < n && data.y[j] != data.y[i] && nearest[j] == i) linked[i] = linked[j] = true;
  }
  return linked;
}

class TomekLinks final : public Resampler {
 public:
  explicit TomekLinks(const Params& p) : strategy_(p.text("sampling_strategy"), "tomek_links") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    const std::vector<bool> linked = in_tomek_link(data);
    Indices kept;
    for (std::size_t i = 0; i < data.y.size(); ++i)
      if (!(linked[i] && targets.contains(data.y[i]))) kept.push_back(i);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  SamplingStrategy strategy_;
};

ParamSchema tomek_links_schema() {
  ParamSchema schema;
  add_sampling_strategy(schema, SamplingType::Clean);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "tomek_links",
                         "Tomek links: remove the targeted side of mutual nearest-neighbour pairs of different classes.",
                         "Tomek. Two Modifications of CNN. IEEE Trans. SMC 6(11):769-772, 1976",
                         tomek_links_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<TomekLinks>(p); }})

}  // namespace imbench
