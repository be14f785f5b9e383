#include "algorithms/resample/shared/nested_spec.hpp"

namespace imbench {

std::string strip_braces(const std::string& value) {
  if (value.size() >= 2 && value.front() == '{' && value.back() == '}') return value.substr(1, value.size() - 2);
  return value;
}

std::vector<std::string> split_steps(const std::string& value, const std::string& owner, const std::string& parameter) {
  const std::string inner = strip_braces(value);
  std::vector<std::string> parts;
  int depth = 0;
  std::string current;
  for (char c : inner) {
    if (c == '{') ++depth;
    if (c == '}') --depth;
    if (c == ';' && depth == 0) {
      parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.push_back(current);
  for (const std::string& part : parts)
    if (part.find_first_not_of(" \t") == std::string::npos)
      throw Error("parameter '" + parameter + "' of '" + owner + "': value '" + value +
                  "' has an empty step; expected e.g. {smote:k_neighbors=3;tomek_links}");
  return parts;
}

Spec canonical_inner_spec(Kind kind, const std::string& text, const std::string& owner, const std::string& parameter) {
  try {
    return Registry::instance().canonicalize(kind, parse_spec(strip_braces(text)));
  } catch (const Error& e) {
    throw Error("parameter '" + parameter + "' of '" + owner + "': " + e.what());
  }
}

std::string braced(const std::string& text) { return "{" + text + "}"; }

}  // namespace imbench
