// Runs one_sided_selection's and condensed_nn's fixed-seed imblearn oracles: both sides get the same
// seed positions from draw_oss_seeds, so their kept rows must agree (header only, tests only).
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "algorithms/resample/one_sided_selection/one_sided_selection.hpp"
#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

namespace imbench::fixed_seed_oracle {

struct Case {
  std::string strategy;
  std::size_t n_neighbors;
  std::size_t n_seeds;
};

// "class:pos,pos/class:pos", the oracles' seed format.
inline std::string seeds_text(const SeedPositions& seeds) {
  std::string text;
  for (const auto& [cls, positions] : seeds) {
    text += (text.empty() ? "" : "/") + std::to_string(cls) + ":";
    for (std::size_t i = 0; i < positions.size(); ++i) text += (i ? "," : "") + std::to_string(positions[i]);
  }
  return text;
}

inline std::string joined(const Indices& rows) {
  std::string text;
  for (std::size_t r : rows) text += (text.empty() ? "" : " ") + std::to_string(r);
  return text;
}

// imbench's kept rows for one case, given its targets and seeds.
using Select = std::function<Indices(const ClassTargets&, const SeedPositions&, const Case&)>;

struct Outputs {
  std::vector<std::string> ours;    // one line per case
  std::vector<std::string> oracle;  // every line the oracle printed, in order
};

// Draws each case's seeds from RandomStream::keyed(stream_key, strategy, n_seeds), keeps rows with `select`
// and runs `script mode X.csv y.txt cases.txt` with the same seeds.
inline Outputs run(const test_data::Labelled& d, const std::vector<Case>& cases, const char* stream_key,
                   const std::string& script, const std::string& mode, const Select& select) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  Outputs out;
  {
    std::ofstream lines(dir + "/cases.txt");
    for (const Case& c : cases) {
      const ClassTargets targets = SamplingStrategy(c.strategy, "test").targets(d.y, d.n_classes, SamplingType::Clean);
      RandomStream rng = RandomStream::keyed(stream_key, c.strategy, c.n_seeds);
      const SeedPositions seeds = draw_oss_seeds(d.y, d.n_classes, targets, c.n_seeds, rng);
      lines << c.strategy << " " << c.n_neighbors << " " << seeds_text(seeds) << "\n";
      out.ours.push_back(joined(select(targets, seeds, c)));
    }
  }
  std::istringstream printed(testing::run_python(script, {mode, dir + "/X.csv", dir + "/y.txt", dir + "/cases.txt"}));
  for (std::string line; std::getline(printed, line);) out.oracle.push_back(line);
  return out;
}

// The script's self check: its fixed-seed loop equals imblearn's sampler given imblearn's own seeds.
inline void check_self(const test_data::Labelled& d, const std::string& script, const std::string& mode) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  CHECK(testing::run_python(script, {mode, dir + "/X.csv", dir + "/y.txt"}) == "ok\n");
}

}  // namespace imbench::fixed_seed_oracle
