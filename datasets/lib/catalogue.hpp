// Finding data sets by reference: a bundled name ("ecoli"), a path to an
// .h5 file, or a generator spec ("make_classification:n_samples=1000,weights=0.95").
#pragma once

#include <string>
#include <vector>

#include "datasets/lib/dataset.hpp"

namespace imbench {

// Folder holding the bundled .h5 files: $IMBENCH_DATA_DIR if set, else
// <source>/datasets/bundled.
std::string bundled_data_dir();

// Names of the bundled data sets, sorted.
std::vector<std::string> bundled_dataset_names();

// Loads a data set from any of the three reference forms. Throws Error
// naming the reference (and listing close bundled names when unknown).
Dataset load_dataset(const std::string& reference);

}  // namespace imbench
