#include "reports/lib/timing_tables.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "reports/lib/quantile.hpp"
#include "reports/lib/table_writers.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::reports;

TEST_CASE("quantiles interpolate linearly between order statistics, as numpy.quantile's default") {
  // numpy.quantile([1, 2, 3, 10], [0.25, 0.5, 0.75]) -> 1.75, 2.5, 4.75; quantile(arange(1, 11), 0.9) -> 9.1
  CHECK(quantile({10, 2, 3, 1}, 0.25) == doctest::Approx(1.75));
  CHECK(quantile({10, 2, 3, 1}, 0.5) == doctest::Approx(2.5));
  CHECK(quantile({10, 2, 3, 1}, 0.75) == doctest::Approx(4.75));
  CHECK(quantile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9) == doctest::Approx(9.1));
  CHECK(quantile({4}, 0.25) == 4);
  CHECK(quantile({3, 1, 2}, 0) == 1);
  CHECK(quantile({3, 1, 2}, 1) == 3);
  MedianIqr m = median_iqr({10, 2, 3, 1});
  CHECK(m.median == doctest::Approx(2.5));
  CHECK(m.iqr == doctest::Approx(3.0));
  CHECK_THROWS_AS(quantile({}, 0.5), Error);
  CHECK_THROWS_AS(quantile({1}, 1.5), Error);
}

TEST_CASE("timing table: median and IQR per stage and of the total, in milliseconds, over successful tasks") {
  const std::string p = "resample=smote weight=none model=logistic_regression";
  std::vector<TaskResult> results;
  const std::vector<double> fit = {0.001, 0.002, 0.003, 0.010};
  for (std::size_t i = 0; i < fit.size() + 1; ++i) {
    TaskResult r;
    r.pipeline = p;
    r.status = i < fit.size() ? "ok" : "failed";
    r.stage_seconds = {{"fit", i < fit.size() ? fit[i] : 100.0}, {"split", 0.0005}, {"custom", 0.001}};
    if (i == 0) r.stage_seconds.erase("custom");  // a stage not every task timed
    results.push_back(r);
  }
  Table t = timing_table(results, {p});
  REQUIRE(t.rows.size() == 1);
  // Columns: pipeline, tasks, split, fit, custom (known stages first), total; each median, IQR.
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.group + " " + c.header);
  CHECK(headers == std::vector<std::string>{" Pipeline", " Tasks", "Split median", "Split IQR", "Fit median", "Fit IQR",
                                            "Custom median", "Custom IQR", "Total median", "Total IQR",
                                            " Canonical pipeline"});
  const auto& row = t.rows[0];
  CHECK(std::get<std::string>(row[0]) == "smote + logistic_regression");
  CHECK(std::get<double>(row[1]) == 4);  // the failed task is left out
  CHECK(std::get<double>(row[2]) == doctest::Approx(0.5));
  CHECK(std::get<double>(row[3]) == doctest::Approx(0.0));
  CHECK(std::get<double>(row[4]) == doctest::Approx(2.5));
  CHECK(std::get<double>(row[5]) == doctest::Approx(3.0));
  CHECK(std::get<double>(row[6]) == doctest::Approx(1.0));
  // Totals 1.5, 3.5, 4.5, 11.5 ms -> median 4, quartiles 3 and 6.25.
  CHECK(std::get<double>(row[8]) == doctest::Approx(4.0));
  CHECK(std::get<double>(row[9]) == doctest::Approx(3.25));
  std::ostringstream csv;
  write_csv(t, csv);
  CHECK(csv.str().rfind("label,tasks,split median ms,split iqr ms,fit median ms,", 0) == 0);
}

namespace {
std::string sample_json() {
  std::ifstream in(testing::source_path("tests/data/benchmark_sample.json"));
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

TEST_CASE("Google Benchmark JSON: name, iterations, times, unit, counters, errors, and the context as a note") {
  Table t = benchmark_table(sample_json(), "benchmark_sample.json");
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.header);
  CHECK(headers == std::vector<std::string>{"Benchmark", "Iterations", "Real time", "CPU time", "Unit",
                                            "items_per_second", "samples", "Error"});
  REQUIRE(t.rows.size() == 3);
  CHECK(std::get<std::string>(t.rows[0][0]) == "BM_Smote/1000");
  CHECK(std::get<double>(t.rows[0][1]) == 1517);
  CHECK(std::get<double>(t.rows[0][2]) == doctest::Approx(461187.25));
  CHECK(std::get<double>(t.rows[0][3]) == doctest::Approx(460911.5));
  CHECK(std::get<std::string>(t.rows[0][4]) == "ns");
  CHECK(std::get<double>(t.rows[0][5]) == doctest::Approx(2169613.0));
  CHECK(std::holds_alternative<std::monostate>(t.rows[0][6]));
  CHECK(std::get<double>(t.rows[1][6]) == 5000);
  CHECK(std::holds_alternative<std::monostate>(t.rows[2][1]));
  CHECK(std::get<std::string>(t.rows[2][7]) == "data set too small");
  CHECK(t.notes[0] == "Context: date 2026-11-29T21:50:00+00:00; host bench-host; executable ./build/imbench_micro; "
                      "CPUs 2; MHz per CPU 2200; benchmark library build release.");
  std::ostringstream md;
  write_markdown(t, md);
  CHECK(md.str().find("| BM_Smote/1000     |       1517 | 461187.250 | 460911.500 | ns   |          2169613 |       – | –  ") !=
        std::string::npos);
}

TEST_CASE("Google Benchmark JSON errors name the file and what is wrong") {
  CHECK_THROWS_WITH_AS(benchmark_table("{\"benchmarks\": [", "x.json"), doctest::Contains("benchmark JSON 'x.json'"),
                       Error);
  CHECK_THROWS_WITH_AS(benchmark_table("{\"context\": {}}", "x.json"), doctest::Contains("no \"benchmarks\" array"),
                       Error);
  CHECK_THROWS_WITH_AS(benchmark_table("{\"benchmarks\": [{\"name\": \"a\", \"iterations\": 1}]}", "x.json"),
                       doctest::Contains("benchmark 1 has no \"real_time\""), Error);
}
