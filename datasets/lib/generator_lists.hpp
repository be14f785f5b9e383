// List-valued generator parameters: "0.9;0.1", "{0.9,0.1}", "{0:100,1:20}".
#pragma once

#include <map>
#include <string>
#include <vector>

namespace imbench {

// Items of a list written with ';' or, inside braces, with ','.
std::vector<std::string> list_items(const std::string& text);

// make_classification's weights: "none" = equal; n_classes-1 values get the
// last as 1 - sum (as scikit-learn does). Throws Error naming `owner`.
std::vector<double> class_weights(const std::string& text, int n_classes, const std::string& owner);
std::string canonical_weights(const std::string& text, const std::string& owner);

// make_imbalance's counts: "label:count" items.
std::map<std::string, std::size_t> class_count_targets(const std::string& text, const std::string& owner);
std::string canonical_counts(const std::string& text, const std::string& owner);

}  // namespace imbench
