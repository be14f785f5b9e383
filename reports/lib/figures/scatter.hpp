// The seed course's resampling pictures: a data set's points on two
// features before and after a resampler, side by side. The resampler sees
// every feature; the picture shows two of them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "datasets/lib/dataset.hpp"
#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

struct ScatterOptions {
  std::string resampler = "smote";  // a resample spec
  std::size_t feature_x = 0, feature_y = 1;
  std::uint64_t seed = 1;
};

// What became of each row: an input row kept once, an extra copy of an input
// row (random over-sampling), or a new (synthetic) row.
enum class RowOrigin { kept, copy, synthetic };

struct ScatterData {
  std::string dataset;
  std::string resampler;  // canonical spec
  std::vector<std::string> class_names;
  std::string x_name, y_name;
  Matrix before;  // n x 2, the chosen features
  Labels y_before;
  std::vector<bool> removed;  // per input row: not in the output
  Matrix after;   // m x 2
  Labels y_after;
  std::vector<RowOrigin> origin;  // per output row
  std::size_t n_synthetic = 0;    // as the resampler reports it
};

// Runs the resampler on the whole data set with the stream
// (seed, data set content hash, canonical spec, "scatter") and matches output
// rows to input rows by their features and label. Errors: a feature index out
// of range, equal features, an unknown resampler (listing candidates).
ScatterData resample_for_scatter(const Dataset& data, const ScatterOptions& options);

// Two panels on shared axes; classes by colour and marker, synthetic rows
// hollow, copies ringed, removed rows faded grey in the right panel.
// Synthetic markers carry class="synthetic".
Svg scatter_figure(const ScatterData& data);

}  // namespace imbench::reports::figures
