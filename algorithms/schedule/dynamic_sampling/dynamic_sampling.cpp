#include "algorithms/schedule/dynamic_sampling/dynamic_sampling.hpp"

#include <cmath>
#include <string>

#include "algorithms/schedule/shared/class_rows.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {

DynamicSampling::DynamicSampling(const Params& params) : budget_(params.real("budget")) {}

void DynamicSampling::start(const Labels& y, int n_classes, int) {
  by_class_ = rows_by_class(y, n_classes);
  n_rows_ = y.size();
  counts_.clear();
}

EpochRows DynamicSampling::epoch_rows(int, RandomStream& rng) {
  // The first epoch has no F1 to go by yet and trains on the rows as they are.
  if (counts_.empty()) return {schedule::all_rows(n_rows_), false};
  return {schedule::rows_for_counts(by_class_, counts_, rng), false};
}

void DynamicSampling::end_epoch(const EpochReport& report) {
  if (report.class_f1.size() != by_class_.size())
    throw Error("dynamic_sampling: got " + std::to_string(report.class_f1.size()) + " per-class F1 values for " +
                std::to_string(by_class_.size()) + " classes");
  std::vector<double> share(by_class_.size(), 0.0);
  double total = 0.0;
  std::size_t present = 0;
  for (std::size_t c = 0; c < by_class_.size(); ++c) {
    if (by_class_[c].empty()) continue;
    ++present;
    share[c] = 1.0 - report.class_f1[c];
    total += share[c];
  }
  // Every class perfect: equal counts, as the reference implementation falls back to.
  for (std::size_t c = 0; c < by_class_.size(); ++c)
    if (!by_class_[c].empty()) share[c] = total > 0 ? share[c] / total : 1.0 / static_cast<double>(present);
  const double epoch_size = budget_ * static_cast<double>(n_rows_);
  counts_.assign(by_class_.size(), 0);
  for (std::size_t c = 0; c < by_class_.size(); ++c)
    counts_[c] = static_cast<std::size_t>(std::llround(share[c] * epoch_size));
}

namespace {

ParamSchema dynamic_sampling_schema() {
  ParamSchema schema;
  schema.real("budget", 1.0, 0.0, std::nullopt,
              "rows per epoch after the first, as a multiple of the training rows (the total N split by 1 - F1)",
              true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Schedule, "dynamic_sampling",
                         "Per-epoch class counts proportional to 1 - F1 of each class on the validation split.",
                         "Pouyanfar et al. 2018, Dynamic sampling in convolutional neural networks for imbalanced "
                         "data classification, IEEE MIPR",
                         dynamic_sampling_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<DynamicSampling>(p); }})

}  // namespace imbench
