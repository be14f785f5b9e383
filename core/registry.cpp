#include "core/registry.hpp"

#include <algorithm>

namespace imbench {

const std::vector<Kind>& all_kinds() {
  static const std::vector<Kind> kinds = {Kind::Resample, Kind::Weight, Kind::Model, Kind::Metric, Kind::Loss, Kind::Schedule};
  return kinds;
}

const char* to_string(Kind kind) {
  switch (kind) {
    case Kind::Resample: return "resample";
    case Kind::Weight: return "weight";
    case Kind::Model: return "model";
    case Kind::Metric: return "metric";
    case Kind::Loss: return "loss";
    case Kind::Schedule: return "schedule";
  }
  return "?";
}

Kind kind_from_string(const std::string& text) {
  std::vector<std::string> names;
  for (Kind k : all_kinds()) {
    if (text == to_string(k)) return k;
    names.push_back(to_string(k));
  }
  throw Error(unknown_name_message("plugin kind", text, names));
}

std::string Capabilities::text() const {
  std::string s;
  auto add = [&](bool on, const char* word) {
    if (on) s += (s.empty() ? "" : ", ") + std::string(word);
  };
  add(binary, "binary");
  add(multiclass, "multiclass");
  add(sample_weights, "sample_weights");
  add(regression, "regression");
  add(epochs, "epochs");
  add(one_class, "one_class");
  return s;
}

Registry& Registry::instance() {
  static Registry registry;
  return registry;
}

bool Registry::add(PluginInfo info) {
  for (const auto& p : plugins_)
    if (p.kind == info.kind && p.name == info.name)
      throw Error(std::string("internal: plugin '") + info.name + "' of kind " + to_string(info.kind) +
                  " is registered twice");
  plugins_.push_back(std::move(info));
  return true;
}

const PluginInfo& Registry::find(Kind kind, const std::string& name) const {
  std::vector<std::string> names;
  for (const auto& p : plugins_) {
    if (p.kind != kind) continue;
    if (p.name == name) return p;
    names.push_back(p.name);
  }
  throw Error(unknown_name_message(std::string(to_string(kind)) + " plugin", name, names));
}

std::vector<const PluginInfo*> Registry::list() const {
  std::vector<const PluginInfo*> out;
  for (const auto& p : plugins_) out.push_back(&p);
  std::sort(out.begin(), out.end(), [](const PluginInfo* a, const PluginInfo* b) {
    if (a->kind != b->kind) return a->kind < b->kind;
    return a->name < b->name;
  });
  return out;
}

std::vector<const PluginInfo*> Registry::list(Kind kind) const {
  std::vector<const PluginInfo*> out;
  for (const PluginInfo* p : list())
    if (p->kind == kind) out.push_back(p);
  return out;
}

Spec Registry::canonicalize(Kind kind, const Spec& spec) const {
  const PluginInfo& info = find(kind, spec.name);
  return Spec{spec.name, resolve_params(info.schema, spec.params, spec.name).values()};
}

bool metric_higher_is_better(const Spec& metric) {
  const Registry& registry = Registry::instance();
  if (registry.find(Kind::Metric, metric.name).capabilities.classification())
    return registry.build<Metric>(Kind::Metric, metric).plugin->higher_is_better();
  return registry.build<RegressionMetric>(Kind::Metric, metric).plugin->higher_is_better();
}

}  // namespace imbench
