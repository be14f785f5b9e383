// The test-fold predictions of one task, kept when a run asks for them
// (`imbench run --store-predictions`), and their compact byte encoding in the
// result store: little-endian arrays in BLOBs, one row per task.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace imbench {

struct TaskPredictions {
  int n_classes = 0;
  int positive_class = 0;              // the class the engine treats as positive (binary metrics, curves)
  std::vector<std::int64_t> rows;      // data set row index of each test sample
  std::vector<std::int32_t> labels;    // its true class index
  std::vector<double> proba;           // rows.size() x n_classes class probabilities, row-major

  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
  double probability(std::size_t sample, int cls) const {
    return proba[sample * static_cast<std::size_t>(n_classes) + static_cast<std::size_t>(cls)];
  }
};

// Little-endian bytes whatever the host's byte order.
std::string encode_int64(const std::vector<std::int64_t>& values);
std::string encode_int32(const std::vector<std::int32_t>& values);
std::string encode_float64(const std::vector<double>& values);

// Inverses of the above; throw imbench::Error naming `what` when the byte
// count is not a multiple of the element size.
std::vector<std::int64_t> decode_int64(const std::string& bytes, const std::string& what);
std::vector<std::int32_t> decode_int32(const std::string& bytes, const std::string& what);
std::vector<double> decode_float64(const std::string& bytes, const std::string& what);

}  // namespace imbench
