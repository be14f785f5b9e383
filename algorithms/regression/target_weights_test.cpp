#include <doctest/doctest.h>

#include <cstdio>
#include <sstream>

#include "algorithms/regression/target_weights.hpp"
#include "algorithms/regression/test_data.hpp"
#include "core/error.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::regression;

namespace {

// One weight vector per configuration (see the script's usage), from one Python run.
std::vector<std::vector<double>> oracle(const std::vector<double>& y, const std::vector<std::string>& configs) {
  const std::string path = testing::temp_dir() + "/y.txt";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    for (double v : y) std::fprintf(f, "%.17g\n", v);
    std::fclose(f);
  }
  std::vector<std::string> args{path};
  args.insert(args.end(), configs.begin(), configs.end());
  std::istringstream in(testing::run_python("scripts/oracles/target_weights.py", args));
  std::vector<std::vector<double>> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream values(line);
    out.emplace_back();
    for (double v; values >> v;) out.back().push_back(v);
  }
  REQUIRE(out.size() == configs.size());
  return out;
}

void check_close(const std::vector<double>& got, const std::vector<double>& want, double eps) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i] == doctest::Approx(want[i]).epsilon(eps));
}

}  // namespace

TEST_CASE("dense_weights match a scipy KDE and average to 1") {
  const std::vector<double> y = test_data::skewed(300, 1, 11).y;
  const std::vector<double> alphas{0.0, 0.5, 1.0, 2.0};
  std::vector<std::string> configs;
  for (double alpha : alphas) configs.push_back("dense:" + std::to_string(alpha));
  const auto want = oracle(y, configs);
  for (std::size_t c = 0; c < alphas.size(); ++c) {
    CAPTURE(alphas[c]);
    const std::vector<double> w = dense_weights(y, alphas[c]);
    check_close(w, want[c], 1e-9);
    double sum = 0;
    for (double v : w) sum += v;
    CHECK(sum / static_cast<double>(w.size()) == doctest::Approx(1.0));
  }
  for (double v : dense_weights(y, 0.0)) CHECK(v == doctest::Approx(1.0));
  // The largest target is the rarest: it gets the largest weight.
  const std::vector<double> w = dense_weights(y, 1.0);
  const auto top = std::max_element(y.begin(), y.end()) - y.begin();
  CHECK(w[static_cast<std::size_t>(top)] == *std::max_element(w.begin(), w.end()));
}

TEST_CASE("lds kernel windows and weights match Yang et al.'s code") {
  std::vector<double> y = test_data::skewed(500, 1, 12).y;
  for (double& v : y) v *= 10;  // about 100 unit bins
  std::vector<LdsOptions> options;
  std::vector<std::string> configs;
  for (const char* kernel : {"gaussian", "triang", "laplace"})
    for (int ks : {5, 9})
      for (const char* reweight : {"sqrt_inv", "inverse"}) {
        options.push_back({1.0, reweight, true, kernel, ks, 2.0});
        configs.push_back(std::string("lds:1:") + reweight + ":1:" + kernel + ":" + std::to_string(ks) + ":2");
      }
  options.push_back({2.5, "inverse", false, "gaussian", 5, 2.0});
  configs.push_back("lds:2.5:inverse:0:gaussian:5:2");
  const auto want = oracle(y, configs);
  for (std::size_t c = 0; c < configs.size(); ++c) {
    CAPTURE(configs[c]);
    check_close(lds_weights(y, options[c]), want[c], 1e-10);
  }
  // triang(5) = 1/3, 2/3, 1, 2/3, 1/3.
  const std::vector<double> tri = lds_kernel_window("triang", 5, 1.0);
  CHECK(tri[0] == doctest::Approx(1.0 / 3));
  CHECK(tri[2] == 1.0);
}

TEST_CASE("bad input to the target weights") {
  CHECK_THROWS_AS(dense_weights(std::vector<double>{2, 2, 2}, 1.0), Error);
  CHECK_THROWS_AS(dense_weights(std::vector<double>{1, 2, 3}, -1.0), Error);
  CHECK_THROWS_AS(dense_weights(std::vector<double>{1, NAN, 3}, 1.0), Error);
  CHECK_THROWS_AS(lds_weights(std::vector<double>{1, 2}, {0.0, "sqrt_inv", true, "gaussian", 5, 2.0}), Error);
  CHECK_THROWS_AS(lds_weights(std::vector<double>{1, 2}, {1.0, "log", true, "gaussian", 5, 2.0}), Error);
  CHECK_THROWS_AS(lds_kernel_window("gaussian", 4, 2.0), Error);
  CHECK_THROWS_AS(lds_kernel_window("box", 5, 2.0), Error);
}
