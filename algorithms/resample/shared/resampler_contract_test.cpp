// Every registered resampler, with its default parameters, on awkward inputs:
// binary, 3 classes, a minority of 2, duplicate-heavy data and data holding
// NaN. Each run must give a consistent result or an imbench::Error; any other
// exception fails, a crash fails the suite. A new resampler is covered here
// without anyone editing this file (see also tests/contract/plugins_test.cpp).
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "algorithms/resample/shared/test_data.hpp"
#include "algorithms/resample/shared/row_identity.hpp"

using namespace imbench;

namespace {

struct Input {
  std::string name;
  test_data::Labelled data;
};

test_data::Labelled rounded(test_data::Labelled d, double step) {
  d.X = (d.X / step).array().round().matrix() * step;
  return d;
}

std::vector<Input> awkward_inputs() {
  std::vector<Input> inputs;
  inputs.push_back({"binary", test_data::blobs({180, 30}, 3, RandomStream::keyed("contract-binary"))});
  inputs.push_back({"3 classes", test_data::blobs({120, 40, 25}, 3, RandomStream::keyed("contract-3"))});
  inputs.push_back({"minority of 2", test_data::blobs({30, 2}, 2, RandomStream::keyed("contract-tiny"))});
  inputs.push_back(
      {"3 classes, minority of 2", test_data::blobs({30, 12, 2}, 2, RandomStream::keyed("contract-tiny-3"))});
  inputs.push_back({"duplicate-heavy",
                    rounded(test_data::blobs({150, 40, 30}, 2, RandomStream::keyed("contract-dups")), 1.0)});
  // Four distinct points only: every neighbour search is all ties, classes share points.
  inputs.push_back({"four distinct points",
                    rounded(test_data::blobs({60, 20}, 2, RandomStream::keyed("contract-points")), 100.0)});
  test_data::Labelled with_nan = test_data::blobs({100, 25}, 2, RandomStream::keyed("contract-nan"));
  with_nan.X(7, 1) = std::numeric_limits<double>::quiet_NaN();
  with_nan.X(110, 0) = std::numeric_limits<double>::quiet_NaN();
  inputs.push_back({"NaN", with_nan});
  return inputs;
}

// Equal bit for bit (NaN included).
template <class A, class B>
bool same_bits(const A& a, const B& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         std::memcmp(a.eval().data(), b.eval().data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

// Output rows holding NaN or infinity must be copies of input rows: no
// resampler may invent non-finite values.
bool non_finite_rows_are_copies(const Matrix& in, const Matrix& out) {
  for (Eigen::Index i = 0; i < out.rows(); ++i) {
    if (out.row(i).allFinite()) continue;
    const Eigen::RowVectorXd row = out.row(i);
    bool found = false;
    for (Eigen::Index j = 0; j < in.rows() && !found; ++j) found = same_bits(Eigen::RowVectorXd(in.row(j)), row);
    if (!found) return false;
  }
  return true;
}

void check_result(const test_data::Labelled& in, const Resampled& out) {
  REQUIRE(out.X.rows() == static_cast<Eigen::Index>(out.y.size()));
  CHECK(out.X.cols() == in.X.cols());
  for (int label : out.y) CHECK((label >= 0 && label < in.n_classes));
  CHECK(out.n_synthetic <= out.y.size());
  if (in.X.allFinite()) {
    CHECK(out.X.allFinite());
    // Every row that is not a copy of an input row is counted as synthetic.
    CHECK(count_unseen_rows(in.view(), out) <= out.n_synthetic);
  } else {
    CHECK(non_finite_rows_are_copies(in.X, out.X));
  }
}

}  // namespace

TEST_CASE("every resampler gives a consistent result or an imbench::Error on awkward inputs") {
  const std::vector<Input> inputs = awkward_inputs();
  for (const PluginInfo* p : Registry::instance().list(Kind::Resample)) {
    if (!p->capabilities.classification()) continue;  // regression resamplers: algorithms/regression/plugins
    auto resampler = Registry::instance().build<Resampler>(Kind::Resample, Spec{p->name, {}}).plugin;
    for (const Input& input : inputs) {
      if (input.data.n_classes > 2 && !p->capabilities.multiclass) continue;
      CAPTURE(p->name);
      CAPTURE(input.name);
      RandomStream first = RandomStream::keyed("contract", p->name), second = RandomStream::keyed("contract", p->name);
      try {
        const Resampled out = resampler->resample(input.data.view(), first);
        check_result(input.data, out);
        const Resampled again = resampler->resample(input.data.view(), second);
        CHECK(again.y == out.y);
        CHECK(same_bits(again.X, out.X));
      } catch (const Error& e) {
        CHECK(std::strlen(e.what()) > 10);
      } catch (const std::exception& e) {
        FAIL_CHECK("not an imbench::Error: " << std::string(e.what()));
      }
    }
  }
}
