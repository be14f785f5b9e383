// Nominal columns as integer codes: each column's distinct values, sorted,
// numbered 0, 1, ... (scikit-learn's OrdinalEncoder and OneHotEncoder order
// categories the same way, so codes line up with imbalanced-learn's).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench {

struct NominalCodes {
  std::vector<std::vector<double>> values;  // per encoded column: its categories, ascending
  std::vector<std::vector<int>> codes;      // per encoded column: the code of every row

  std::size_t n_columns() const { return values.size(); }
};

// Encodes columns `columns` of X. NaN has no category: Error naming `owner`.
NominalCodes encode_nominal(const Matrix& X, std::span<const std::size_t> columns, const std::string& owner);

}  // namespace imbench
