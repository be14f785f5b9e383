#include "core/params.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include "core/error.hpp"

namespace imbench {
namespace {

std::optional<double> parse_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  const char* begin = s.data();
  const char* end = s.data() + s.size();
  if (*begin == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, end, v);
  if (ec != std::errc() || ptr != end) {
    if (s == "inf" || s == "+inf") return std::numeric_limits<double>::infinity();
    if (s == "-inf") return -std::numeric_limits<double>::infinity();
    return std::nullopt;
  }
  return v;
}

std::string bound_number(double v) { return std::isinf(v) ? (v > 0 ? "inf" : "-inf") : canonical_number(v); }

std::string canonical_value(const ParamDef& def, const std::string& raw, const std::string& owner) {
  auto fail = [&](const std::string& why) {
    return Error("parameter '" + def.name + "' of '" + owner + "': value '" + raw + "' " + why);
  };
  switch (def.type) {
    case ParamType::Integer:
    case ParamType::Real: {
      auto v = parse_number(raw);
      if (!v || std::isnan(*v)) throw fail(std::string("is not a number (expected ") + to_string(def.type) + ")");
      bool is_integer = def.type == ParamType::Integer;
      if (is_integer && (std::floor(*v) != *v || std::isinf(*v) || std::abs(*v) > 9.0e15))
        throw fail("is not an integer");
      bool below = def.min && (def.min_exclusive ? *v <= *def.min : *v < *def.min);
      bool above = def.max && (def.max_exclusive ? *v >= *def.max : *v > *def.max);
      if (below || above) throw fail("is out of bounds " + def.bounds_text());
      // Integers are written out in full: "1000000", never "1e+06".
      return is_integer ? std::to_string(static_cast<long long>(*v)) : canonical_number(*v);
    }
    case ParamType::Boolean:
      if (raw == "true" || raw == "1" || raw == "yes" || raw == "on") return "true";
      if (raw == "false" || raw == "0" || raw == "no" || raw == "off") return "false";
      throw fail("is not a boolean (true/false)");
    case ParamType::Choice:
      for (const auto& c : def.choices)
        if (c == raw) return raw;
      throw fail("is not one of " + def.bounds_text());
    case ParamType::Text:
      return def.canonicalize ? def.canonicalize(raw, owner) : raw;
  }
  return raw;
}

}  // namespace

const char* to_string(ParamType type) {
  switch (type) {
    case ParamType::Integer: return "int";
    case ParamType::Real: return "real";
    case ParamType::Boolean: return "bool";
    case ParamType::Text: return "text";
    case ParamType::Choice: return "choice";
  }
  return "?";
}

std::string canonical_number(double v) {
  if (v == 0) return "0";  // folds -0 into 0
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, ptr);
}

std::string ParamDef::bounds_text() const {
  if (type == ParamType::Choice) {
    std::string s = "{";
    for (std::size_t i = 0; i < choices.size(); ++i) s += (i ? ", " : "") + choices[i];
    return s + "}";
  }
  if (!min && !max) return "";
  double lo = min ? *min : -std::numeric_limits<double>::infinity();
  double hi = max ? *max : std::numeric_limits<double>::infinity();
  return std::string(min && !min_exclusive ? "[" : "(") + bound_number(lo) + ", " + bound_number(hi) +
         (max && !max_exclusive ? "]" : ")");
}

ParamSchema& ParamSchema::integer(std::string name, long long default_value, std::optional<double> min,
                                  std::optional<double> max, std::string description) {
  defs_.push_back({std::move(name), ParamType::Integer, std::to_string(default_value), min,
                   max, false, false, {}, std::move(description), {}});
  return *this;
}

ParamSchema& ParamSchema::real(std::string name, double default_value, std::optional<double> min,
                               std::optional<double> max, std::string description, bool min_exclusive,
                               bool max_exclusive) {
  defs_.push_back({std::move(name), ParamType::Real, canonical_number(default_value), min, max, min_exclusive,
                   max_exclusive, {}, std::move(description), {}});
  return *this;
}

ParamSchema& ParamSchema::boolean(std::string name, bool default_value, std::string description) {
  defs_.push_back({std::move(name), ParamType::Boolean, default_value ? "true" : "false", std::nullopt,
                   std::nullopt, false, false, {}, std::move(description), {}});
  return *this;
}

ParamSchema& ParamSchema::choice(std::string name, std::string default_value, std::vector<std::string> choices,
                                 std::string description) {
  defs_.push_back({std::move(name), ParamType::Choice, std::move(default_value), std::nullopt, std::nullopt, false,
                   false, std::move(choices), std::move(description), {}});
  return *this;
}

ParamSchema& ParamSchema::text(std::string name, std::string default_value, std::string description,
                               std::function<std::string(const std::string&, const std::string&)> canonicalize) {
  defs_.push_back({std::move(name), ParamType::Text, std::move(default_value), std::nullopt, std::nullopt, false,
                   false, {}, std::move(description), std::move(canonicalize)});
  return *this;
}

const ParamDef* ParamSchema::find(const std::string& name) const {
  for (const auto& d : defs_)
    if (d.name == name) return &d;
  return nullptr;
}

namespace {
const std::string& lookup(const std::map<std::string, std::string>& values, const std::string& name) {
  auto it = values.find(name);
  if (it == values.end()) throw Error("internal: parameter '" + name + "' was not declared by the plugin");
  return it->second;
}
}  // namespace

long long Params::integer(const std::string& name) const { return std::stoll(lookup(values_, name)); }
double Params::real(const std::string& name) const { return *parse_number(lookup(values_, name)); }
bool Params::boolean(const std::string& name) const { return lookup(values_, name) == "true"; }
const std::string& Params::text(const std::string& name) const { return lookup(values_, name); }

Params resolve_params(const ParamSchema& schema, const std::map<std::string, std::string>& given,
                      const std::string& owner) {
  std::vector<std::string> known;
  for (const auto& d : schema.defs()) known.push_back(d.name);
  for (const auto& [key, value] : given)
    if (!schema.find(key)) throw Error(unknown_name_message("parameter of '" + owner + "'", key, known));
  std::map<std::string, std::string> values;
  for (const auto& d : schema.defs()) {
    auto it = given.find(d.name);
    values[d.name] = canonical_value(d, it == given.end() ? d.default_value : it->second, owner);
  }
  return Params(std::move(values));
}

}  // namespace imbench
