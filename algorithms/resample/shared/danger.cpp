#include "algorithms/resample/shared/danger.hpp"

#include <string>

#include "algorithms/shared/neighbours/exact.hpp"
#include "core/error.hpp"

namespace imbench {

std::vector<std::size_t> foreign_neighbour_counts(const Matrix& X, const Labels& y, int cls,
                                                  const Indices& class_rows, std::size_t m,
                                                  const std::string& owner) {
  if (static_cast<std::size_t>(X.rows()) < m + 1)
    throw Error(owner + ": the data has " + std::to_string(X.rows()) + " rows, but " + std::to_string(m) +
                " neighbours of every row need at least " + std::to_string(m + 1));
  ExactNeighbours knn;
  knn.fit_borrowed(X);
  const NeighbourLists nn = knn.query(take_rows(X, class_rows), m, class_rows);
  std::vector<std::size_t> foreign(class_rows.size(), 0);
  for (std::size_t i = 0; i < class_rows.size(); ++i)
    for (std::size_t j = 0; j < m; ++j) foreign[i] += y[nn.index_at(i, j)] != cls;
  return foreign;
}

Indices danger_positions(const std::vector<std::size_t>& foreign, std::size_t m) {
  Indices danger;
  for (std::size_t i = 0; i < foreign.size(); ++i)
    if (2 * foreign[i] >= m && foreign[i] < m) danger.push_back(i);
  return danger;
}

}  // namespace imbench
