#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/hdf5_file.hpp"
#include "tests/datasets/dataset_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::testing;

namespace {
// Points IMBENCH_DATA_DIR somewhere else for one scope.
struct DataDirOverride {
  std::string previous;
  bool had_previous;
  explicit DataDirOverride(const std::string& dir) {
    const char* p = std::getenv("IMBENCH_DATA_DIR");
    had_previous = p != nullptr;
    if (p) previous = p;
    setenv("IMBENCH_DATA_DIR", dir.c_str(), 1);
  }
  ~DataDirOverride() {
    if (had_previous) setenv("IMBENCH_DATA_DIR", previous.c_str(), 1);
    else unsetenv("IMBENCH_DATA_DIR");
  }
};
}  // namespace

TEST_CASE("the bundled sets load by name with the counts imbalanced-learn and KEEL publish") {
  auto names = bundled_dataset_names();
  CHECK(names.size() >= 32);
  CHECK(std::is_sorted(names.begin(), names.end()));
  Dataset ecoli = load_dataset("ecoli");
  CHECK(ecoli.name == "ecoli");
  CHECK(ecoli.n_samples() == 336);
  CHECK(ecoli.n_features() == 7);
  CHECK(class_counts(ecoli.y, 2) == std::vector<std::size_t>{301, 35});
  CHECK(ecoli.class_names[static_cast<std::size_t>(ecoli.positive_class)] == "1");
  CHECK(ecoli.attributes.at("licence").size() > 10);
  CHECK(ecoli.attributes.at("provenance").find("ecoli") != std::string::npos);
  Dataset keel = load_dataset("keel_abalone19");
  CHECK(class_counts(keel.y, 2) == std::vector<std::size_t>{4142, 32});
  CHECK(keel.categorical[0] == 1);  // Sex
  CHECK(keel.class_names[static_cast<std::size_t>(keel.positive_class)] == "positive");
}

TEST_CASE("load_dataset takes a path, a generator spec or a bundled name; unknown names get suggestions") {
  const std::string dir = temp_dir();
  write_dataset(tiny_dataset(), dir + "/tiny.h5");
  CHECK(load_dataset(dir + "/tiny.h5").n_samples() == 6);
  CHECK(load_dataset("make_classification:n_samples=50").n_samples() == 50);
  CHECK_THROWS_WITH_AS(load_dataset("ecolli"), doctest::Contains("unknown data set 'ecolli'; did you mean 'ecoli'"),
                       Error);
  CHECK_THROWS_WITH_AS(load_dataset(dir + "/missing.h5"), doctest::Contains("missing.h5' does not exist"), Error);
  CHECK_THROWS_AS(load_dataset(""), Error);
  {
    DataDirOverride over(dir);
    CHECK(bundled_data_dir() == dir);
    CHECK(bundled_dataset_names() == std::vector<std::string>{"tiny"});
    Dataset t = load_dataset("tiny");
    CHECK(t.name == "tiny");
    CHECK(t.attributes.at("source") == "made up");
    CHECK_THROWS_WITH_AS(load_dataset("tinny"), doctest::Contains("did you mean 'tiny'"), Error);
  }
  CHECK(bundled_data_dir() != dir);
}

TEST_CASE("make_imbalance can reduce a bundled set by reference") {
  Dataset d = load_dataset("make_imbalance:data=keel_pima,counts={positive:50},seed=4");
  CHECK(class_counts(d.y, 2) == std::vector<std::size_t>{500, 50});
  CHECK(d.name == "make_imbalance:counts=positive:50,data=keel_pima,seed=4");
  CHECK(d.class_names[static_cast<std::size_t>(d.positive_class)] == "positive");
}
