#include <doctest/doctest.h>
#include <hdf5.h>

#include "core/error.hpp"
#include "datasets/lib/hdf5_file.hpp"
#include "tests/datasets/dataset_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::testing;

namespace {

// Opens a written file and lets `edit` damage it.
template <class Edit>
void edit_file(const std::string& path, Edit edit) {
  hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  REQUIRE(f >= 0);
  edit(f);
  H5Fclose(f);
}

void overwrite_x_value(hid_t f, double value) {
  hid_t set = H5Dopen2(f, "X", H5P_DEFAULT);
  hid_t space = H5Dget_space(set);
  hsize_t start[2] = {1, 2}, count[2] = {1, 1};
  H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, count, nullptr);
  hsize_t one[1] = {1};
  hid_t memory = H5Screate_simple(1, one, nullptr);
  H5Dwrite(set, H5T_NATIVE_DOUBLE, memory, space, H5P_DEFAULT, &value);
  H5Sclose(memory);
  H5Sclose(space);
  H5Dclose(set);
}

void replace_y(hid_t f, std::vector<std::int32_t> codes, hid_t type) {
  H5Ldelete(f, "y", H5P_DEFAULT);
  hsize_t n[1] = {codes.size()};
  hid_t space = H5Screate_simple(1, n, nullptr);
  hid_t set = H5Dcreate2(f, "y", type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Dwrite(set, H5T_NATIVE_INT32, H5S_ALL, H5S_ALL, H5P_DEFAULT, codes.data());
  H5Dclose(set);
  H5Sclose(space);
}

}  // namespace

TEST_CASE("a data set survives a write and read unchanged") {
  const std::string path = temp_dir() + "/tiny.h5";
  Dataset d = tiny_dataset();
  write_dataset(d, path);
  Dataset r = read_dataset(path);
  CHECK(r.X == d.X);
  CHECK(r.y == d.y);
  CHECK(r.class_names == d.class_names);
  CHECK(r.positive_class == 1);
  CHECK(r.task == Task::Binary);
  CHECK(r.feature_names == d.feature_names);
  CHECK(r.categorical == d.categorical);
  CHECK(r.name == "tiny");
  CHECK(r.path == path);
  CHECK(r.attributes.at("note") == "ünïcode ok");
  CHECK(r.attributes.at("licence") == "CC0");
  CHECK(r.content_hash() == d.content_hash());
  CHECK(r.imbalance_ratio() == doctest::Approx(2.0));
}

TEST_CASE("multiclass data round-trips and has no positive label") {
  const std::string path = temp_dir() + "/multi.h5";
  Dataset d = tiny_dataset();
  d.y = {0, 1, 2, 2, 1, 2};
  d.class_names = {"a", "b", "c"};
  d.task = Task::Multiclass;
  d.positive_class = -1;
  write_dataset(d, path);
  Dataset r = read_dataset(path);
  CHECK(r.task == Task::Multiclass);
  CHECK(r.positive_class == -1);
  CHECK(r.imbalance_ratio() == doctest::Approx(3.0));
}

TEST_CASE("the content hash changes with any part of the data's identity") {
  Dataset d = tiny_dataset();
  const Hash128 base = d.content_hash();
  Dataset x = d;
  x.X(0, 0) = 0.10000000000000002;
  Dataset y = d;
  y.y[0] = 1;
  Dataset names = d;
  names.class_names[0] = "negative";
  Dataset positive = d;
  positive.positive_class = 0;
  Dataset mask = d;
  mask.categorical = {0, 0, 0};
  Dataset feature_names = d;
  feature_names.feature_names = {"p", "q", "r"};
  CHECK(x.content_hash() != base);
  CHECK(y.content_hash() != base);
  CHECK(names.content_hash() != base);
  CHECK(positive.content_hash() != base);
  CHECK(mask.content_hash() != base);
  CHECK(feature_names.content_hash() == base);  // names are labels for people, not data
  Dataset no_mask = mask;
  no_mask.categorical.clear();
  CHECK(no_mask.content_hash() == mask.content_hash());
}

TEST_CASE("validate names the problem") {
  Dataset d = tiny_dataset();
  d.X(2, 1) = std::nan("");
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("X[2][1] is not finite"), Error);
  d = tiny_dataset();
  d.y[3] = 2;
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("y[3] = 2 is outside"), Error);
  d = tiny_dataset();
  d.y = {0, 0, 0, 0, 0, 0};
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("fewer than two classes"), Error);
  d = tiny_dataset();
  d.y.pop_back();
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("5 labels but X has 6 rows"), Error);
  d = tiny_dataset();
  d.X(0, 1) = 0.5;
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("categorical feature 1"), Error);
  d = tiny_dataset();
  d.positive_class = -1;
  CHECK_THROWS_WITH_AS(d.validate(), doctest::Contains("positive class"), Error);
}

TEST_CASE("reading rejects damaged files, naming the file and the field") {
  const std::string dir = temp_dir();
  const std::string path = dir + "/d.h5";
  auto fresh = [&] { write_dataset(tiny_dataset(), path); };

  CHECK_THROWS_WITH_AS(read_dataset(dir + "/none.h5"), doctest::Contains("none.h5': does not exist"), Error);
  write_text(dir + "/text.h5", "not hdf5 at all");
  CHECK_THROWS_WITH_AS(read_dataset(dir + "/text.h5"), doctest::Contains("text.h5': not an HDF5 file"), Error);

  fresh();
  edit_file(path, [](hid_t f) { H5Ldelete(f, "class_names", H5P_DEFAULT); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("/class_names: missing dataset"), Error);

  fresh();
  edit_file(path, [](hid_t f) { overwrite_x_value(f, std::numeric_limits<double>::infinity()); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("/X: row 1, column 2 is not finite"), Error);

  fresh();
  edit_file(path, [](hid_t f) { overwrite_x_value(f, 42.0); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("'content_hash': stored"), Error);

  fresh();
  edit_file(path, [](hid_t f) { replace_y(f, {0, 1, 0, 7, 1, 0}, H5T_STD_I32LE); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("/y: row 3 has code 7"), Error);

  fresh();
  edit_file(path, [](hid_t f) { replace_y(f, {0, 1, 0, 0, 1}, H5T_STD_I32LE); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("/y: shape (5,), expected (6,)"), Error);

  fresh();
  edit_file(path, [](hid_t f) { replace_y(f, {0, 1, 0, 0, 1, 0}, H5T_STD_I64LE); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("/y: wrong type (expected int32)"), Error);

  fresh();
  edit_file(path, [](hid_t f) { H5Adelete(f, "task"); });
  CHECK_THROWS_WITH_AS(read_dataset(path), doctest::Contains("attribute 'task': missing"), Error);
}

TEST_CASE("X is stored chunked with gzip and shuffle") {
  const std::string path = temp_dir() + "/c.h5";
  write_dataset(tiny_dataset(), path);
  hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  hid_t set = H5Dopen2(f, "X", H5P_DEFAULT);
  hid_t props = H5Dget_create_plist(set);
  CHECK(H5Pget_layout(props) == H5D_CHUNKED);
  std::vector<H5Z_filter_t> filters;
  for (int i = 0; i < H5Pget_nfilters(props); ++i) {
    unsigned flags = 0;
    std::size_t n = 0;
    filters.push_back(H5Pget_filter2(props, static_cast<unsigned>(i), &flags, &n, nullptr, 0, nullptr, nullptr));
  }
  CHECK(filters == std::vector<H5Z_filter_t>{H5Z_FILTER_SHUFFLE, H5Z_FILTER_DEFLATE});
  H5Pclose(props);
  H5Dclose(set);
  H5Fclose(f);
}
