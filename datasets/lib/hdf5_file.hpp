// Reading and writing data sets in imbench's HDF5 layout (datasets/README.md).
#pragma once

#include <string>

#include "datasets/lib/dataset.hpp"

namespace imbench {

// Version written to the root attribute `format_version`; readers reject newer files.
inline constexpr int kDatasetFormatVersion = 1;

// Validates `data` and writes it to `path` (overwriting it). Throws Error naming the file.
void write_dataset(const Dataset& data, const std::string& path);

// Reads and checks a file: layout, types, shapes, finite X, label range and
// the stored content hash. Throws Error naming the file and the field.
Dataset read_dataset(const std::string& path);

}  // namespace imbench
