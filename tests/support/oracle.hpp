// Runs reference implementations (scikit-learn, imbalanced-learn through
// /usr/bin/python3) from tests, exchanging plain text files.
#pragma once

#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench::testing {

// Absolute path of a file in the source tree, e.g. source_path("scripts/oracles/x.py").
std::string source_path(const std::string& relative);

// A fresh empty directory under the system temp dir, removed at exit.
std::string temp_dir();

// Runs `command` through the shell; returns its stdout. Fails the test
// (throws) with the command's stderr when it exits non-zero.
std::string run_command(const std::string& command);

// Runs /usr/bin/python3 SCRIPT ARGS... and returns stdout.
std::string run_python(const std::string& script_relative, const std::vector<std::string>& args);

// Writes a matrix as CSV (full precision, %.17g) and reads one back.
void write_csv(const std::string& path, const Matrix& M);
Matrix read_csv(const std::string& path);
void write_labels(const std::string& path, const Labels& y);  // one per line
Labels read_labels(const std::string& path);

}  // namespace imbench::testing
