#include "algorithms/resample/shared/over_sampling.hpp"

#include "core/error.hpp"

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

void require_class_neighbours(int cls, std::size_t n_class_rows, std::size_t k, const std::string& owner) {
  if (n_class_rows < k + 1)
    throw Error(owner + ": class " + std::to_string(cls) + " has " + std::to_string(n_class_rows) +
                " samples, but k_neighbors=" + std::to_string(k) + " needs at least " + std::to_string(k + 1) +
                " (each sample plus k neighbours); lower k_neighbors");
}

void require_class_neighbours(const ClassTargets& targets, const std::vector<Indices>& rows, std::size_t k,
                              const std::string& owner) {
  for (const auto& [cls, n_new] : targets)
    if (n_new > 0) require_class_neighbours(cls, rows[static_cast<std::size_t>(cls)].size(), k, owner);
}

}  // namespace imbench
