#include "algorithms/shared/cluster/kmeans.hpp"

#include <algorithm>
#include <string>

#include "algorithms/shared/neighbours/exact.hpp"
#include "core/error.hpp"

namespace imbench {
namespace {

// Nearest centre of every row (ties to the lower index) and its squared
// distance, by the exact neighbour search (GEMM-based: fast for many centres).
void assign(const Matrix& X, const Matrix& centres, std::vector<int>& labels, std::vector<double>& sq) {
  ExactNeighbours search;
  search.fit(centres);
  const NeighbourLists nearest = search.query(X, 1);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    labels[i] = static_cast<int>(nearest.index[i]);
    sq[i] = nearest.distance[i] * nearest.distance[i];
  }
}

// k-means++: the first centre uniformly, each next one with probability
// proportional to the squared distance to the nearest centre so far.
Matrix plus_plus_start(const Matrix& X, std::size_t k, RandomStream rng) {
  const auto n = static_cast<std::size_t>(X.rows());
  Matrix centres(static_cast<Eigen::Index>(k), X.cols());
  centres.row(0) = X.row(static_cast<Eigen::Index>(rng.below(n)));
  std::vector<double> nearest(n);
  for (std::size_t i = 0; i < n; ++i) nearest[i] = (X.row(static_cast<Eigen::Index>(i)) - centres.row(0)).squaredNorm();
  for (std::size_t c = 1; c < k; ++c) {
    double total = 0.0;
    for (double d : nearest) total += d;
    std::size_t pick = 0;
    if (total > 0.0) {
      double target = rng.uniform() * total;
      pick = n - 1;
      for (std::size_t i = 0; i < n; ++i) {
        if (nearest[i] > 0.0 && target < nearest[i]) {
          pick = i;
          break;
        }
        target -= nearest[i];
      }
      while (nearest[pick] == 0.0) --pick;  // rounding ran past the end: last row with weight
    } else {
      pick = rng.below(n);  // every row sits on a centre already
    }
    const auto row = static_cast<Eigen::Index>(pick);
    centres.row(static_cast<Eigen::Index>(c)) = X.row(row);
    for (std::size_t i = 0; i < n; ++i)
      nearest[i] = std::min(nearest[i], (X.row(static_cast<Eigen::Index>(i)) - X.row(row)).squaredNorm());
  }
  return centres;
}

KMeansResult lloyd(const Matrix& X, Matrix centres, const KMeansOptions& options, double tol) {
  const auto n = static_cast<std::size_t>(X.rows());
  const auto k = static_cast<std::size_t>(centres.rows());
  KMeansResult out;
  out.labels.assign(n, 0);
  std::vector<double> sq(n);
  std::vector<int> previous;
  for (out.iterations = 1;; ++out.iterations) {
    assign(X, centres, out.labels, sq);
    if (out.labels == previous) break;  // the centres are already this assignment's means
    previous = out.labels;
    Matrix sums = Matrix::Zero(centres.rows(), X.cols());
    std::vector<std::size_t> sizes(k, 0);
    for (std::size_t i = 0; i < n; ++i) {
      sums.row(out.labels[i]) += X.row(static_cast<Eigen::Index>(i));
      ++sizes[static_cast<std::size_t>(out.labels[i])];
    }
    Matrix next = centres;
    std::vector<bool> taken(n, false);
    for (std::size_t c = 0; c < k; ++c) {
      const auto row = static_cast<Eigen::Index>(c);
      if (sizes[c] > 0) {
        next.row(row) = sums.row(row) / static_cast<double>(sizes[c]);
        continue;
      }
      // An empty cluster restarts at the row farthest from its centre (lowest index on ties).
      std::size_t far = 0;
      for (std::size_t i = 1; i < n; ++i)
        if (!taken[i] && (taken[far] || sq[i] > sq[far])) far = i;
      taken[far] = true;
      next.row(row) = X.row(static_cast<Eigen::Index>(far));
    }
    const double shift = (next - centres).squaredNorm();
    centres = std::move(next);
    if (shift <= tol || out.iterations >= options.max_iter) break;
  }
  assign(X, centres, out.labels, sq);
  for (double d : sq) out.inertia += d;
  out.centres = std::move(centres);
  return out;
}

}  // namespace

KMeansResult kmeans(const Matrix& X, const KMeansOptions& options, const RandomStream& rng, const std::string& owner) {
  const auto n = static_cast<std::size_t>(X.rows());
  if (options.n_clusters == 0 || options.n_clusters > n)
    throw Error(owner + ": k-means needs between 1 and " + std::to_string(n) + " clusters for " + std::to_string(n) +
                " rows, got n_clusters=" + std::to_string(options.n_clusters));
  if (!X.allFinite()) throw Error(owner + ": k-means input holds NaN or infinite values");
  const Eigen::RowVectorXd mean = X.colwise().mean();
  const double tol = options.tol * (X.rowwise() - mean).array().square().colwise().mean().mean();
  KMeansResult best;
  for (std::size_t start = 0; start < std::max<std::size_t>(options.n_init, 1); ++start) {
    KMeansResult run = lloyd(X, plus_plus_start(X, options.n_clusters, rng.substream(start)), options, tol);
    if (start == 0 || run.inertia < best.inertia) best = std::move(run);
  }
  return best;
}

}  // namespace imbench
