// `imbench list [--kind K]` and `imbench describe NAME`: what the registry holds.
#include <boost/program_options.hpp>
#include <iostream>

#include "bench/cli/command.hpp"
#include "core/registry.hpp"

namespace imbench::cli {
namespace {

namespace po = boost::program_options;

void print_plugin_line(const PluginInfo& p) {
  std::string name = p.name;
  if (name.size() < 22) name.resize(22, ' ');
  std::cout << "  " << name << " " << p.summary << "\n";
}

int list_plugins(const std::vector<std::string>& args) {
  po::options_description options("imbench list [--kind resample|weight|model|metric]");
  options.add_options()("help,h", "show this help")("kind", po::value<std::string>(), "only plugins of this kind");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  if (vm.count("help")) {
    std::cout << options;
    return 0;
  }
  std::vector<Kind> kinds = all_kinds();
  if (vm.count("kind")) kinds = {kind_from_string(vm["kind"].as<std::string>())};
  for (Kind kind : kinds) {
    std::cout << to_string(kind) << ":\n";
    for (const PluginInfo* p : Registry::instance().list(kind)) print_plugin_line(*p);
  }
  return 0;
}

void print_param(const ParamDef& d) {
  std::cout << "  " << d.name << " (" << to_string(d.type) << ", default " << d.default_value;
  std::string bounds = d.bounds_text();
  if (!bounds.empty()) std::cout << ", " << (d.type == ParamType::Choice ? "one of " : "in ") << bounds;
  std::cout << ")\n      " << d.description << "\n";
}

int describe_plugin(const std::vector<std::string>& args) {
  po::options_description options("imbench describe NAME [--kind K]");
  options.add_options()("help,h", "show this help")("name", po::value<std::string>(), "plugin name")(
      "kind", po::value<std::string>(), "kind, when the name exists in several kinds");
  po::positional_options_description positional;
  positional.add("name", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help") || !vm.count("name")) {
    std::cout << options;
    return vm.count("help") ? 0 : 2;
  }
  const std::string name = vm["name"].as<std::string>();
  std::vector<const PluginInfo*> matches;
  std::vector<std::string> all_names;
  for (const PluginInfo* p : Registry::instance().list()) {
    all_names.push_back(p->name);
    bool kind_ok = !vm.count("kind") || to_string(p->kind) == vm["kind"].as<std::string>();
    if (p->name == name && kind_ok) matches.push_back(p);
  }
  if (matches.empty()) throw Error(unknown_name_message("plugin", name, all_names));
  for (const PluginInfo* p : matches) {
    std::cout << p->name << " (" << to_string(p->kind) << ")\n  " << p->summary << "\n";
    if (!p->citation.empty()) std::cout << "citation: " << p->citation << "\n";
    std::cout << "supports: " << p->capabilities.text() << "\n";
    std::cout << "parameters:" << (p->schema.defs().empty() ? " none\n" : "\n");
    for (const auto& d : p->schema.defs()) print_param(d);
    std::cout << "default spec: " << Registry::instance().canonicalize(p->kind, Spec{p->name, {}}).text() << "\n";
  }
  return 0;
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"list", "list registered plugins", list_plugins})
IMBENCH_REGISTER_COMMAND({"describe", "show a plugin's parameters, defaults, bounds and citation", describe_plugin})

}  // namespace imbench::cli
