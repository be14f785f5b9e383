// Which output rows of a resampler are copies of its input rows.
#pragma once

#include <cstddef>

#include "core/plugin.hpp"

namespace imbench {

// Rows of `out` whose features and label equal (bit for bit, so NaN-safe) no
// row of `in`: the rows a resampler made up. Repeated copies of an input row
// (random over-sampling) are copies, not new rows.
std::size_t count_unseen_rows(const LabelledData& in, const Resampled& out);

}  // namespace imbench
