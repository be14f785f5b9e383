// Building and fitting regressors through the registry in tests (header only, tests only).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/registry.hpp"

namespace imbench::testing {

inline std::unique_ptr<Regressor> make_regressor(const std::string& spec) {
  return Registry::instance().build<Regressor>(Kind::Model, parse_spec(spec)).plugin;
}

// The regressor `spec` fitted on (X, y) with `weights` (empty: unweighted), its stream keyed by the spec.
inline std::unique_ptr<Regressor> fit_regressor(const std::string& spec, const Matrix& X,
                                                   const std::vector<double>& y, const Weights& weights = {}) {
  auto model = make_regressor(spec);
  RandomStream rng = RandomStream::keyed("fit_regressor", spec);
  model->fit({X, y}, weights, rng);
  return model;
}

// A matrix's entries in storage order: an oracle's one-column CSV as a vector.
inline std::vector<double> flat_values(const Matrix& M) { return {M.data(), M.data() + M.size()}; }

}  // namespace imbench::testing
