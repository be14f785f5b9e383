// Typed, bounded, described plugin parameters.
//
// A plugin declares a ParamSchema; user text (from a spec string) is checked
// against it and turned into Params, where every parameter has a value in
// canonical text form (defaults made explicit, numbers in shortest
// round-trip form). That canonical text is part of the configuration's
// identity, so it must not depend on how the user spelled a value.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace imbench {

enum class ParamType { Integer, Real, Boolean, Text, Choice };
const char* to_string(ParamType type);

struct ParamDef {
  std::string name;
  ParamType type = ParamType::Real;
  std::string default_value;  // canonical text
  std::optional<double> min, max;
  bool min_exclusive = false, max_exclusive = false;
  std::vector<std::string> choices;  // for Choice
  std::string description;
  // For Text: turns accepted spellings into one canonical text (and throws
  // Error on malformed values), so "0.50" and "0.5" name the same configuration.
  std::function<std::string(const std::string& value, const std::string& owner)> canonicalize;

  std::string bounds_text() const;  // "[1, inf)", "(0, 1]", "{gini, entropy}", ""
};

class ParamSchema {
 public:
  ParamSchema& integer(std::string name, long long default_value, std::optional<double> min,
                       std::optional<double> max, std::string description);
  ParamSchema& real(std::string name, double default_value, std::optional<double> min,
                    std::optional<double> max, std::string description, bool min_exclusive = false,
                    bool max_exclusive = false);
  ParamSchema& boolean(std::string name, bool default_value, std::string description);
  ParamSchema& choice(std::string name, std::string default_value, std::vector<std::string> choices,
                      std::string description);
  // Free text checked by the plugin itself (e.g. a sampling_strategy);
  // `canonicalize`, when given, validates and normalises the text.
  ParamSchema& text(std::string name, std::string default_value, std::string description,
                    std::function<std::string(const std::string&, const std::string&)> canonicalize = {});

  const std::vector<ParamDef>& defs() const { return defs_; }
  const ParamDef* find(const std::string& name) const;

 private:
  std::vector<ParamDef> defs_;
};

class Params {
 public:
  Params() = default;
  explicit Params(std::map<std::string, std::string> values) : values_(std::move(values)) {}

  long long integer(const std::string& name) const;
  double real(const std::string& name) const;
  bool boolean(const std::string& name) const;
  const std::string& text(const std::string& name) const;
  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, std::string> values_;
};

// Validates `given` against `schema` for plugin `owner` (used in messages)
// and returns canonical values with every default filled in.
// Throws Error naming the plugin, parameter, value and allowed range.
Params resolve_params(const ParamSchema& schema, const std::map<std::string, std::string>& given,
                      const std::string& owner);

// Shortest text that parses back to exactly `v` ("0.1", "1e-06", "100").
std::string canonical_number(double v);

}  // namespace imbench
