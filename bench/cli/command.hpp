// `imbench` subcommands. Each lives in its own file and registers itself;
// main.cpp only dispatches.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace imbench::cli {

struct Command {
  std::string name;     // "run", "report", "datasets", ...
  std::string summary;  // one line for `imbench --help`
  // Receives the arguments after the command name. Returns the exit code.
  // May throw imbench::Error; main prints it as "imbench NAME: error: ...".
  std::function<int(const std::vector<std::string>& args)> run;
};

bool register_command(Command command);
const std::vector<Command>& commands();

}  // namespace imbench::cli

#define IMBENCH_CLI_CONCAT_INNER(a, b) a##b
#define IMBENCH_CLI_CONCAT(a, b) IMBENCH_CLI_CONCAT_INNER(a, b)
#define IMBENCH_REGISTER_COMMAND(...)                                        \
  namespace {                                                                \
  const bool IMBENCH_CLI_CONCAT(imbench_command_, __LINE__) =                \
      ::imbench::cli::register_command(::imbench::cli::Command __VA_ARGS__); \
  }
