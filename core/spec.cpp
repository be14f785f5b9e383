#include "core/spec.hpp"

#include <cctype>

#include "core/error.hpp"

namespace imbench {
namespace {

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// Splits on `sep` outside braces.
std::vector<std::string> split_top_level(std::string_view s, char sep, std::string_view whole) {
  std::vector<std::string> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '{') ++depth;
    if (s[i] == '}' && --depth < 0) throw Error("spec '" + std::string(whole) + "': unbalanced '}'");
    if (s[i] == sep && depth == 0) {
      parts.push_back(std::string(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (depth != 0) throw Error("spec '" + std::string(whole) + "': unbalanced '{'");
  parts.push_back(std::string(s.substr(start)));
  return parts;
}

bool valid_identifier(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
  return true;
}

}  // namespace

std::string Spec::text() const {
  std::string s = name;
  char sep = ':';
  for (const auto& [k, v] : params) {
    s += sep + k + "=" + v;
    sep = ',';
  }
  return s;
}

Spec parse_spec(std::string_view text) {
  std::string whole = trim(text);
  Spec spec;
  auto colon = whole.find(':');
  spec.name = trim(std::string_view(whole).substr(0, colon));
  if (!valid_identifier(spec.name))
    throw Error("spec '" + whole + "': '" + spec.name + "' is not a plugin name (letters, digits, _ - .)");
  if (colon == std::string::npos) return spec;
  std::string rest = whole.substr(colon + 1);
  if (trim(rest).empty()) return spec;
  for (const std::string& part : split_top_level(rest, ',', whole)) {
    auto eq = part.find('=');
    if (eq == std::string::npos)
      throw Error("spec '" + whole + "': parameter '" + trim(part) + "' has no '=value'");
    std::string key = trim(std::string_view(part).substr(0, eq));
    std::string value = trim(std::string_view(part).substr(eq + 1));
    if (!valid_identifier(key)) throw Error("spec '" + whole + "': '" + key + "' is not a parameter name");
    if (value.empty()) throw Error("spec '" + whole + "': parameter '" + key + "' has an empty value");
    if (!spec.params.emplace(key, value).second)
      throw Error("spec '" + whole + "': parameter '" + key + "' is given twice");
  }
  return spec;
}

const std::vector<std::string>& pipeline_stages() {
  static const std::vector<std::string> stages = {"resample", "weight", "model"};
  return stages;
}

const Spec* PipelineSpec::stage(const std::string& name) const {
  auto it = stages.find(name);
  return it == stages.end() ? nullptr : &it->second;
}

std::string PipelineSpec::text() const {
  std::string s;
  for (const auto& name : pipeline_stages()) {
    if (const Spec* spec = stage(name)) s += (s.empty() ? "" : " ") + name + "=" + spec->text();
  }
  return s;
}

PipelineSpec parse_pipeline(std::string_view text) {
  PipelineSpec pipeline;
  std::string whole = trim(text);
  std::vector<std::string> words;
  int depth = 0;
  std::string current;
  for (char c : whole) {
    if (c == '{') ++depth;
    if (c == '}') --depth;
    if (std::isspace(static_cast<unsigned char>(c)) && depth == 0) {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(current);
  if (words.empty()) throw Error("pipeline is empty; expected e.g. 'resample=smote weight=balanced model=logreg'");
  for (const std::string& word : words) {
    auto eq = word.find('=');
    std::string stage = word.substr(0, eq);
    bool known = false;
    for (const auto& s : pipeline_stages()) known = known || s == stage;
    if (eq == std::string::npos || !known)
      throw Error("pipeline '" + whole + "': '" + word + "' is not 'stage=plugin'; " +
                  unknown_name_message("stage", stage, pipeline_stages()));
    if (pipeline.stages.count(stage)) throw Error("pipeline '" + whole + "': stage '" + stage + "' is given twice");
    pipeline.stages[stage] = parse_spec(std::string_view(word).substr(eq + 1));
  }
  return pipeline;
}

}  // namespace imbench
