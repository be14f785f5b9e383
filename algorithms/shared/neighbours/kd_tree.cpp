#include "algorithms/shared/neighbours/kd_tree.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "core/error.hpp"

namespace imbench {
namespace {

constexpr std::size_t kQueryBlock = 256;

// Squared distance from q to the nearest point of a box, summed in feature
// order like squared_distance. For a row p inside the box |q_i - p_i| >=
// the box gap in every feature, and rounding is monotone, so this never
// exceeds squared_distance(q, p): pruning on it is exact.
double box_distance(const double* q, const double* lo, const double* hi, std::size_t d) {
  double sum = 0.0;
  for (std::size_t i = 0; i < d; ++i) {
    double gap = 0.0;
    if (q[i] < lo[i]) gap = lo[i] - q[i];
    else if (q[i] > hi[i]) gap = q[i] - hi[i];
    sum += gap * gap;
  }
  return sum;
}

}  // namespace

void KdTreeNeighbours::fit(Matrix reference) {
  require_finite(reference, "reference set");
  if (leaf_size_ == 0) throw Error("kd-tree: leaf_size must be at least 1");
  if (static_cast<std::uint64_t>(reference.rows()) >= std::numeric_limits<std::uint32_t>::max())
    throw Error("kd-tree: " + std::to_string(reference.rows()) + " reference rows exceed the 2^32 - 1 limit");
  reference_ = std::move(reference);
  dims_ = static_cast<std::size_t>(reference_.cols());
  rows_.resize(static_cast<std::size_t>(reference_.rows()));
  std::iota(rows_.begin(), rows_.end(), std::size_t{0});
  nodes_.clear();
  boxes_.clear();
  if (!rows_.empty()) build(0, static_cast<std::uint32_t>(rows_.size()));
  points_.resize(reference_.rows(), reference_.cols());
  for (std::size_t i = 0; i < rows_.size(); ++i)
    points_.row(static_cast<Eigen::Index>(i)) = reference_.row(static_cast<Eigen::Index>(rows_[i]));
}

// Splits at the median of the widest feature; both halves are never empty,
// so duplicates only make leaves, never endless recursion.
std::int32_t KdTreeNeighbours::build(std::uint32_t begin, std::uint32_t end) {
  const auto id = static_cast<std::int32_t>(nodes_.size());
  nodes_.push_back({begin, end, -1, -1});
  boxes_.resize(boxes_.size() + 2 * dims_);
  double* lo = boxes_.data() + 2 * dims_ * static_cast<std::size_t>(id);
  double* hi = lo + dims_;
  std::fill(lo, lo + dims_, std::numeric_limits<double>::infinity());
  std::fill(hi, hi + dims_, -std::numeric_limits<double>::infinity());
  for (std::uint32_t i = begin; i < end; ++i) {
    const double* p = reference_.row(static_cast<Eigen::Index>(rows_[i])).data();
    for (std::size_t j = 0; j < dims_; ++j) {
      lo[j] = std::min(lo[j], p[j]);
      hi[j] = std::max(hi[j], p[j]);
    }
  }
  std::size_t widest = 0;
  for (std::size_t j = 1; j < dims_; ++j)
    if (hi[j] - lo[j] > hi[widest] - lo[widest]) widest = j;
  if (end - begin <= leaf_size_ || dims_ == 0 || hi[widest] == lo[widest]) return id;

  const std::uint32_t mid = begin + (end - begin) / 2;
  const auto feature = static_cast<Eigen::Index>(widest);
  std::nth_element(rows_.begin() + begin, rows_.begin() + mid, rows_.begin() + end,
                   [&](std::size_t a, std::size_t b) {
                     return reference_(static_cast<Eigen::Index>(a), feature) <
                            reference_(static_cast<Eigen::Index>(b), feature);
                   });
  const std::int32_t left = build(begin, mid);
  const std::int32_t right = build(mid, end);
  nodes_[static_cast<std::size_t>(id)].left = left;
  nodes_[static_cast<std::size_t>(id)].right = right;
  return id;
}

NeighbourLists KdTreeNeighbours::query(const Matrix& queries, std::size_t k,
                                       std::span<const std::size_t> exclude) const {
  check_query(reference_, queries, k, exclude);
  const std::size_t n_queries = static_cast<std::size_t>(queries.rows());
  NeighbourLists out = sized_lists(n_queries, k);
  if (k == 0 || n_queries == 0) return out;

  const std::size_t n_blocks = (n_queries + kQueryBlock - 1) / kQueryBlock;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_blocks, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    std::vector<Bounded> stack;
    std::vector<std::pair<double, std::size_t>> heap;
    for (std::size_t b = r.begin(); b != r.end(); ++b) {
      const std::size_t last = std::min(n_queries, (b + 1) * kQueryBlock);
      for (std::size_t i = b * kQueryBlock; i < last; ++i) {
        const std::size_t skip = exclude.empty() ? kNoExclusion : exclude[i];
        query_one(queries.row(static_cast<Eigen::Index>(i)).data(), k, skip, stack, heap,
                  out.distance.data() + i * k, out.index.data() + i * k);
      }
    }
  });
  return out;
}

// Depth first, nearer child first. `heap` is a max-heap on (squared
// distance, row): its top is the k-th best so far, the one a newcomer must beat.
void KdTreeNeighbours::query_one(const double* q, std::size_t k, std::size_t skip, std::vector<Bounded>& stack,
                                 std::vector<std::pair<double, std::size_t>>& heap, double* distance,
                                 std::size_t* index) const {
  const std::size_t d = dims_;
  // A relative margin of a few ulps on the prune test guards the bound
  // against any difference in how the compiler rounds the two sums.
  const double margin = 1.0 + 8.0 * static_cast<double>(d + 1) * std::numeric_limits<double>::epsilon();
  auto worst = [&] { return heap.size() < k ? std::numeric_limits<double>::infinity() : heap.front().first; };
  heap.clear();
  stack.clear();
  stack.push_back({box_distance(q, lower(0), lower(0) + d, d), 0});
  while (!stack.empty()) {
    const auto [bound, id] = stack.back();
    stack.pop_back();
    if (bound > worst() * margin) continue;
    const Node& node = nodes_[static_cast<std::size_t>(id)];
    if (node.left < 0) {
      for (std::uint32_t i = node.begin; i < node.end; ++i) {
        const std::size_t row = rows_[i];
        if (row == skip) continue;
        const std::pair<double, std::size_t> candidate{
            squared_distance(q, points_.row(static_cast<Eigen::Index>(i)).data(), d), row};
        if (heap.size() < k) {
          heap.push_back(candidate);
          std::push_heap(heap.begin(), heap.end());
        } else if (candidate < heap.front()) {
          std::pop_heap(heap.begin(), heap.end());
          heap.back() = candidate;
          std::push_heap(heap.begin(), heap.end());
        }
      }
      continue;
    }
    const Bounded left{box_distance(q, lower(node.left), lower(node.left) + d, d), node.left};
    const Bounded right{box_distance(q, lower(node.right), lower(node.right) + d, d), node.right};
    // Pushed last is visited first: the nearer child.
    if (left.first <= right.first) {
      stack.push_back(right);
      stack.push_back(left);
    } else {
      stack.push_back(left);
      stack.push_back(right);
    }
  }
  std::sort_heap(heap.begin(), heap.end());
  for (std::size_t j = 0; j < k; ++j) {
    index[j] = heap[j].second;
    distance[j] = std::sqrt(heap[j].first);
  }
}

}  // namespace imbench
