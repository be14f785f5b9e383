#include "algorithms/resample/shared/under_sampling.hpp"

#include "core/draws.hpp"

namespace imbench {

UnderSampling::UnderSampling(const Params& params, const std::string& owner)
    : strategy_(params.text("sampling_strategy"), owner), replacement_(params.boolean("replacement")) {}

Indices UnderSampling::rows(const Labels& y, int n_classes, RandomStream& rng) const {
  const ClassTargets targets = strategy_.targets(y, n_classes, SamplingType::Under);
  const std::vector<Indices> by_class = rows_by_class(y, n_classes);
  Indices kept;
  for (int cls = 0; cls < n_classes; ++cls) {
    const Indices& class_rows = by_class[static_cast<std::size_t>(cls)];
    const auto target = targets.find(cls);
    if (target == targets.end()) {
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
