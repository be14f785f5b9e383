// imbench: entry point. Dispatches to the registered subcommands.
#include <boost/program_options/errors.hpp>
#include <exception>
#include <iostream>

#include "bench/cli/command.hpp"
#include "core/error.hpp"
#include "core/large_matrix.hpp"

namespace imbench::cli {

namespace {
std::vector<Command>& command_list() {
  static std::vector<Command> list;
  return list;
}

void print_usage(std::ostream& out) {
  out << "imbench " << IMBENCH_VERSION << " - benchmarks for learning from imbalanced data\n\n"
      << "usage: imbench COMMAND [options]   (imbench COMMAND --help for its options)\n\ncommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name << std::string(c.name.size() < 12 ? 12 - c.name.size() : 1, ' ') << c.summary << "\n";
  }
}
}  // namespace

bool register_command(Command command) {
  command_list().push_back(std::move(command));
  return true;
}

const std::vector<Command>& commands() { return command_list(); }

}  // namespace imbench::cli

int main(int argc, char** argv) {
  using namespace imbench::cli;
  imbench::keep_freed_memory();
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    print_usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  if (std::string(argv[1]) == "--version") {
    std::cout << "imbench " << IMBENCH_VERSION << "\n";
    return 0;
  }
  std::string name = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  std::vector<std::string> names;
  for (const auto& c : commands()) {
    names.push_back(c.name);
    if (c.name != name) continue;
    try {
      return c.run(args);
    } catch (const imbench::Error& e) {
      std::cerr << "imbench " << name << ": error: " << e.what() << "\n";
      return 1;
    } catch (const boost::program_options::error& e) {
      std::cerr << "imbench " << name << ": error: " << e.what() << " (see imbench " << name << " --help)\n";
      return 2;
    } catch (const std::exception& e) {
      std::cerr << "imbench " << name << ": internal error: " << e.what() << "\n";
      return 3;
    }
  }
  std::cerr << "imbench: " << imbench::unknown_name_message("command", name, names) << "\n";
  return 2;
}
