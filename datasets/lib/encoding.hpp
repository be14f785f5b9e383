// How imported values become codes: class labels and nominal features are
// numbered in sorted order of their text (numerically when every value is a
// number, else lexicographically), so the same data gets the same codes
// whatever the file format or row order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "datasets/lib/dataset.hpp"

namespace imbench {

// The whole of `text` (surrounding blanks ignored) as a finite double, else nothing.
std::optional<double> parse_finite(std::string_view text);

// '', '?', 'NA', 'nan' (any case) and KEEL's '<null>' mark a missing value.
bool is_missing_value(std::string_view text);

// Distinct values in code order.
std::vector<std::string> sorted_levels(std::vector<std::string> values);

struct EncodedValues {
  std::vector<int> codes;           // one per input value
  std::vector<std::string> levels;  // text of each code
};
EncodedValues encode_values(const std::vector<std::string>& values);

// Text of a numeric label as a file would write it: "1", "-1", "0.5".
std::string number_text(double v);

// Sets task and positive class from the labels: binary when two classes are
// present. `positive` is the label text of the positive class; when empty the
// minority class is positive (on a tie, the one with the larger code).
// A positive label on multiclass data is an error naming `where`.
void assign_task(Dataset& data, const std::string& positive, const std::string& where);

}  // namespace imbench
