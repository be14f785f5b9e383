// Exact k-means: Lloyd's iterations from a k-means++ start (Arthur &
// Vassilvitskii 2007), the best of n_init starts by inertia. All randomness
// comes from the given stream (start i from substream i) and every sum runs
// in row order, so the result is bit-identical for any thread count.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

struct KMeansOptions {
  std::size_t n_clusters = 8;
  std::size_t n_init = 1;
  std::size_t max_iter = 300;
  // Stop when the centres move less than tol times the mean feature variance
  // (in total squared distance), as scikit-learn does.
  double tol = 1e-4;
};

struct KMeansResult {
  Matrix centres;           // n_clusters x d
  std::vector<int> labels;  // the nearest centre of each row (ties to the lower index)
  double inertia = 0.0;     // sum of squared distances to the assigned centres
  std::size_t iterations = 0;
};

// Throws Error when X has fewer rows than clusters or holds NaN/inf; `owner` goes into messages.
KMeansResult kmeans(const Matrix& X, const KMeansOptions& options, const RandomStream& rng, const std::string& owner);

}  // namespace imbench
