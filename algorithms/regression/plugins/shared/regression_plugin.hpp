// What every imbalanced-regression plugin shares: its capabilities and the
// way it names itself in errors raised by the library underneath.
#pragma once

#include <string>
#include <utility>

#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench::regression {

// Float targets only: classification data sets never reach these plugins.
inline Capabilities regression_only() { return Capabilities{.binary = false, .multiclass = false, .regression = true}; }

// Runs `work` and prefixes "plugin: " to an imbench::Error that does not name the plugin yet, so a user
// reading "relevance bumps: no case has relevance >= 0.5" also learns which stage of the pipeline failed.
template <class Work>
auto named_errors(const std::string& plugin, Work&& work) -> decltype(work()) {
  try {
    return std::forward<Work>(work)();
  } catch (const Error& e) {
    const std::string message = e.what();
    if (message.rfind(plugin + ":", 0) == 0) throw;
    throw Error(plugin + ": " + message);
  }
}

}  // namespace imbench::regression
