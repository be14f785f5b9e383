#include "algorithms/shared/distance/mixed_embedding.hpp"

namespace imbench {

Matrix mixed_embedding(const Matrix& X, std::span<const std::size_t> continuous, const NominalCodes& nominal,
                       double indicator) {
  Eigen::Index width = static_cast<Eigen::Index>(continuous.size());
  for (const auto& values : nominal.values) width += static_cast<Eigen::Index>(values.size());
  Matrix out = Matrix::Zero(X.rows(), width);
  Eigen::Index col = 0;
  for (std::size_t c : continuous) out.col(col++) = X.col(static_cast<Eigen::Index>(c));
  for (std::size_t f = 0; f < nominal.n_columns(); ++f) {
    const std::vector<int>& codes = nominal.codes[f];
    for (Eigen::Index i = 0; i < X.rows(); ++i) out(i, col + codes[static_cast<std::size_t>(i)]) = indicator;
    col += static_cast<Eigen::Index>(nominal.values[f].size());
  }
  return out;
}

}  // namespace imbench
