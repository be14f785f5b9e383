#include "algorithms/resample/smote_nc/nominal_columns.hpp"

#include <algorithm>
#include <charconv>

#include "core/error.hpp"

namespace imbench {
namespace {

// "{3,0,3}" -> {0, 3}; throws Error on anything but braces around non-negative integers.
std::vector<std::size_t> parse_indices(const std::string& text, const std::string& owner) {
  auto bad = [&](const std::string& why) {
    return Error("parameter 'categorical_features' of '" + owner + "': value '" + text + "' " + why +
                 "; use auto (the data set's categorical mask) or column indices such as {0,3}");
  };
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') throw bad("is not auto or {indices}");
  std::vector<std::size_t> out;
  const std::string inner = text.substr(1, text.size() - 2);
  std::size_t start = 0;
  while (start <= inner.size() && !inner.empty()) {
    std::size_t end = inner.find(',', start);
    if (end == std::string::npos) end = inner.size();
    std::string item = inner.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    std::size_t value = 0;
    auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || ec != std::errc() || ptr != item.data() + item.size())
      throw bad("holds '" + item + "', which is not a column index");
    out.push_back(value);
    start = end + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

ParamSchema& add_categorical_features(ParamSchema& schema) {
  return schema.text("categorical_features", "auto",
                     "Nominal columns: auto (the data set's categorical mask) or indices such as {0,3}",
                     [](const std::string& value, const std::string& owner) {
                       if (value == "auto") return value;
                       std::string canonical = "{";
                       for (std::size_t i : parse_indices(value, owner))
                         canonical += (canonical.size() > 1 ? "," : "") + std::to_string(i);
                       return canonical + "}";
                     });
}

std::vector<std::size_t> nominal_columns(const std::string& text, const LabelledData& data, const std::string& owner) {
  const auto d = static_cast<std::size_t>(data.X.cols());
  std::vector<std::size_t> out;
  if (text == "auto") {
    if (data.categorical)
      for (std::size_t j = 0; j < data.categorical->size() && j < d; ++j)
        if ((*data.categorical)[j]) out.push_back(j);
    return out;
  }
  out = parse_indices(text, owner);
  if (!out.empty() && out.back() >= d)
    throw Error(owner + ": categorical_features names column " + std::to_string(out.back()) + ", but the data has " +
                std::to_string(d) + " columns (indices 0.." + std::to_string(d - 1) + ")");
  return out;
}

}  // namespace imbench
