// The plugin registry. A plugin registers itself from its own .cpp file with
// IMBENCH_REGISTER_PLUGIN; nothing else in the code base lists plugins.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

enum class Kind { Resample, Weight, Model, Metric, Loss, Schedule };
const char* to_string(Kind kind);
Kind kind_from_string(const std::string& text);  // throws Error listing the kinds
const std::vector<Kind>& all_kinds();

struct Capabilities {
  bool binary = true;
  bool multiclass = true;
  bool sample_weights = false;  // a model that uses per-sample weights
  // Works on float targets through the kind's Regression* interface (core/plugin.hpp). A regression-only
  // plugin sets binary and multiclass to false.
  bool regression = false;
  bool epochs = false;  // a model that trains in epochs and takes a training schedule plugin
  bool one_class = false;  // a model that never sees labels (an anomaly detector); they only name the positive class
  bool classification() const { return binary || multiclass; }
  std::string text() const;  // "binary, multiclass, sample_weights, regression, epochs, one_class"
};

struct PluginInfo {
  Kind kind;
  std::string name;
  std::string summary;   // one line
  std::string citation;  // paper or reference implementation
  ParamSchema schema;
  Capabilities capabilities;
  std::function<std::unique_ptr<Plugin>(const Params&)> make;
};

// A plugin built from a spec, with the canonical spec that identifies it.
template <class T>
struct Built {
  std::unique_ptr<T> plugin;
  Spec canonical;
};

class Registry {
 public:
  static Registry& instance();

  bool add(PluginInfo info);  // returns true so it can initialise a static
  const PluginInfo& find(Kind kind, const std::string& name) const;
  std::vector<const PluginInfo*> list() const;  // sorted by kind, then name
  std::vector<const PluginInfo*> list(Kind kind) const;

  // Checks the spec's parameters against the schema; every default made explicit.
  Spec canonicalize(Kind kind, const Spec& spec) const;

  template <class T>
  Built<T> build(Kind kind, const Spec& spec) const {
    const PluginInfo& info = find(kind, spec.name);
    Params params = resolve_params(info.schema, spec.params, spec.name);
    std::unique_ptr<Plugin> made = info.make(params);
    T* typed = dynamic_cast<T*>(made.get());
    if (!typed) throw Error("internal: plugin '" + spec.name + "' does not implement its kind's interface");
    made.release();
    return {std::unique_ptr<T>(typed), Spec{spec.name, params.values()}};
  }

 private:
  std::vector<PluginInfo> plugins_;
};

// Whether a larger value of the metric is better, for classification and regression metrics alike.
bool metric_higher_is_better(const Spec& metric);

}  // namespace imbench

#define IMBENCH_CONCAT_INNER(a, b) a##b
#define IMBENCH_CONCAT(a, b) IMBENCH_CONCAT_INNER(a, b)
// Usage, at namespace scope in the plugin's .cpp:
//   IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote", "...", "Chawla et al. 2002", schema, {}, make});
#define IMBENCH_REGISTER_PLUGIN(...)                                              \
  namespace {                                                                     \
  const bool IMBENCH_CONCAT(imbench_registered_, __LINE__) =                      \
      ::imbench::Registry::instance().add(::imbench::PluginInfo __VA_ARGS__);     \
  }
