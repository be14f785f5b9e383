// Parses a figure with Python's xml.etree (scripts/oracles/svg_summary.py):
// fails the test when it is not well-formed, else counts elements by class.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>

#include "reports/lib/figures/svg.hpp"
#include "tests/support/oracle.hpp"

namespace imbench::testing {

inline std::map<std::string, int> svg_classes(const reports::figures::Svg& svg) {
  const std::string path = temp_dir() + "/figure.svg";
  svg.save(path);
  std::istringstream lines(run_python("scripts/oracles/svg_summary.py", {path}));
  std::string line;
  std::getline(lines, line);
  REQUIRE(line == "ok");
  std::map<std::string, int> counts;
  while (std::getline(lines, line)) {
    auto tab = line.find('\t');
    counts[line.substr(0, tab)] = std::stoi(line.substr(tab + 1));
  }
  return counts;
}

}  // namespace imbench::testing
