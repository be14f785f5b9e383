// Small data sets and files shared by the data set tests.
#pragma once

#include <fstream>
#include <string>

#include "datasets/lib/dataset.hpp"

namespace imbench::testing {

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// 6 x 3, binary, one categorical feature, with attributes.
inline Dataset tiny_dataset() {
  Dataset d;
  d.name = "tiny";
  d.X.resize(6, 3);
  d.X << 0.1, 1, -2.5, 0.2, 0, 1e-300, 0.3, 2, 3, -0.4, 1, 4, 0.5, 0, 5, 0.6, 2, -6;
  d.y = {0, 1, 0, 0, 1, 0};
  d.class_names = {"neg", "pos"};
  d.positive_class = 1;
  d.feature_names = {"a", "colour", "c"};
  d.categorical = {0, 1, 0};
  d.attributes = {{"source", "made up"}, {"licence", "CC0"}, {"citation", "none"}, {"note", "ünïcode ok"}};
  return d;
}

}  // namespace imbench::testing
