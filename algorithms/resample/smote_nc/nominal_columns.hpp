// SMOTE-NC's `categorical_features` parameter: `auto` takes the nominal
// columns from the data set's categorical mask, `{0,3}` lists column indices.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench {

// Declares the parameter; its canonical form is `auto` or sorted unique indices.
ParamSchema& add_categorical_features(ParamSchema& schema);

// The nominal columns (ascending) for `data`: from `text` or, for `auto`,
// from data.categorical. Throws Error naming `owner` for an index beyond the
// data's columns.
std::vector<std::size_t> nominal_columns(const std::string& text, const LabelledData& data, const std::string& owner);

}  // namespace imbench
