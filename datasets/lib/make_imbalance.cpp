// Reduces classes to target counts by sampling rows without replacement,
// like imblearn.datasets.make_imbalance (which runs a RandomUnderSampler).
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.hpp"
#include "datasets/lib/generators.hpp"

namespace imbench {

Dataset make_imbalance(const Dataset& data, const ImbalanceTarget& target, const RandomStream& rng) {
  const std::string owner = "make_imbalance of '" + data.name + "'";
  const int k = data.n_classes();
  auto counts = class_counts(data.y, k);
  std::vector<std::size_t> keep(counts);
  for (const auto& [label, count] : target.counts) {
    auto it = std::find(data.class_names.begin(), data.class_names.end(), label);
    if (it == data.class_names.end()) throw Error(owner + ": " + unknown_name_message("class", label, data.class_names));
    auto c = static_cast<std::size_t>(it - data.class_names.begin());
    if (count > counts[c])
      throw Error(owner + ": class '" + label + "' has " + std::to_string(counts[c]) + " rows, cannot keep " +
                  std::to_string(count));
    keep[c] = count;
  }
  if (target.minority_ratio) {
    double ratio = *target.minority_ratio;
    if (!(ratio > 0 && ratio <= 1)) throw Error(owner + ": minority_ratio must be in (0, 1]");
    // The majority is the largest class, ties to the smallest code (as imbalanced-learn).
    auto majority = static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    auto cap = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(ratio * static_cast<double>(counts[majority]))));
    for (std::size_t c = 0; c < keep.size(); ++c)
      if (c != majority) keep[c] = std::min(keep[c], cap);
  }

  std::vector<Indices> by_class = rows_by_class(data.y, k);
  Indices kept;
  for (std::size_t c = 0; c < by_class.size(); ++c) {
    Indices rows = by_class[c];
    // Partial Fisher-Yates: the first keep[c] positions become a uniform sample; each class has its own substream.
    RandomStream draw = rng.substream(c);
    for (std::size_t i = 0; i < keep[c]; ++i) std::swap(rows[i], rows[i + draw.below(rows.size() - i)]);
    kept.insert(kept.end(), rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep[c]));
  }
  std::sort(kept.begin(), kept.end());

  Dataset out = data;
  out.path.clear();
  out.X = take_rows(data.X, kept);
  out.y = take(data.y, kept);
  return out;
}

}  // namespace imbench
