#include "algorithms/shared/neighbours/pure_neighbourhoods.hpp"

#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <limits>
#include <span>

#include "algorithms/shared/neighbours/exact.hpp"

namespace imbench {
namespace {

// Proves rows of one class pure, walking a median-split tree over the class
// (`points`: its rows; positions below index into them).
class ClassProof {
 public:
  ClassProof(const Matrix& points, std::vector<double> foreign_distance, std::size_t k, std::size_t leaf_rows)
      : points_(points), foreign_(std::move(foreign_distance)), k_(k), leaf_rows_(leaf_rows),
        slot_(static_cast<std::size_t>(points.rows())), pure_(static_cast<std::size_t>(points.rows()), 0) {}

  // pure()[p] for each position p of the class.
  const std::vector<char>& run() {
    Indices all(static_cast<std::size_t>(points_.rows()));
    for (std::size_t p = 0; p < all.size(); ++p) all[p] = p;
    prove(all, /*root=*/true);
    return pure_;
  }

 private:
  struct Unproven {
    Indices rows;                 // positions still without a proof
    std::size_t searched = 0;     // size of the largest node searched so far
  };

  // Reorders `node` into two halves split at the median of its widest feature
  // (ties by position, so the split does not depend on the input order).
  void split(std::span<std::size_t> node) const {
    Eigen::RowVectorXd low = points_.row(static_cast<Eigen::Index>(node[0])), high = low;
    for (std::size_t p : node) {
      low = low.cwiseMin(points_.row(static_cast<Eigen::Index>(p)));
      high = high.cwiseMax(points_.row(static_cast<Eigen::Index>(p)));
    }
    Eigen::Index axis = 0;
    (high - low).maxCoeff(&axis);
    auto by_axis = [&](std::size_t a, std::size_t b) {
      const double va = points_(static_cast<Eigen::Index>(a), axis), vb = points_(static_cast<Eigen::Index>(b), axis);
      return va < vb || (va == vb && a < b);
    };
    std::nth_element(node.begin(), node.begin() + static_cast<std::ptrdiff_t>(node.size() / 2), node.end(), by_axis);
  }

  Unproven prove(std::span<std::size_t> node, bool root) {
    Unproven out;
    if (node.size() <= leaf_rows_) {
      out.rows.assign(node.begin(), node.end());
    } else {
      split(node);
      const std::size_t half = node.size() / 2;
      Unproven left, right;
      tbb::parallel_invoke([&] { left = prove(node.first(half), false); },
                           [&] { right = prove(node.subspan(half), false); });
      out.rows = std::move(left.rows);
      out.rows.insert(out.rows.end(), right.rows.begin(), right.rows.end());
      out.searched = std::max(left.searched, right.searched);
    }
    // Search this node when it is about 4x the last searched one (> 3x allows
    // for odd splits); the root is left to the caller's full search, which
    // costs about the same.
    if (!root && !out.rows.empty() && node.size() > 3 * out.searched && node.size() > k_) {
      search(node, out.rows);
      out.searched = node.size();
    }
    return out;
  }

  // The k-th nearest other row of each unproven row within `node`; drops the
  // rows that it proves pure.
  void search(std::span<const std::size_t> node, Indices& unproven) {
    Indices members(node.begin(), node.end());
    for (std::size_t i = 0; i < members.size(); ++i) slot_[members[i]] = i;  // disjoint across parallel nodes
    Indices self(unproven.size());
    for (std::size_t q = 0; q < unproven.size(); ++q) self[q] = slot_[unproven[q]];
    ExactNeighbours within;
    within.fit(take_rows(points_, members));
    const NeighbourLists nn = within.query(take_rows(points_, unproven), k_, self);
    Indices still;
    for (std::size_t q = 0; q < unproven.size(); ++q) {
      if (nn.distance_at(q, k_ - 1) < foreign_[unproven[q]]) pure_[unproven[q]] = 1;
      else still.push_back(unproven[q]);
    }
    unproven = std::move(still);
  }

  const Matrix& points_;
  std::vector<double> foreign_;  // per position: distance to the nearest row of another class
  std::size_t k_;
  std::size_t leaf_rows_;
  std::vector<std::size_t> slot_;  // scratch: a position's index within the node being searched
  std::vector<char> pure_;
};

// Distance from each row of `points` to its nearest row of `foreign` (infinite when there is none).
std::vector<double> nearest_foreign(const Matrix& points, Matrix foreign) {
  std::vector<double> distance(static_cast<std::size_t>(points.rows()), std::numeric_limits<double>::infinity());
  if (foreign.rows() == 0) return distance;
  ExactNeighbours search;
  search.fit(std::move(foreign));
  const NeighbourLists nn = search.query(points, 1);
  for (std::size_t p = 0; p < distance.size(); ++p) distance[p] = nn.distance_at(p, 0);
  return distance;
}

}  // namespace

std::vector<bool> pure_neighbourhoods(const Matrix& X, const std::vector<Indices>& rows_of_class,
                                      const std::vector<int>& classes, std::size_t k, std::size_t leaf_rows) {
  const std::size_t n = static_cast<std::size_t>(X.rows());
  std::vector<bool> pure(n, false);
  if (k == 0 || kd_tree_pays(n, static_cast<std::size_t>(X.cols()))) return pure;
  for (int cls : classes) {
    const Indices& own = rows_of_class[static_cast<std::size_t>(cls)];
    const std::size_t n_foreign = n - own.size();
    if (own.size() < 2 * leaf_rows || 4 * n_foreign > n) continue;
    Indices foreign;
    foreign.reserve(n_foreign);
    for (std::size_t c = 0; c < rows_of_class.size(); ++c)
      if (static_cast<int>(c) != cls) foreign.insert(foreign.end(), rows_of_class[c].begin(), rows_of_class[c].end());
    const Matrix points = take_rows(X, own);
    ClassProof proof(points, nearest_foreign(points, take_rows(X, foreign)), k, leaf_rows);
    const std::vector<char>& proven = proof.run();
    for (std::size_t p = 0; p < own.size(); ++p)
      if (proven[p]) pure[own[p]] = true;
  }
  return pure;
}

}  // namespace imbench
