#include "algorithms/resample/assembled_smote/border_clusters.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>

#include "algorithms/resample/shared/principal_direction.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench {
namespace {

struct Edge {
  double length;  // squared: the order is what matters
  std::size_t lo, hi;
};

// Prim's algorithm on the complete graph, O(n^2) time and O(n) memory: the
// tree is not a k-nearest-neighbour query, so the neighbour engine does not apply.
std::vector<Edge> minimum_spanning_tree(const Matrix& points) {
  const auto n = static_cast<std::size_t>(points.rows());
  const auto dims = static_cast<std::size_t>(points.cols());
  std::vector<Edge> edges;
  if (n < 2) return edges;
  std::vector<double> best(n, std::numeric_limits<double>::infinity());
  std::vector<std::size_t> link(n, 0);
  std::vector<bool> in_tree(n, false);
  std::size_t added = 0;
  for (std::size_t step = 0; step < n; ++step) {
    in_tree[added] = true;
    if (step > 0) edges.push_back({best[added], std::min(added, link[added]), std::max(added, link[added])});
    const double* a = points.row(static_cast<Eigen::Index>(added)).data();
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 4096), [&](const tbb::blocked_range<std::size_t>& r) {
      for (std::size_t j = r.begin(); j != r.end(); ++j) {
        if (in_tree[j]) continue;
        const double d = squared_distance(a, points.row(static_cast<Eigen::Index>(j)).data(), dims);
        if (d < best[j]) best[j] = d, link[j] = added;
      }
    });
    std::size_t next = n;
    for (std::size_t j = 0; j < n; ++j)
      if (!in_tree[j] && (next == n || best[j] < best[next])) next = j;
    added = next;
  }
  std::sort(edges.begin(), edges.end(),
            [](const Edge& a, const Edge& b) { return std::tie(a.length, a.lo, a.hi) < std::tie(b.length, b.lo, b.hi); });
  return edges;
}

}  // namespace

std::vector<Indices> border_clusters(const Matrix& points, std::size_t pop, double thres) {
  const auto n = static_cast<std::size_t>(points.rows());
  std::vector<std::size_t> root(n);
  std::iota(root.begin(), root.end(), std::size_t{0});
  std::vector<Indices> members(n);
  for (std::size_t i = 0; i < n; ++i) members[i] = {i};
  std::vector<std::optional<Eigen::VectorXd>> direction(n);  // cached per root, dropped when it grows
  auto find = [&](std::size_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  auto direction_of = [&](std::size_t r) -> const Eigen::VectorXd& {
    if (!direction[r]) direction[r] = principal_direction(take_rows(points, members[r]));
    return *direction[r];
  };
  for (const Edge& e : minimum_spanning_tree(points)) {
    std::size_t a = find(e.lo), b = find(e.hi);
    const bool merge = members[a].size() < pop || members[b].size() < pop ||
                       std::abs(direction_of(a).dot(direction_of(b))) > thres;
    if (!merge) continue;
    if (members[a].size() < members[b].size()) std::swap(a, b);
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    Indices().swap(members[b]);
    direction[a].reset();
    direction[b].reset();
    root[b] = a;
  }
  std::vector<Indices> clusters;
  for (std::size_t i = 0; i < n; ++i)
    if (find(i) == i) {
      std::sort(members[i].begin(), members[i].end());
      clusters.push_back(std::move(members[i]));
    }
  std::sort(clusters.begin(), clusters.end(), [](const Indices& a, const Indices& b) { return a.front() < b.front(); });
  return clusters;
}

}  // namespace imbench
