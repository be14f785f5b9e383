// Tomek links (Tomek 1976) as imbalanced-learn 0.10's TomekLinks: two rows of
// different classes that are each other's nearest neighbour form a link;
// the link's rows of targeted classes are removed. Output keeps input order.
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class TomekLinks final : public Resampler {
 public:
  explicit TomekLinks(const Params& p) : strategy_(p.text("sampling_strategy"), "tomek_links") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Clean);
    const std::size_t n = data.y.size();
    ExactNeighbours search;
    search.fit(data.X);
    const NeighbourLists nearest = search.query_self(1);
    Indices kept;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t j = nearest.index_at(i, 0);
      const bool linked = data.y[j] != data.y[i] && nearest.index_at(j, 0) == i;
      if (!(linked && targets.contains(data.y[i]))) kept.push_back(i);
    }
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
