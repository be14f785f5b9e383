#include "algorithms/resample/smote_tomek/smote_then_clean.hpp"

#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/registry.hpp"

namespace imbench {

SmoteThenClean::SmoteThenClean(std::string owner, const Spec& smote, const Spec& cleaner)
    : owner_(std::move(owner)),
      cleaner_spec_(cleaner),
      smote_(Registry::instance().build<Resampler>(Kind::Resample, smote).plugin),
      cleaner_(Registry::instance().build<Resampler>(Kind::Resample, cleaner).plugin) {}

Resampled SmoteThenClean::resample(const LabelledData& data, RandomStream& rng) const {
  const Resampled over = smote_->resample(data, rng);
  Resampled cleaned;
  try {
    cleaned = cleaner_->resample(LabelledData{over.X, over.y, data.n_classes}, rng);
  } catch (const Error& e) {
    // The cleaner's message names its own parameters; say which composite
    // parameter they came from (sampling_strategy there is clean_strategy here).
    throw Error(owner_ + ": cleaning step " + cleaner_spec_.text() +
                " (its sampling_strategy is this plugin's clean_strategy) failed: " + e.what());
  }
  cleaned.n_synthetic = count_new_rows(data, cleaned);
  return cleaned;
}

std::size_t count_new_rows(const LabelledData& in, const Resampled& out) {
  using Key = std::pair<std::vector<double>, int>;
  auto key = [](const Matrix& X, const Labels& y, Eigen::Index i) {
    const auto row = X.row(i);
    return Key{std::vector<double>(row.begin(), row.end()), y[static_cast<std::size_t>(i)]};
  };
  std::map<Key, std::size_t> unused_copies;
  for (Eigen::Index i = 0; i < in.X.rows(); ++i) ++unused_copies[key(in.X, in.y, i)];
  std::size_t fresh = 0;
  for (Eigen::Index i = 0; i < out.X.rows(); ++i) {
    auto found = unused_copies.find(key(out.X, out.y, i));
    if (found == unused_copies.end() || found->second == 0)
      ++fresh;
    else
      --found->second;
  }
  return fresh;
}

ParamSchema& add_smote_then_clean_params(ParamSchema& schema) {
  schema.integer("k_neighbors", 5, 1, std::nullopt, "SMOTE step: same-class neighbours a seed's partner is drawn from");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema.text("clean_strategy", "all",
                     "Cleaning step: the classes it may remove rows from (auto, majority, not_minority, "
                     "not_majority, all or {class,...})",
                     [](const std::string& value, const std::string& owner) {
                       return SamplingStrategy(value, owner + " clean_strategy").canonical();
                     });
}

Spec smote_step(const Params& p) {
  return Spec{"smote", {{"k_neighbors", p.text("k_neighbors")}, {"sampling_strategy", p.text("sampling_strategy")}}};
}

}  // namespace imbench
