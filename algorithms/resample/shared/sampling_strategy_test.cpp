#include "algorithms/resample/shared/sampling_strategy.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

Labels labels_with_counts(const std::vector<std::size_t>& counts) {
  Labels y;
  for (std::size_t c = 0; c < counts.size(); ++c) y.insert(y.end(), counts[c], static_cast<int>(c));
  return y;
}

std::string describe(const ClassTargets& t) {
  std::string s;
  for (const auto& [c, n] : t) s += (s.empty() ? "" : " ") + std::to_string(c) + ":" + std::to_string(n);
  return s;
}

std::string ours(const std::string& strategy, const Labels& y, int n_classes, SamplingType type) {
  try {
    return describe(SamplingStrategy(strategy, "test").targets(y, n_classes, type));
  } catch (const Error&) {
    return "error";
  }
}

}  // namespace

TEST_CASE("sampling_strategy targets equal imbalanced-learn's check_sampling_strategy") {
  // Binary both ways round, ties for the majority and for the minority, and a class absent from the fold.
  const std::vector<std::vector<std::size_t>> distributions = {
      {100, 20}, {20, 100}, {50, 50}, {30, 100, 10, 10}, {50, 50, 5}, {40, 0, 10, 25}, {7}};
  const std::vector<std::string> strategies = {
      "auto", "minority", "majority", "not_minority", "not_majority", "all", "0.5", "1", "0.1", "0.3", "0.2",
      "{0:100,1:250}", "{1:20}", "{1:200}", "{0:10}", "{2:5}", "{3:3}", "{0,2}", "{1}", "{3}", "{}"};
  const std::vector<std::pair<std::string, SamplingType>> types = {
      {"over", SamplingType::Over}, {"under", SamplingType::Under}, {"clean", SamplingType::Clean}};

  std::string cases_path = testing::temp_dir() + "/cases.txt";
  std::ofstream cases(cases_path);
  std::vector<std::string> expected_from_us, labels_of_case;
  for (const auto& counts : distributions) {
    Labels y = labels_with_counts(counts);
    std::string label_text;
    for (int v : y) label_text += (label_text.empty() ? "" : ",") + std::to_string(v);
    for (const auto& strategy : strategies)
      for (const auto& [type_name, type] : types) {
        cases << type_name << ' ' << strategy << ' ' << label_text << '\n';
        expected_from_us.push_back(ours(strategy, y, static_cast<int>(counts.size()), type));
        labels_of_case.push_back(type_name + " " + strategy + " on " + std::to_string(counts.size()) + " classes");
      }
  }
  cases.close();

  std::istringstream oracle(testing::run_python("scripts/oracles/imblearn_sampling.py", {"targets", cases_path}));
  std::string line;
  std::size_t i = 0, errors = 0;
  while (std::getline(oracle, line)) {
    REQUIRE(i < expected_from_us.size());
    INFO(labels_of_case[i]);
    CHECK(expected_from_us[i] == line);
    errors += line == "error";
    ++i;
  }
  CHECK(i == expected_from_us.size());
  CHECK(errors > 100);     // the error cases are exercised
  CHECK(i - errors > 100);  // and so are the valid ones
}

TEST_CASE("sampling_strategy rejects malformed text, naming the parameter and value") {
  auto message = [](const std::string& text) {
    try {
      SamplingStrategy s(text, "smote");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("bogus").find("parameter 'sampling_strategy' of 'smote': value 'bogus' is not one of") == 0);
  CHECK(message("not minority").find("is not one of") != std::string::npos);
  CHECK(message("1.5").find("outside (0, 1]") != std::string::npos);
  CHECK(message("0").find("outside (0, 1]") != std::string::npos);
  CHECK(message("{0:a}").find("integer count") != std::string::npos);
  CHECK(message("{0:1,2}").find("mixes") != std::string::npos);
  CHECK(message("{0:-1}").find("negative") != std::string::npos);
  CHECK(message("{0:1,0:2}").find("class 0 twice") != std::string::npos);
  CHECK(message("{x:1}").find("class index") != std::string::npos);
  CHECK(message("{ 0 : 5 , 1 : 7 }") == "no error");
}

TEST_CASE("sampling_strategy errors at resampling time say why") {
  Labels y = labels_with_counts({10, 3, 4});
  SamplingStrategy ratio("0.5", "random_over");
  CHECK_THROWS_WITH_AS(ratio.targets(y, 3, SamplingType::Over),
                       doctest::Contains("value '0.5' is a ratio, which needs binary data"), Error);
  SamplingStrategy too_few("{0:5}", "random_over");
  CHECK_THROWS_WITH_AS(too_few.targets(y, 3, SamplingType::Over),
                       doctest::Contains("asks for 5 samples of class 0, fewer than the 10"), Error);
  SamplingStrategy absent("{4:5}", "random_under");
  CHECK_THROWS_WITH_AS(absent.targets(y, 5, SamplingType::Under), doctest::Contains("class(es) 4"), Error);
  SamplingStrategy majority("majority", "smote");
  CHECK_THROWS_WITH_AS(majority.targets(y, 3, SamplingType::Over), doctest::Contains("over-samplers"), Error);
  CHECK_THROWS_WITH_AS(majority.targets(Labels(5, 1), 3, SamplingType::Under),
                       doctest::Contains("has 1 class(es)"), Error);
}

TEST_CASE("sampling_strategy spellings of one strategy share one canonical text") {
  CHECK(SamplingStrategy("0.50", "smote").canonical() == "0.5");
  CHECK(SamplingStrategy(" auto ", "smote").canonical() == "auto");
  CHECK(SamplingStrategy("{1:20, 0:10}", "smote").canonical() == "{0:10,1:20}");
  CHECK(SamplingStrategy("{2, 0}", "enn").canonical() == "{0,2}");
  ParamSchema schema;
  add_sampling_strategy(schema, SamplingType::Over);
  CHECK(resolve_params(schema, {{"sampling_strategy", "{1: 20,0:10}"}}, "smote").text("sampling_strategy") ==
        "{0:10,1:20}");
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"sampling_strategy", "1.5"}}, "smote"),
                       doctest::Contains("'smote'"), Error);
}
