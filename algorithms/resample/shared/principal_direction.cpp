#include "algorithms/resample/shared/principal_direction.hpp"

#include <Eigen/Eigenvalues>

namespace imbench {

Eigen::VectorXd principal_direction(const Matrix& rows) {
  const Matrix centred = rows.rowwise() - rows.colwise().mean();
  const Eigen::MatrixXd scatter = centred.transpose() * centred;
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(scatter);
  return solver.eigenvectors().col(scatter.cols() - 1).normalized();  // eigenvalues ascend
}

}  // namespace imbench
