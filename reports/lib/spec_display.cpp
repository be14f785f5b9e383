#include "reports/lib/spec_display.hpp"

#include <set>

#include "reports/lib/aggregate.hpp"

namespace imbench::reports {

std::string short_spec(Kind kind, const std::string& spec) {
  try {
    Spec parsed = parse_spec(spec);
    const PluginInfo& info = Registry::instance().find(kind, parsed.name);
    for (auto it = parsed.params.begin(); it != parsed.params.end();) {
      const ParamDef* def = info.schema.find(it->first);
      it = def && def->default_value == it->second ? parsed.params.erase(it) : std::next(it);
    }
    return parsed.text();
  } catch (const Error&) {
    return spec;
  }
}

bool regression_model(const std::string& model_spec) {
  try {
    const Capabilities& can = Registry::instance().find(Kind::Model, parse_spec(model_spec).name).capabilities;
    return can.regression && !can.classification();
  } catch (const Error&) {
    return false;
  }
}

std::string pipeline_label(const std::string& pipeline) {
  PipelineParts parts = split_pipeline(pipeline);
  std::string label;
  auto add = [&](Kind kind, const std::string& spec) {
    std::string shown = short_spec(kind, spec);
    if (shown == "none") return;
    if (!label.empty()) label += " + ";
    label += shown;
  };
  add(Kind::Resample, parts.sampling);
  if (parts.modifiers != "none") add(Kind::Weight, parts.modifiers);
  add(Kind::Model, parts.classifier);
  return label;
}

const std::string& DatasetLabels::operator()(const std::string& name) const {
  auto it = label.find(name);
  return it == label.end() ? name : it->second;
}

DatasetLabels dataset_labels(const std::vector<std::string>& names) {
  DatasetLabels labels;
  // generator -> (name, its spec), for the names that parse as specs with parameters
  std::map<std::string, std::vector<std::pair<std::string, Spec>>> by_generator;
  for (const std::string& name : std::set<std::string>(names.begin(), names.end())) {
    labels.label[name] = name;
    if (name.find(':') == std::string::npos) continue;
    try {
      Spec spec = parse_spec(name);
      by_generator[spec.name].emplace_back(name, spec);
    } catch (const Error&) {
      // not a spec: shown as it is
    }
  }
  for (const auto& [generator, specs] : by_generator) {
    if (specs.size() < 2) continue;
    std::map<std::string, std::string> shared = specs.front().second.params;
    for (const auto& [name, spec] : specs)
      for (auto it = shared.begin(); it != shared.end();) {
        auto other = spec.params.find(it->first);
        it = other == spec.params.end() || other->second != it->second ? shared.erase(it) : std::next(it);
      }
    if (shared.empty()) continue;
    for (auto [name, spec] : specs) {
      for (const auto& [key, _] : shared) spec.params.erase(key);
      labels.label[name] = spec.text();
    }
    std::string common;
    for (const auto& [key, value] : shared) common += (common.empty() ? "" : ", ") + key + "=" + value;
    labels.note += (labels.note.empty() ? "" : " ") + std::string("Data sets ") + generator + ":... share " + common + ".";
  }
  return labels;
}

}  // namespace imbench::reports
