#include <doctest/doctest.h>

#include <cmath>

#include "datasets/lib/relevance.hpp"
#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/hdf5_file.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

TEST_CASE("a regression data set round-trips through HDF5 with its float target") {
  Dataset d;
  d.name = "reg_tiny";
  d.task = Task::Regression;
  d.X = Matrix{{1, 0}, {2, 1}, {3, 0}, {4, 1}};
  d.target = {0.5, -1.25, 1e-300, 7.0};
  d.categorical = {0, 1};
  const std::string path = testing::temp_dir() + "/reg_tiny.h5";
  write_dataset(d, path);
  const Dataset r = read_dataset(path);
  CHECK(r.task == Task::Regression);
  CHECK(r.target == d.target);
  CHECK(r.y.empty());
  CHECK(r.content_hash() == d.content_hash());
  Dataset other = d;
  other.target[3] = 7.5;
  CHECK_FALSE(other.content_hash() == d.content_hash());  // the target is part of the identity
  other.target.assign(4, 2.0);
  CHECK_THROWS_AS(other.validate(), Error);  // constant target
  other.target = {1, NAN, 2, 3};
  CHECK_THROWS_AS(other.validate(), Error);
}

TEST_CASE("convert_to_regression parses the imported labels as numbers") {
  Dataset d;
  d.name = "labels";
  d.task = Task::Multiclass;
  d.X = Matrix{{1}, {2}, {3}};
  d.y = {2, 0, 1};
  d.class_names = {"-0.5", "3", "1e3"};
  convert_to_regression(d);
  CHECK(d.target == std::vector<double>{1000.0, -0.5, 3.0});
  CHECK(d.class_names.empty());
  Dataset bad;
  bad.name = "bad";
  bad.task = Task::Binary;
  bad.X = Matrix{{1}, {2}};
  bad.y = {0, 1};
  bad.class_names = {"1", "high"};
  bad.positive_class = 1;
  CHECK_THROWS_WITH_AS(convert_to_regression(bad), doctest::Contains("'high' is not a number"), Error);
}

TEST_CASE("the 22 bundled regression sets load and have an automatic relevance with a rare tail") {
  std::size_t found = 0;
  for (const std::string& name : bundled_dataset_names()) {
    if (name.rfind("reg_", 0) != 0) continue;
    CAPTURE(name);
    ++found;
    const Dataset d = load_dataset(name);
    CHECK(d.task == Task::Regression);
    REQUIRE(d.target.size() == d.n_samples());
    const regression::Relevance phi = regression::Relevance::extremes(d.target);
    std::size_t rare = 0;
    for (double v : d.target) rare += phi(v) >= 0.5;
    CHECK(rare > 0);
    CHECK(rare < d.n_samples() / 2);
  }
  CHECK(found == 22);
}
