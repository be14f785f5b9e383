// The first principal component of a set of rows, shared by the samplers
// that follow a class's or a cluster's main direction (g_smote, assembled_smote).
#pragma once

#include "core/types.hpp"

namespace imbench {

// The unit eigenvector of the largest eigenvalue of the rows' scatter matrix
// (their covariance up to a factor); its sign is whatever the solver gives.
Eigen::VectorXd principal_direction(const Matrix& rows);

}  // namespace imbench
