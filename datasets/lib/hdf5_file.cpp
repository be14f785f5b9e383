#include "datasets/lib/hdf5_file.hpp"

#include <hdf5.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <set>

#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench {
namespace {

// The serial HDF5 library is not thread-safe; every call goes through this lock.
std::mutex& hdf5_mutex() {
  static std::mutex m;
  return m;
}

// Owns one HDF5 identifier and closes it with the matching function.
class Handle {
 public:
  Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  ~Handle() {
    if (id_ >= 0) close_(id_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : id_(other.id_), close_(other.close_) { other.id_ = -1; }
  Handle& operator=(Handle&&) = delete;
  hid_t get() const { return id_; }
  bool ok() const { return id_ >= 0; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

// Root attributes with a fixed meaning; everything else is free text kept in Dataset::attributes.
const std::set<std::string>& reserved_attributes() {
  static const std::set<std::string> names = {"format_version", "name", "task", "positive_label",
                                              "imbalance_ratio", "n_samples", "n_features", "content_hash"};
  return names;
}

class Writer {
 public:
  Writer(const std::string& path) : path_(path) {}

  void fail_if(bool failed, const std::string& what) const {
    if (failed) throw Error("file '" + path_ + "': cannot write " + what);
  }

  void write_matrix(hid_t file, const Matrix& X) const {
    hsize_t dims[2] = {static_cast<hsize_t>(X.rows()), static_cast<hsize_t>(X.cols())};
    Handle space(H5Screate_simple(2, dims, nullptr), H5Sclose);
    Handle props(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
    if (dims[0] > 0 && dims[1] > 0) {
      // About 256 KiB per chunk: large enough for gzip to work well, small enough to read quickly.
      hsize_t rows = std::clamp<hsize_t>(32768 / dims[1], 1, dims[0]);
      hsize_t chunk[2] = {rows, dims[1]};
      fail_if(H5Pset_chunk(props.get(), 2, chunk) < 0 || H5Pset_shuffle(props.get()) < 0 ||
                  H5Pset_deflate(props.get(), 4) < 0,
              "/X (chunking and gzip)");
    }
    Handle set(H5Dcreate2(file, "X", H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, props.get(), H5P_DEFAULT),
               H5Dclose);
    fail_if(!set.ok(), "/X");
    fail_if(H5Dwrite(set.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, X.data()) < 0, "/X");
  }

  template <class T>
  void write_vector(hid_t file, const char* name, hid_t file_type, hid_t memory_type,
                    const std::vector<T>& values) const {
    hsize_t dims[1] = {values.size()};
    Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
    Handle set(H5Dcreate2(file, name, file_type, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose);
    fail_if(!set.ok(), std::string("/") + name);
    fail_if(H5Dwrite(set.get(), memory_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0,
            std::string("/") + name);
  }

  void write_strings(hid_t file, const char* name, const std::vector<std::string>& values) const {
    std::vector<const char*> pointers;
    for (const auto& s : values) pointers.push_back(s.c_str());
    Handle type(string_type(), H5Tclose);
    write_vector(file, name, type.get(), type.get(), pointers);
  }

  void text_attribute(hid_t file, const std::string& name, const std::string& value) const {
    Handle type(string_type(), H5Tclose);
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(file, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
    const char* text = value.c_str();
    fail_if(!attr.ok() || H5Awrite(attr.get(), type.get(), &text) < 0, "attribute '" + name + "'");
  }

  template <class T>
  void number_attribute(hid_t file, const std::string& name, hid_t file_type, hid_t memory_type, T value) const {
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    Handle attr(H5Acreate2(file, name.c_str(), file_type, space.get(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
    fail_if(!attr.ok() || H5Awrite(attr.get(), memory_type, &value) < 0, "attribute '" + name + "'");
  }

  static hid_t string_type() {
    hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    H5Tset_cset(type, H5T_CSET_UTF8);
    return type;
  }

 private:
  std::string path_;
};

class Reader {
 public:
  Reader(const std::string& path, hid_t file) : path_(path), file_(file) {}

  Error fail(const std::string& field, const std::string& why) const {
    return Error("file '" + path_ + "': " + field + ": " + why);
  }

  Handle open(const std::string& name) const {
    if (H5Lexists(file_, name.c_str(), H5P_DEFAULT) <= 0) throw fail("/" + name, "missing dataset");
    Handle set(H5Dopen2(file_, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!set.ok()) throw fail("/" + name, "not a dataset");
    return set;
  }

  std::vector<hsize_t> shape(hid_t set, const std::string& field) const {
    Handle space(H5Dget_space(set), H5Sclose);
    int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0) throw fail(field, "unreadable shape");
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return dims;
  }

  void expect_shape(hid_t set, const std::string& field, const std::vector<hsize_t>& expected) const {
    auto dims = shape(set, field);
    if (dims != expected) throw fail(field, "shape " + shape_text(dims) + ", expected " + shape_text(expected));
  }

  void expect_type(hid_t set, const std::string& field, H5T_class_t cls, std::size_t size,
                   const std::string& expected) const {
    Handle type(H5Dget_type(set), H5Tclose);
    if (H5Tget_class(type.get()) != cls || H5Tget_size(type.get()) != size)
      throw fail(field, "wrong type (expected " + expected + ")");
  }

  std::vector<std::string> strings(const std::string& name, hsize_t expected_length) const {
    Handle set = open(name);
    const std::string field = "/" + name;
    Handle type(H5Dget_type(set.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING || H5Tis_variable_str(type.get()) <= 0)
      throw fail(field, "wrong type (expected variable-length strings)");
    expect_shape(set.get(), field, {expected_length});
    std::vector<char*> raw(expected_length, nullptr);
    Handle memory(Writer::string_type(), H5Tclose);
    if (expected_length > 0 && H5Dread(set.get(), memory.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()) < 0)
      throw fail(field, "cannot read");
    std::vector<std::string> out;
    for (char* s : raw) out.emplace_back(s ? s : "");
    Handle space(H5Dget_space(set.get()), H5Sclose);
    if (expected_length > 0) H5Dvlen_reclaim(memory.get(), space.get(), H5P_DEFAULT, raw.data());
    return out;
  }

  bool has_attribute(const std::string& name) const { return H5Aexists(file_, name.c_str()) > 0; }

  Handle attribute(const std::string& name) const {
    if (!has_attribute(name)) throw fail("attribute '" + name + "'", "missing");
    return Handle(H5Aopen(file_, name.c_str(), H5P_DEFAULT), H5Aclose);
  }

  bool is_text_attribute(const std::string& name) const {
    Handle attr = attribute(name);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    return H5Tget_class(type.get()) == H5T_STRING;
  }

  std::string text_attribute(const std::string& name) const {
    Handle attr = attribute(name);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    const std::string field = "attribute '" + name + "'";
    if (H5Tget_class(type.get()) != H5T_STRING) throw fail(field, "wrong type (expected a string)");
    if (H5Tis_variable_str(type.get()) > 0) {
      Handle memory(Writer::string_type(), H5Tclose);
      char* raw = nullptr;
      if (H5Aread(attr.get(), memory.get(), &raw) < 0) throw fail(field, "cannot read");
      std::string out = raw ? raw : "";
      H5free_memory(raw);
      return out;
    }
    std::string out(H5Tget_size(type.get()), '\0');
    if (H5Aread(attr.get(), type.get(), out.data()) < 0) throw fail(field, "cannot read");
    return out.substr(0, out.find('\0'));
  }

  double number_attribute(const std::string& name) const {
    Handle attr = attribute(name);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    H5T_class_t cls = H5Tget_class(type.get());
    if (cls != H5T_INTEGER && cls != H5T_FLOAT)
      throw fail("attribute '" + name + "'", "wrong type (expected a number)");
    double value = 0;
    if (H5Aread(attr.get(), H5T_NATIVE_DOUBLE, &value) < 0) throw fail("attribute '" + name + "'", "cannot read");
    return value;
  }

  static std::string shape_text(const std::vector<hsize_t>& dims) {
    std::string s = "(";
    for (std::size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
    return s + (dims.size() == 1 ? ",)" : ")");
  }

 private:
  std::string path_;
  hid_t file_;
};

herr_t collect_attribute_name(hid_t, const char* name, const H5A_info_t*, void* out) {
  static_cast<std::vector<std::string>*>(out)->push_back(name);
  return 0;
}

void write_locked(const Dataset& data, const std::string& path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  Writer w(path);
  Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
  if (!file.ok()) throw Error("file '" + path + "': cannot create (check the folder exists and is writable)");
  const hid_t f = file.get();
  w.write_matrix(f, data.X);
  std::vector<std::int32_t> codes(data.y.begin(), data.y.end());
  if (data.task == Task::Regression)  // a float target; class_names stays empty
    w.write_vector(f, "y", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, data.target);
  else
    w.write_vector(f, "y", H5T_STD_I32LE, H5T_NATIVE_INT32, codes);
  w.write_strings(f, "class_names", data.class_names);
  std::vector<std::string> feature_names = data.feature_names;
  for (std::size_t j = feature_names.size(); j < data.n_features(); ++j) feature_names.push_back("x" + std::to_string(j));
  w.write_strings(f, "feature_names", feature_names);
  std::vector<std::uint8_t> mask = data.categorical;
  mask.resize(data.n_features(), 0);
  w.write_vector(f, "categorical", H5T_STD_U8LE, H5T_NATIVE_UINT8, mask);

  w.number_attribute(f, "format_version", H5T_STD_I32LE, H5T_NATIVE_INT32, std::int32_t{kDatasetFormatVersion});
  w.text_attribute(f, "name", data.name);
  w.text_attribute(f, "task", to_string(data.task));
  w.text_attribute(f, "positive_label", data.task == Task::Binary ? data.class_names[data.positive_class] : "");
  w.number_attribute(f, "imbalance_ratio", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, data.imbalance_ratio());
  w.number_attribute(f, "n_samples", H5T_STD_I64LE, H5T_NATIVE_INT64, static_cast<std::int64_t>(data.n_samples()));
  w.number_attribute(f, "n_features", H5T_STD_I64LE, H5T_NATIVE_INT64, static_cast<std::int64_t>(data.n_features()));
  w.text_attribute(f, "content_hash", data.content_hash().hex());
  std::map<std::string, std::string> free_text = {{"source", ""}, {"licence", ""}, {"citation", ""}};
  for (const auto& [key, value] : data.attributes)
    if (!reserved_attributes().count(key)) free_text[key] = value;
  for (const auto& [key, value] : free_text) w.text_attribute(f, key, value);
}

Dataset read_locked(const std::string& path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  if (H5Fis_hdf5(path.c_str()) <= 0) throw Error("file '" + path + "': not an HDF5 file");
  Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
  if (!file.ok()) throw Error("file '" + path + "': cannot open as HDF5");
  Reader r(path, file.get());

  double version = r.number_attribute("format_version");
  if (version < 1 || version > kDatasetFormatVersion || version != std::floor(version))
    throw r.fail("attribute 'format_version'", canonical_number(version) + " is not supported (this build reads 1.." +
                                                   std::to_string(kDatasetFormatVersion) + ")");

  Dataset d;
  d.path = path;
  Handle x = r.open("X");
  r.expect_type(x.get(), "/X", H5T_FLOAT, 8, "float64");
  auto dims = r.shape(x.get(), "/X");
  if (dims.size() != 2) throw r.fail("/X", "shape " + Reader::shape_text(dims) + ", expected 2 dimensions");
  const hsize_t n = dims[0], p = dims[1];
  d.X.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(p));
  if (n * p > 0 && H5Dread(x.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, d.X.data()) < 0)
    throw r.fail("/X", "cannot read");
  for (hsize_t i = 0; i < n; ++i)
    for (hsize_t j = 0; j < p; ++j)
      if (!std::isfinite(d.X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))))
        throw r.fail("/X", "row " + std::to_string(i) + ", column " + std::to_string(j) + " is not finite");

  const bool regression = r.text_attribute("task") == "regression";
  Handle y = r.open("y");
  r.expect_type(y.get(), "/y", regression ? H5T_FLOAT : H5T_INTEGER, regression ? 8 : 4,
                regression ? "float64 (task regression)" : "int32");
  r.expect_shape(y.get(), "/y", {n});
  std::vector<std::int32_t> codes(regression ? 0 : n);
  if (regression) d.target.resize(n);
  if (n > 0 && (regression ? H5Dread(y.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, d.target.data())
                           : H5Dread(y.get(), H5T_NATIVE_INT32, H5S_ALL, H5S_ALL, H5P_DEFAULT, codes.data())) < 0)
    throw r.fail("/y", "cannot read");

  Handle names_set = r.open("class_names");
  auto names_shape = r.shape(names_set.get(), "/class_names");
  if (names_shape.size() != 1) throw r.fail("/class_names", "expected one dimension");
  d.class_names = r.strings("class_names", names_shape[0]);
  const auto k = static_cast<std::int32_t>(d.class_names.size());
  for (hsize_t i = 0; i < codes.size(); ++i)
    if (codes[i] < 0 || codes[i] >= k)
      throw r.fail("/y", "row " + std::to_string(i) + " has code " + std::to_string(codes[i]) +
                             ", outside 0.." + std::to_string(k - 1) + " (the class_names)");
  d.y.assign(codes.begin(), codes.end());
  d.feature_names = r.strings("feature_names", p);

  Handle mask = r.open("categorical");
  r.expect_type(mask.get(), "/categorical", H5T_INTEGER, 1, "uint8");
  r.expect_shape(mask.get(), "/categorical", {p});
  d.categorical.assign(p, 0);
  if (p > 0 && H5Dread(mask.get(), H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, d.categorical.data()) < 0)
    throw r.fail("/categorical", "cannot read");

  d.name = r.text_attribute("name");
  const std::string task = r.text_attribute("task");
  if (task == "binary") d.task = Task::Binary;
  else if (task == "multiclass") d.task = Task::Multiclass;
  else if (task == "regression") d.task = Task::Regression;
  else throw r.fail("attribute 'task'", "'" + task + "' is not binary, multiclass or regression");
  const std::string positive = r.text_attribute("positive_label");
  if (d.task == Task::Binary) {
    auto it = std::find(d.class_names.begin(), d.class_names.end(), positive);
    if (it == d.class_names.end())
      throw r.fail("attribute 'positive_label'", "'" + positive + "' is not one of the class_names");
    d.positive_class = static_cast<int>(it - d.class_names.begin());
  }
  if (r.number_attribute("n_samples") != static_cast<double>(n))
    throw r.fail("attribute 'n_samples'", "disagrees with /X (" + std::to_string(n) + " rows)");
  if (r.number_attribute("n_features") != static_cast<double>(p))
    throw r.fail("attribute 'n_features'", "disagrees with /X (" + std::to_string(p) + " columns)");

  std::vector<std::string> attribute_names;
  hsize_t index = 0;
  H5Aiterate2(file.get(), H5_INDEX_NAME, H5_ITER_INC, &index, collect_attribute_name, &attribute_names);
  for (const auto& key : attribute_names)
    if (!reserved_attributes().count(key) && r.is_text_attribute(key)) d.attributes[key] = r.text_attribute(key);

  try {
    d.validate();
  } catch (const Error& e) {
    throw Error("file '" + path + "': " + e.what());
  }
  const std::string stored_hash = r.text_attribute("content_hash");
  const std::string actual_hash = d.content_hash().hex();
  if (stored_hash != actual_hash)
    throw r.fail("attribute 'content_hash'", "stored " + stored_hash + " but the data hash to " + actual_hash +
                                                 " (the file was changed or damaged)");
  double ratio = r.number_attribute("imbalance_ratio");
  if (std::abs(ratio - d.imbalance_ratio()) > 1e-9 * std::max(1.0, ratio))
    throw r.fail("attribute 'imbalance_ratio'", "stored " + canonical_number(ratio) + " but the labels give " +
                                                    canonical_number(d.imbalance_ratio()));
  return d;
}

}  // namespace

// HDF5 (the serial build) takes one call at a time. The work done under the
// lock includes parallel loops (class counts in the checks); isolated, a
// thread waiting in them cannot take up another task that would then wait
// for the lock this thread holds.
void write_dataset(const Dataset& data, const std::string& path) {
  data.validate();
  std::lock_guard lock(hdf5_mutex());
  tbb::this_task_arena::isolate([&] { write_locked(data, path); });
}

Dataset read_dataset(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error("file '" + path + "': does not exist");
  std::lock_guard lock(hdf5_mutex());
  return tbb::this_task_arena::isolate([&] { return read_locked(path); });
}

}  // namespace imbench
