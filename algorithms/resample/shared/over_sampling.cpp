#include "algorithms/resample/shared/over_sampling.hpp"

namespace imbench {

OverSamplingLayout start_over_sampling(const LabelledData& data, const ClassTargets& targets) {
  const std::size_t n = static_cast<std::size_t>(data.X.rows());
  std::size_t total = n;
  OverSamplingLayout layout;
  for (const auto& [cls, n_new] : targets) {
    layout.first_new[cls] = total;
    total += n_new;
  }
  Resampled& out = layout.out;
  out.X.resize(static_cast<Eigen::Index>(total), data.X.cols());
  out.X.topRows(data.X.rows()) = data.X;
  out.y.reserve(total);
  out.y = data.y;
  for (const auto& [cls, n_new] : targets) out.y.insert(out.y.end(), n_new, cls);
  return layout;
}

}  // namespace imbench
