// Distances between cases for the regression resamplers, and the SMOTER
// interpolation step that uses them.
//
// Euclidean is UBL's default and applies to numeric features as they are.
// HEOM (Wilson & Martinez 1997) divides numeric differences by the column's
// range over the training set and counts a nominal mismatch as 1; it is
// required when there are nominal features. For the exact shared kNN both are
// computed as plain Euclidean distances on an encoded copy of X: HEOM scales
// numeric columns by 1/range (constant columns drop out, as UBL drops and
// restores them) and one-hot encodes nominal columns with entries 1/sqrt(2),
// so a mismatch adds exactly 1 to the squared distance.
#pragma once

#include <string>

#include "algorithms/regression/regression_data.hpp"
#include "core/rng.hpp"

namespace imbench::regression {

enum class Distance { Euclidean, Heom };
Distance parse_distance(const std::string& text);  // "euclidean" | "heom"

class FeatureSpace {
 public:
  // Throws when `distance` is Euclidean and some feature is nominal.
  FeatureSpace(const RegressionView& data, Distance distance, const std::string& method);

  // The rows in the encoded space, where Euclidean distance equals this space's metric.
  Matrix encode(const Indices& rows) const;
  // The metric between two raw rows (of X or synthetic).
  double distance(const double* a, const double* b) const;
  bool nominal(Eigen::Index column) const { return !nominal_.empty() && nominal_[static_cast<std::size_t>(column)]; }
  Eigen::Index n_features() const { return X_.cols(); }

 private:
  const Matrix& X_;
  std::vector<std::uint8_t> nominal_;
  Distance distance_;
  std::vector<double> scale_;                 // per column: 1/range (HEOM), 1 (Euclidean), 0 for constant columns
  std::vector<Eigen::Index> nominal_levels_;  // per nominal column: number of codes (max + 1)
};

// One SMOTER case between `seed` and `neighbour` (raw rows with targets): numeric features at
// seed + r (neighbour - seed) with one r ~ U[0, 1), nominal features from either seed at random, and the
// target (d2 y_seed + d1 y_nb) / (d1 + d2), d1/d2 = distances of the new case to seed/neighbour (mean when equal).
void interpolate_case(const FeatureSpace& space, const double* seed, double y_seed, const double* neighbour,
                      double y_neighbour, RandomStream& rng, double* out, double& y_out);

}  // namespace imbench::regression
