#include "datasets/lib/generator_lists.hpp"

#include <cmath>

#include "core/error.hpp"
#include "core/params.hpp"
#include "datasets/lib/encoding.hpp"

namespace imbench {
namespace {

std::vector<double> numbers(const std::string& text, const std::string& owner) {
  std::vector<double> out;
  for (const auto& item : list_items(text)) {
    auto v = parse_finite(item);
    if (!v || *v < 0) throw Error(owner + ": weights '" + text + "': '" + item + "' is not a number >= 0");
    out.push_back(*v);
  }
  return out;
}

}  // namespace

std::vector<std::string> list_items(const std::string& text) {
  std::string body = text;
  char separator = ';';
  if (body.size() >= 2 && body.front() == '{' && body.back() == '}') {
    body = body.substr(1, body.size() - 2);
    separator = body.find(';') == std::string::npos ? ',' : ';';
  }
  std::vector<std::string> items;
  std::size_t start = 0;
  while (true) {
    std::size_t end = body.find(separator, start);
    std::string item = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
    items.push_back(b == std::string::npos ? "" : item.substr(b, e - b + 1));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return items;
}

std::vector<double> class_weights(const std::string& text, int n_classes, const std::string& owner) {
  if (text == "none") return std::vector<double>(static_cast<std::size_t>(n_classes), 1.0 / n_classes);
  std::vector<double> w = numbers(text, owner);
  if (w.size() + 1 == static_cast<std::size_t>(n_classes)) {
    double sum = 0;
    for (double v : w) sum += v;
    w.push_back(1.0 - sum);
    if (w.back() < 0) throw Error(owner + ": weights '" + text + "' sum to more than 1");
  }
  if (w.size() != static_cast<std::size_t>(n_classes))
    throw Error(owner + ": weights '" + text + "' has " + std::to_string(w.size()) + " values; n_classes = " +
                std::to_string(n_classes) + " needs " + std::to_string(n_classes) + " or " +
                std::to_string(n_classes - 1));
  return w;
}

std::string canonical_weights(const std::string& text, const std::string& owner) {
  if (text == "none") return text;
  std::string out;
  for (double v : numbers(text, owner)) out += (out.empty() ? "" : ";") + canonical_number(v);
  return out;
}

std::map<std::string, std::size_t> class_count_targets(const std::string& text, const std::string& owner) {
  std::map<std::string, std::size_t> out;
  for (const auto& item : list_items(text)) {
    auto colon = item.rfind(':');
    auto count = colon == std::string::npos ? std::nullopt : parse_finite(item.substr(colon + 1));
    if (!count || *count < 1 || *count != std::floor(*count))
      throw Error(owner + ": counts '" + text + "': '" + item + "' is not 'label:count' with a count >= 1");
    std::string label = item.substr(0, colon);
    if (!out.emplace(label, static_cast<std::size_t>(*count)).second)
      throw Error(owner + ": counts '" + text + "': class '" + label + "' is given twice");
  }
  return out;
}

std::string canonical_counts(const std::string& text, const std::string& owner) {
  std::string out;
  for (const auto& [label, count] : class_count_targets(text, owner))
    out += (out.empty() ? "" : ";") + label + ":" + std::to_string(count);
  return out;
}

}  // namespace imbench
