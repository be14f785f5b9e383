// Parsing one .npy array (numpy's format, versions 1-3): numbers of any
// integer, float or bool dtype (either byte order, C or Fortran order)
// become doubles; unicode strings ('<U') become UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace imbench {

struct NpyArray {
  std::vector<std::size_t> shape;
  char kind = 'f';                  // numpy dtype kind: f, i, u, b or U
  std::vector<double> numbers;      // row-major (C order), for f, i, u, b
  std::vector<std::string> texts;   // row-major, for U
  std::size_t size() const;
};

// `where` names the array in error messages ("file 'a.npz', member 'X.npy'").
NpyArray parse_npy(const std::string& bytes, const std::string& where);

}  // namespace imbench
