// Importers from common file formats into a Dataset (then written with write_dataset).
//
//   csv   header row; delimiter ',', ';' or tab, detected from the header
//   arff  Weka ARFF (dense rows); nominal attributes keep their declared values
//   keel  KEEL .dat: ARFF-like, @inputs/@outputs name the features and target
//   npz   numpy zip of .npy arrays (stored or deflated members)
//
// Non-numeric feature columns become categorical features holding ordinal
// codes (see encoding.hpp). Missing values are errors naming file, line and
// column unless drop_missing is set.
#pragma once

#include <string>
#include <vector>

#include "datasets/lib/dataset.hpp"

namespace imbench {

struct ImportOptions {
  std::string target;        // column name or 0-based index; empty: KEEL @outputs, else the last column
  std::string positive;      // label text of the positive class (binary); empty: the minority class
  bool drop_missing = false; // drop rows with a missing value instead of failing
  std::string x_key, y_key;  // npz members; empty: data/label if present, else X/y
  std::string name;          // data set name; empty: the file stem
};

const std::vector<std::string>& import_formats();  // csv, arff, keel, npz

// Reads `path` in `format` (one of import_formats()). Throws Error naming
// the file (and line and column for text formats).
Dataset import_dataset(const std::string& path, const std::string& format, const ImportOptions& options);

Dataset import_csv(const std::string& path, const ImportOptions& options);
Dataset import_arff(const std::string& path, const ImportOptions& options);
Dataset import_keel(const std::string& path, const ImportOptions& options);
Dataset import_npz(const std::string& path, const ImportOptions& options);

}  // namespace imbench
