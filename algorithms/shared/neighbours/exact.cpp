#include "algorithms/shared/neighbours/exact.hpp"

#include <tbb/task_arena.h>

#include <algorithm>
#include <bit>
#include <vector>

namespace imbench {
namespace {

// The cost model behind the probe, in units of brute force's time per
// (query, reference row) pair, measured per feature on this project's
// machines with bench/micro/neighbours_bench.cpp (README.md has the numbers).
// One distance evaluation in the tree (a row or a box, in double) costs as much as this many brute-force pairs:
constexpr double kTreeEvaluationCost = 300.0;
// Building the tree costs this much per reference row and level:
constexpr double kTreeBuildCost = 400.0;
// The tree is built to probe only when brute force would cost this many times the build,
// so a probe that picks brute force wastes little.
constexpr double kProbeWhenBruteExceedsBuild = 16.0;
// Queries probed, evenly spaced over the query set.
constexpr std::size_t kProbeQueries = 256;

double tree_levels(std::size_t rows) {
  return static_cast<double>(std::max<int>(1, std::bit_width(rows / 16)));
}

}  // namespace

// Measured on standard normal data (README.md has the table): up to 4
// features the tree wins from a few hundred rows on; at 5 only from about
// 20k rows; from 6 features on brute force wins at every size tried.
bool kd_tree_pays(std::size_t rows, std::size_t dims) {
  if (dims <= 4) return rows >= 256;
  if (dims == 5) return rows >= 20000;
  return false;
}

void ExactNeighbours::fit(Matrix reference) {
  require_finite(reference, "reference set");
  adopt(std::make_shared<const Matrix>(std::move(reference)));
}

void ExactNeighbours::fit_borrowed(const Matrix& reference) {
  require_finite(reference, "reference set");
  adopt(std::shared_ptr<const Matrix>(std::shared_ptr<const Matrix>(), &reference));  // owns nothing
}

void ExactNeighbours::adopt(std::shared_ptr<const Matrix> reference) {
  reference_ = std::move(reference);
  built_ = std::make_unique<Built>();
  if (kd_tree_pays(static_cast<std::size_t>(reference_->rows()), static_cast<std::size_t>(reference_->cols()))) tree();
}

// The fits run parallel loops inside call_once. Isolated, a thread waiting in
// them cannot take up another query of this search, which would call_once
// again from the same thread and wait for itself.
const KdTreeNeighbours& ExactNeighbours::tree() const {
  std::call_once(built_->tree_once, [&] {
    tbb::this_task_arena::isolate([&] { built_->tree.fit(reference_, FiniteCheck::DoneByCaller); });
  });
  return built_->tree;
}

const BruteForceNeighbours& ExactNeighbours::brute() const {
  std::call_once(built_->brute_once, [&] {
    tbb::this_task_arena::isolate([&] { built_->brute.fit(reference_, FiniteCheck::DoneByCaller); });
  });
  return built_->brute;
}

ExactNeighbours::Structure ExactNeighbours::choose(const Matrix& queries, std::size_t k,
                                                   std::span<const std::size_t> exclude) const {
  const auto rows = static_cast<std::size_t>(reference_->rows());
  if (kd_tree_pays(rows, static_cast<std::size_t>(reference_->cols()))) return Structure::KdTree;
  const auto n_queries = static_cast<std::size_t>(queries.rows());
  const double brute_cost = static_cast<double>(n_queries) * static_cast<double>(rows);
  const double build_cost = kTreeBuildCost * static_cast<double>(rows) * tree_levels(rows);
  if (k == 0 || brute_cost < kProbeWhenBruteExceedsBuild * build_cost) return Structure::BruteForce;

  std::vector<std::size_t> sample(std::min(n_queries, kProbeQueries));
  for (std::size_t s = 0; s < sample.size(); ++s) sample[s] = s * n_queries / sample.size();
  // A query costing more than this is cheaper by brute force whatever the others do.
  const double break_even = static_cast<double>(rows) / kTreeEvaluationCost;
  const double work = tree().mean_search_work(queries, sample, k, exclude, static_cast<std::size_t>(break_even) + 1);
  // Half the break-even point: the sample is small, and the build is not yet paid for.
  return work < 0.5 * break_even ? Structure::KdTree : Structure::BruteForce;
}

NeighbourLists ExactNeighbours::query(const Matrix& queries, std::size_t k,
                                      std::span<const std::size_t> exclude) const {
  if (choose(queries, k, exclude) == Structure::KdTree) return tree().query(queries, k, exclude);
  return brute().query(queries, k, exclude);
}

}  // namespace imbench
