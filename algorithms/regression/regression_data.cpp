#include "algorithms/regression/regression_data.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {

void validate(const RegressionView& data, const std::string& method) {
  if (data.X.rows() == 0) throw Error(method + ": the training set is empty");
  if (static_cast<std::size_t>(data.X.rows()) != data.y.size())
    throw Error(method + ": X has " + std::to_string(data.X.rows()) + " rows but y has " +
                std::to_string(data.y.size()) + " values");
  if (!data.nominal.empty() && data.nominal.size() != static_cast<std::size_t>(data.X.cols()))
    throw Error(method + ": the nominal mask has " + std::to_string(data.nominal.size()) + " entries for " +
                std::to_string(data.X.cols()) + " features");
  if (!data.X.allFinite()) throw Error(method + ": X holds a NaN or infinite value");
  for (double v : data.y)
    if (!std::isfinite(v)) throw Error(method + ": the target holds a NaN or infinite value (drop those rows first)");
}

}  // namespace imbench::regression
