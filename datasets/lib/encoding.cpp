#include "datasets/lib/encoding.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench {

std::optional<double> parse_finite(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool is_missing_value(std::string_view text) {
  std::string lower;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.empty() || lower == "?" || lower == "na" || lower == "nan" || lower == "<null>";
}

std::vector<std::string> sorted_levels(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::vector<double> numbers;
  for (const auto& v : values) {
    auto x = parse_finite(v);
    if (!x) return values;  // some text is not a number: lexicographic order
    numbers.push_back(*x);
  }
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // Stable on the lexicographic order, so "1" and "1.0" keep a fixed order.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return numbers[a] < numbers[b]; });
  std::vector<std::string> out;
  for (std::size_t i : order) out.push_back(values[i]);
  return out;
}

EncodedValues encode_values(const std::vector<std::string>& values) {
  EncodedValues out;
  out.levels = sorted_levels(values);
  std::map<std::string, int> code_of;
  for (std::size_t i = 0; i < out.levels.size(); ++i) code_of[out.levels[i]] = static_cast<int>(i);
  out.codes.reserve(values.size());
  for (const auto& v : values) out.codes.push_back(code_of.at(v));
  return out;
}

std::string number_text(double v) { return canonical_number(v); }

void assign_task(Dataset& data, const std::string& positive, const std::string& where) {
  const int k = data.n_classes();
  if (k > 2) {
    if (!positive.empty())
      throw Error(where + ": --positive '" + positive + "' needs binary data, but it has " + std::to_string(k) +
                  " classes");
    data.task = Task::Multiclass;
    data.positive_class = -1;
    return;
  }
  if (k < 2) throw Error(where + ": the target has " + std::to_string(k) + " class(es); at least two are needed");
  data.task = Task::Binary;
  if (!positive.empty()) {
    auto it = std::find(data.class_names.begin(), data.class_names.end(), positive);
    if (it == data.class_names.end()) {
      // Accept "+1" for "1" and "1.0" for "1" when labels are numbers.
      auto wanted = parse_finite(positive);
      it = std::find_if(data.class_names.begin(), data.class_names.end(), [&](const std::string& c) {
        auto v = parse_finite(c);
        return wanted && v && *v == *wanted;
      });
    }
    if (it == data.class_names.end())
      throw Error(where + ": --positive '" + positive + "' is not a class; the classes are '" + data.class_names[0] +
                  "' and '" + data.class_names[1] + "'");
    data.positive_class = static_cast<int>(it - data.class_names.begin());
    return;
  }
  auto counts = class_counts(data.y, 2);
  data.positive_class = counts[0] < counts[1] ? 0 : 1;
}

}  // namespace imbench
