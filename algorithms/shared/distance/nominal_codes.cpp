#include "algorithms/shared/distance/nominal_codes.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace imbench {

NominalCodes encode_nominal(const Matrix& X, std::span<const std::size_t> columns, const std::string& owner) {
  NominalCodes out;
  const auto n = static_cast<std::size_t>(X.rows());
  for (std::size_t col : columns) {
    const auto c = static_cast<Eigen::Index>(col);
    std::vector<double> values(n);
    for (std::size_t i = 0; i < n; ++i) values[i] = X(static_cast<Eigen::Index>(i), c);
    if (std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); }))
      throw Error(owner + ": nominal feature " + std::to_string(col) + " holds NaN, which is no category");
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<int> codes(n);
    for (std::size_t i = 0; i < n; ++i)
      codes[i] = static_cast<int>(std::lower_bound(values.begin(), values.end(), X(static_cast<Eigen::Index>(i), c)) -
                                  values.begin());
    out.values.push_back(std::move(values));
    out.codes.push_back(std::move(codes));
  }
  return out;
}

}  // namespace imbench
