#include "algorithms/resample/shared/over_sampling.hpp"

#include "core/error.hpp"

namespace imbench {

void copy_input_rows(const LabelledData& data, const ClassTargets& targets, Resampled& out) {
  // The copy is split over threads (on fresh memory it also first-touches most of the output's pages); the labels
  // (0.6 ms at 2M) are written meanwhile by whichever thread is free.
  tbb::parallel_invoke(
      [&] {
        tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, data.X.rows(), 8192),
                          [&](const tbb::blocked_range<Eigen::Index>& r) {
                            out.X.middleRows(r.begin(), r.size()) = data.X.middleRows(r.begin(), r.size());
                          });
      },
      [&] {
        out.y.reserve(static_cast<std::size_t>(out.X.rows()));
        out.y = data.y;
        for (const auto& [cls, n_new] : targets) out.y.insert(out.y.end(), n_new, cls);
      });
}

std::size_t new_row_count(const ClassTargets& targets) {
  std::size_t total = 0;
  for (const auto& [cls, n_new] : targets) total += n_new;
  return total;
}

std::vector<Indices> rows_of_growing_classes(const Labels& y, int n_classes, const ClassTargets& targets) {
  std::vector<bool> growing(static_cast<std::size_t>(n_classes), false);
  for (const auto& [cls, n_new] : targets) growing[static_cast<std::size_t>(cls)] = n_new > 0;
  return rows_of_classes(y, growing);
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

void interpolate_pairs(const Matrix& X, const NeighbourLists& neighbours, std::size_t k, const RandomStream& stream,
                       std::size_t n_new, std::size_t first_row, Matrix& out) {
  const std::uint64_t n_pairs = static_cast<std::uint64_t>(X.rows()) * k;
  draw_rows(stream, n_new, [&](std::size_t i, RandomStream& s) {
    const std::uint64_t pair = s.below(n_pairs);
    const double u = s.uniform();
    const auto seed = X.row(static_cast<Eigen::Index>(pair / k));
    const auto partner = X.row(static_cast<Eigen::Index>(neighbours.index_at(pair / k, pair % k)));
    out.row(static_cast<Eigen::Index>(first_row + i)) = seed + u * (partner - seed);
  });
}

}  // namespace imbench
