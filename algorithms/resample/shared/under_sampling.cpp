#include "algorithms/resample/shared/under_sampling.hpp"

#include "core/draws.hpp"

namespace imbench {

UnderSampling::UnderSampling(const Params& params, const std::string& owner)
    : strategy_(params.text("sampling_strategy"), owner), replacement_(params.boolean("replacement")) {}

UnderSampling::Plan UnderSampling::plan(const Labels& y, int n_classes) const {
  Plan plan;
  plan.targets_ = strategy_.targets(y, n_classes, SamplingType::Under);
  plan.by_class_ = rows_by_class(y, n_classes);
  plan.replacement_ = replacement_;
  return plan;
}

Indices UnderSampling::rows(const Labels& y, int n_classes, RandomStream& rng) const {
  return plan(y, n_classes).draw(rng);
}

Indices UnderSampling::Plan::draw(RandomStream& rng) const {
  Indices kept;
  for (std::size_t cls = 0; cls < by_class_.size(); ++cls) {
    const Indices& class_rows = by_class_[cls];
    const auto target = targets_.find(static_cast<int>(cls));
    if (target == targets_.end()) {
      kept.insert(kept.end(), class_rows.begin(), class_rows.end());
      continue;
    }
    const auto picked = replacement_ ? draw_with_replacement(class_rows.size(), target->second, rng)
                                     : draw_without_replacement(class_rows.size(), target->second, rng);
    for (std::size_t position : picked) kept.push_back(class_rows[position]);
  }
  return kept;
}

ParamSchema& add_under_sampling_params(ParamSchema& schema) {
  add_sampling_strategy(schema, SamplingType::Under);
  return schema.boolean("replacement", false, "Draw the under-sample with replacement");
}

}  // namespace imbench
