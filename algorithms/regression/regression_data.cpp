#include "algorithms/regression/regression_data.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench::regression {

const std::vector<std::uint8_t>& nominal_mask(const RegressionView& data) {
  static const std::vector<std::uint8_t> none;
  return data.categorical ? *data.categorical : none;
}

void validate(const RegressionView& data, const std::string& method) {
  if (data.X.rows() == 0) throw Error(method + ": the training set is empty");
  if (static_cast<std::size_t>(data.X.rows()) != data.y.size())
    throw Error(method + ": X has " + std::to_string(data.X.rows()) + " rows but y has " +
                std::to_string(data.y.size()) + " values");
  const std::vector<std::uint8_t>& nominal = nominal_mask(data);
  if (!nominal.empty() && nominal.size() != static_cast<std::size_t>(data.X.cols()))
    throw Error(method + ": the nominal mask has " + std::to_string(nominal.size()) + " entries for " +
                std::to_string(data.X.cols()) + " features");
  if (!data.X.allFinite()) throw Error(method + ": X holds a NaN or infinite value");
  for (double v : data.y)
    if (!std::isfinite(v)) throw Error(method + ": the target holds a NaN or infinite value (drop those rows first)");
}

RegressionSample start_sample(const RegressionView& data, const std::vector<std::uint8_t>& keep, std::size_t n_extra) {
  std::size_t n_kept = 0;
  for (std::uint8_t k : keep) n_kept += k;
  RegressionSample out;
  out.X.resize(static_cast<Eigen::Index>(n_kept + n_extra), data.X.cols());
  out.y.resize(n_kept + n_extra);
  std::size_t row = 0;
  for (std::size_t i = 0; i < keep.size(); ++i)
    if (keep[i]) {
      out.X.row(static_cast<Eigen::Index>(row)) = data.X.row(static_cast<Eigen::Index>(i));
      out.y[row++] = data.y[i];
    }
  return out;
}

}  // namespace imbench::regression
