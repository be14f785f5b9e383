#include "reports/lib/spec_display.hpp"

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

}  // namespace imbench::reports
