#include "algorithms/shared/neighbours/kd_tree.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_invoke.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_reduce.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <string>

#include "core/error.hpp"

namespace imbench {
namespace {

constexpr std::size_t kQueryBlock = 256;
// Nodes with this many rows build their two halves as parallel tasks.
constexpr std::size_t kParallelBuildRows = 32768;

// Squared distance from q to the nearest point of a box, without branches
// and in four partial sums. For a row p inside the box, each rounded
// |q_i - p_i| is at least the rounded gap (rounding is monotone), so the
// exact sum of squared gaps is at most p's exact squared distance; summed in
// any order, either rounded sum is within d ulps of its exact value, which
// the prune test's margin covers: pruning on it stays exact.
double box_distance(const double* q, const double* lo, const double* hi, std::size_t d) {
  double partial[4] = {0.0, 0.0, 0.0, 0.0};
  auto add = [&](std::size_t i, double& sum) {
    const double gap = std::max(std::max(lo[i] - q[i], q[i] - hi[i]), 0.0);
    sum += gap * gap;
  };
  std::size_t i = 0;
  for (; i + 4 <= d; i += 4)
    for (std::size_t lane = 0; lane < 4; ++lane) add(i + lane, partial[lane]);
  for (; i < d; ++i) add(i, partial[0]);
  return (partial[0] + partial[1]) + (partial[2] + partial[3]);
}

}  // namespace

void KdTreeNeighbours::fit(std::shared_ptr<const Matrix> reference, FiniteCheck check) {
  if (check == FiniteCheck::Run) require_finite(*reference, "reference set");
  if (leaf_size_ == 0) throw Error("kd-tree: leaf_size must be at least 1");
  if (static_cast<std::uint64_t>(reference->rows()) >= std::numeric_limits<std::uint32_t>::max())
    throw Error("kd-tree: " + std::to_string(reference->rows()) + " reference rows exceed the 2^32 - 1 limit");
  reference_ = std::move(reference);
  dims_ = static_cast<std::size_t>(reference_->cols());
  points_ = *reference_;
  rows_.resize(static_cast<std::size_t>(reference_->rows()));
  std::iota(rows_.begin(), rows_.end(), std::size_t{0});
  nodes_.clear();
  boxes_.clear();
  split_keys_.resize(rows_.size());
  if (!rows_.empty()) build(0, static_cast<std::uint32_t>(rows_.size()), nodes_, boxes_);
  split_keys_ = {};
}

// Splits at the median of the widest feature; both halves are never empty,
// so duplicates only make leaves, never endless recursion. The rows move
// with the split, so every node's rows are contiguous in memory and each
// level reads them in order. The tree's shape depends on the data only:
// threads change when subtrees are built, not what they hold.
void KdTreeNeighbours::build(std::uint32_t begin, std::uint32_t end, std::vector<Node>& nodes,
                             std::vector<double>& boxes) {
  const std::size_t d = dims_;
  const std::size_t id = nodes.size();
  nodes.push_back({begin, end});
  boxes.resize(boxes.size() + 2 * d);
  double* lo = boxes.data() + 2 * d * id;
  double* hi = lo + d;
  std::fill(lo, lo + d, std::numeric_limits<double>::infinity());
  std::fill(hi, hi + d, -std::numeric_limits<double>::infinity());
  for (std::uint32_t i = begin; i < end; ++i) {
    const double* p = points_.row(static_cast<Eigen::Index>(i)).data();
    for (std::size_t j = 0; j < d; ++j) {
      lo[j] = std::min(lo[j], p[j]);
      hi[j] = std::max(hi[j], p[j]);
    }
  }
  std::size_t widest = 0;
  for (std::size_t j = 1; j < d; ++j)
    if (hi[j] - lo[j] > hi[widest] - lo[widest]) widest = j;
  if (end - begin <= leaf_size_ || d == 0 || hi[widest] == lo[widest]) return;

  const std::uint32_t mid = begin + (end - begin) / 2;
  split_at(begin, mid, end, widest);
  nodes[id].split_feature = static_cast<std::uint32_t>(widest);
  nodes[id].split_value = points_(static_cast<Eigen::Index>(mid), static_cast<Eigen::Index>(widest));
  std::size_t right = 0;
  if (end - begin < kParallelBuildRows) {
    build(begin, mid, nodes, boxes);
    right = nodes.size();
    build(mid, end, nodes, boxes);
  } else {
    std::vector<Node> halves[2];
    std::vector<double> half_boxes[2];
    tbb::parallel_invoke([&] { build(begin, mid, halves[0], half_boxes[0]); },
                         [&] { build(mid, end, halves[1], half_boxes[1]); });
    right = id + 1 + halves[0].size();
    for (int h = 0; h < 2; ++h) {
      // Child ids in a half count from its own root.
      const auto offset = static_cast<std::int32_t>(h == 0 ? id + 1 : right);
      for (Node node : halves[h]) {
        if (node.left >= 0) node.left += offset, node.right += offset;
        nodes.push_back(node);
      }
      boxes.insert(boxes.end(), half_boxes[h].begin(), half_boxes[h].end());
    }
  }
  nodes[id].left = static_cast<std::int32_t>(id + 1);
  nodes[id].right = static_cast<std::int32_t>(right);
}

// A three-way partition around the median, swapping whole rows in place:
// rows below it, then rows equal to it (which straddle `mid`), then rows
// above it. The cursors walk the rows in sequence, which keeps the memory
// traffic streaming; the result depends on the data only.
void KdTreeNeighbours::split_at(std::uint32_t begin, std::uint32_t mid, std::uint32_t end, std::size_t feature) {
  const auto f = static_cast<Eigen::Index>(feature);
  const auto keys = split_keys_.begin() + begin;
  for (std::uint32_t i = begin; i < end; ++i) keys[i - begin] = points_(static_cast<Eigen::Index>(i), f);
  std::nth_element(keys, keys + (mid - begin), keys + (end - begin));
  const double median = keys[mid - begin];
  auto swap_rows = [&](std::uint32_t a, std::uint32_t b) {
    points_.row(static_cast<Eigen::Index>(a)).swap(points_.row(static_cast<Eigen::Index>(b)));
    std::swap(rows_[a], rows_[b]);
  };
  // Invariant: [begin, below) < median, [below, i) == median, [above, end) > median.
  std::uint32_t below = begin, i = begin, above = end;
  while (i < above) {
    const double key = points_(static_cast<Eigen::Index>(i), f);
    if (key < median) swap_rows(below++, i++);
    else if (key > median) swap_rows(i, --above);
    else ++i;
  }
}

NeighbourLists KdTreeNeighbours::query(const Matrix& queries, std::size_t k,
                                       std::span<const std::size_t> exclude) const {
  check_query(*reference_, queries, k, exclude);
  const std::size_t n_queries = static_cast<std::size_t>(queries.rows());
  NeighbourLists out = sized_lists(n_queries, k);
  if (k == 0 || n_queries == 0) return out;

  // Queries run in the order of their home leaves (node ids are in depth
  // first order, so nearby leaves have nearby ids): consecutive queries then
  // visit much the same nodes and rows, which stay in cache. Each query's
  // answer does not depend on the order.
  std::vector<std::pair<std::int32_t, std::size_t>> order(n_queries);
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_queries, 4096), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i != r.end(); ++i)
      order[i] = {home_leaf(queries.row(static_cast<Eigen::Index>(i)).data()), i};
  });
  std::sort(order.begin(), order.end());

  const std::size_t n_blocks = (n_queries + kQueryBlock - 1) / kQueryBlock;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_blocks, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    std::vector<Bounded> stack;
    Heap heap;
    for (std::size_t b = r.begin(); b != r.end(); ++b) {
      const std::size_t last = std::min(n_queries, (b + 1) * kQueryBlock);
      for (std::size_t o = b * kQueryBlock; o < last; ++o) {
        const std::size_t i = order[o].second;
        const std::size_t skip = exclude.empty() ? kNoExclusion : exclude[i];
        search(queries.row(static_cast<Eigen::Index>(i)).data(), k, skip, SIZE_MAX, stack, heap);
        std::sort_heap(heap.begin(), heap.end());
        for (std::size_t j = 0; j < k; ++j) {
          out.index[i * k + j] = heap[j].second;
          out.distance[i * k + j] = std::sqrt(heap[j].first);
        }
      }
    }
  });
  return out;
}

std::int32_t KdTreeNeighbours::home_leaf(const double* q) const {
  std::int32_t id = 0;
  for (;;) {
    const Node& node = nodes_[static_cast<std::size_t>(id)];
    if (node.left < 0) return id;
    id = q[node.split_feature] <= node.split_value ? node.left : node.right;
  }
}

double KdTreeNeighbours::mean_search_work(const Matrix& queries, std::span<const std::size_t> sample, std::size_t k,
                                          std::span<const std::size_t> exclude, std::size_t cap) const {
  check_query(*reference_, queries, k, exclude);
  for (std::size_t i : sample)
    if (i >= static_cast<std::size_t>(queries.rows()))
      throw Error("kd-tree: sampled query row " + std::to_string(i) + " is past the " +
                  std::to_string(queries.rows()) + " queries");
  if (sample.empty() || k == 0) return 0.0;
  // Integer sums: the total is the same whatever the threads' split.
  const std::size_t total = tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, sample.size(), 16), std::size_t{0},
      [&](const tbb::blocked_range<std::size_t>& r, std::size_t sum) {
        std::vector<Bounded> stack;
        Heap heap;
        for (std::size_t s = r.begin(); s != r.end(); ++s) {
          const std::size_t i = sample[s];
          const std::size_t skip = exclude.empty() ? kNoExclusion : exclude[i];
          sum += search(queries.row(static_cast<Eigen::Index>(i)).data(), k, skip, cap, stack, heap);
        }
        return sum;
      },
      std::plus<>());
  return static_cast<double>(total) / static_cast<double>(sample.size());
}

// Depth first, nearer child first. `heap` is a max-heap on (squared
// distance, row): its top is the k-th best so far, the one a newcomer must beat.
std::size_t KdTreeNeighbours::search(const double* q, std::size_t k, std::size_t skip, std::size_t cap,
                                     std::vector<Bounded>& stack, Heap& heap) const {
  const std::size_t d = dims_;
  // A relative margin of a few ulps on the prune test guards the bound
  // against any difference in how the compiler rounds the two sums.
  const double margin = 1.0 + 8.0 * static_cast<double>(d + 1) * std::numeric_limits<double>::epsilon();
  auto worst = [&] { return heap.size() < k ? std::numeric_limits<double>::infinity() : heap.front().first; };
  heap.clear();
  stack.clear();
  stack.push_back({box_distance(q, lower(0), lower(0) + d, d), 0});
  std::size_t work = 1;
  while (!stack.empty() && work < cap) {
    const auto [bound, id] = stack.back();
    stack.pop_back();
    if (bound > worst() * margin) continue;
    const Node& node = nodes_[static_cast<std::size_t>(id)];
    if (node.left < 0) {
      work += node.end - node.begin;
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
    work += 2;
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
  return std::min(work, cap);
}

}  // namespace imbench
