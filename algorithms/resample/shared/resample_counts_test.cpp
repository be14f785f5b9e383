// Class counts after resampling equal imbalanced-learn 0.10's, for every
// resampler and strategy form, on binary and multi-class data.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

std::string our_counts(const std::string& sampler, const std::string& strategy, const test_data::Labelled& d) {
  std::string spec = sampler == "smote_k3" ? "smote:k_neighbors=3" : sampler;
  spec += std::string(spec.find(':') == std::string::npos ? ":" : ",") + "sampling_strategy=" + strategy;
  try {
    RandomStream rng = RandomStream::keyed("counts", spec);
    Resampled r = test_data::resampler(spec)->resample(d.view(), rng);
    return test_data::describe_counts(r.y, d.n_classes);
  } catch (const Error&) {
    return "error";
  }
}

void compare_with_imblearn(const test_data::Labelled& d, const std::vector<std::pair<std::string, std::string>>& cases) {
  std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  std::ofstream file(dir + "/cases.txt");
  for (const auto& [sampler, strategy] : cases) file << sampler << ' ' << strategy << '\n';
  file.close();
  std::istringstream oracle(
      testing::run_python("scripts/oracles/imblearn_sampling.py", {"resample", dir + "/X.csv", dir + "/y.txt", dir + "/cases.txt"}));
  std::string line;
  std::size_t i = 0;
  while (std::getline(oracle, line)) {
    REQUIRE(i < cases.size());
    INFO(cases[i].first << " sampling_strategy=" << cases[i].second);
    CHECK(our_counts(cases[i].first, cases[i].second, d) == line);
    ++i;
  }
  CHECK(i == cases.size());
}

}  // namespace

TEST_CASE("resampled class counts equal imbalanced-learn's on binary data") {
  test_data::Labelled d = test_data::blobs({120, 25}, 3, RandomStream::keyed("binary-counts"));
  std::vector<std::pair<std::string, std::string>> cases;
  for (std::string over : {"smote", "random_over"})
    for (std::string s : {"auto", "minority", "not_minority", "all", "0.5", "0.8", "1", "0.1", "{1:60}", "{0:150,1:130}",
                          "{1:10}", "majority"})
      cases.push_back({over, s});
  for (std::string s : {"auto", "majority", "not_majority", "all", "0.5", "0.25", "{0:40}", "{0:30,1:20}", "{0:200}",
                        "minority"})
    cases.push_back({"random_under", s});
  compare_with_imblearn(d, cases);
}

TEST_CASE("resampled class counts equal imbalanced-learn's on multi-class data") {
  // Class 3 has 4 samples: too few for k_neighbors=5 (an error in both), enough for 3.
  test_data::Labelled d = test_data::blobs({60, 15, 30, 4}, 4, RandomStream::keyed("multi-counts"));
  std::vector<std::pair<std::string, std::string>> cases;
  for (std::string over : {"smote", "smote_k3", "random_over"})
    for (std::string s : {"auto", "minority", "not_minority", "not_majority", "all", "0.5", "{1:40,2:45}",
                          "{1:15}", "{0:70,3:9}"})
      cases.push_back({over, s});
  for (std::string s : {"auto", "majority", "not_minority", "all", "{0:10,2:4}", "{3:2}", "0.5"})
    cases.push_back({"random_under", s});
  compare_with_imblearn(d, cases);
}
