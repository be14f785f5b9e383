// Compares cleaning under-samplers with imbalanced-learn 0.10 through
// scripts/oracles/imblearn_cleaners.py (header only, tests only).
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/test_data.hpp"
#include "datasets/lib/catalogue.hpp"
#include "tests/support/oracle.hpp"

namespace imbench::cleaning_oracle {

struct Case {
  std::string spec;    // imbench spec, e.g. "enn:kind_sel=mode"
  std::string oracle;  // oracle line, e.g. "enn auto kind_sel=mode"
};

// Names each output row by the lowest input row with the same features and
// label, as the oracle does, so duplicates compare exactly; "error" when
// the resampler throws.
inline std::string output_rows(const test_data::Labelled& d, const std::string& spec) {
  std::map<std::pair<std::vector<double>, int>, std::size_t> first;
  auto key = [](const Eigen::RowVectorXd& row, int label) {
    return std::pair{std::vector<double>(row.data(), row.data() + row.size()), label};
  };
  for (Eigen::Index i = d.X.rows(); i-- > 0;) first[key(d.X.row(i), d.y[static_cast<std::size_t>(i)])] = static_cast<std::size_t>(i);
  try {
    RandomStream rng = RandomStream::keyed("cleaners");
    Resampled r = test_data::resampler(spec)->resample(d.view(), rng);
    std::string out;
    for (Eigen::Index i = 0; i < r.X.rows(); ++i) {
      auto found = first.find(key(r.X.row(i), r.y[static_cast<std::size_t>(i)]));
      out += (out.empty() ? "" : " ") + (found == first.end() ? std::string("new") : std::to_string(found->second));
    }
    return out;
  } catch (const Error&) {
    return "error";
  }
}

// imblearn's output rows for each oracle line, named as output_rows names them.
inline std::vector<std::string> imblearn_rows(const test_data::Labelled& d, const std::vector<std::string>& oracle_lines) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  {
    std::ofstream lines(dir + "/cases.txt");
    for (const std::string& line : oracle_lines) lines << line << "\n";
  }
  std::istringstream expected(testing::run_python("scripts/oracles/imblearn_cleaners.py",
                                                  {dir + "/X.csv", dir + "/y.txt", dir + "/cases.txt"}));
  std::vector<std::string> rows(oracle_lines.size());
  for (std::string& row : rows) std::getline(expected, row);
  return rows;
}

// Each case's output rows, imbench's and imblearn's, must be the same
// sequence.
inline void check(const test_data::Labelled& d, const std::vector<Case>& cases) {
  std::vector<std::string> lines;
  for (const Case& c : cases) lines.push_back(c.oracle);
  const std::vector<std::string> expected = imblearn_rows(d, lines);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("imbench " << cases[i].spec << " vs imblearn " << cases[i].oracle);
    CHECK(output_rows(d, cases[i].spec) == expected[i]);
  }
}

inline test_data::Labelled from_dataset(const std::string& name) {
  Dataset ds = load_dataset(name);
  return {ds.X, ds.y, ds.n_classes()};
}

// Blobs with every feature rounded to a coarse grid: many exact duplicates,
// some of them across classes, and many equal distances.
inline test_data::Labelled duplicate_heavy(const std::vector<std::size_t>& sizes, const char* key) {
  test_data::Labelled d = test_data::blobs(sizes, 2, RandomStream::keyed(key));
  d.X = (d.X * 2.0).array().round().matrix() / 2.0;
  return d;
}

}  // namespace imbench::cleaning_oracle
