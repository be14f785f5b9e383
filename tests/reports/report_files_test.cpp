#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "reports/lib/report_files.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<TaskResult> two_tasks(bool one_fails) {
  std::vector<TaskResult> results(2);
  for (int fold = 0; fold < 2; ++fold) {
    TaskResult& r = results[fold];
    r.task_key = "key" + std::to_string(fold);
    r.dataset = "toy";
    r.pipeline = "resample=none weight=none model=my_model";
    r.fold = fold;
    r.status = "ok";
    r.train_metrics = {{"f1:average=binary", 1.0}, {"precision:average=binary", 0.5}};
    r.test_metrics = {{"f1:average=binary", 0.5 + 0.25 * fold}, {"precision:average=binary", 0.5}};
    r.n_train = 8;
    r.n_test = 2;
    r.n_train_resampled = 8;
    r.dataset_samples = 10;
    r.minority_percent = 20;
  }
  if (one_fails) {
    results[1].status = "failed";
    results[1].error = "the model refused 50% of the rows";
  }
  return results;
}

}  // namespace

TEST_CASE("a report writes results.md, results.tex and results.csv, failures.csv only when tasks failed") {
  const std::filesystem::path dir = std::filesystem::path(testing::temp_dir()) / "nested" / "report";
  ReportOptions options;
  Report report = build_report(two_tasks(true), options);
  REQUIRE(report.failures.has_value());
  auto written = write_report(report, options, dir);
  CHECK(written == std::vector<std::filesystem::path>{dir / "results.md", dir / "results.tex", dir / "results.csv",
                                                      dir / "failures.csv"});
  CHECK(read_file(dir / "results.md") == markdown_text(report));
  CHECK(markdown_text(report).find("**Failed tasks**") != std::string::npos);
  std::string tex = read_file(dir / "results.tex");
  CHECK(tex.find("the model refused 50\\% of the rows") != std::string::npos);
  CHECK(tex.find("\\caption{Failed tasks}") != std::string::npos);
  CHECK(read_file(dir / "failures.csv").find("\"the model refused 50% of the rows\"") == std::string::npos);
  CHECK(read_file(dir / "failures.csv").find(",the model refused 50% of the rows\r\n") != std::string::npos);

  // Precision comes before F1; the columns follow the stored metrics.
  std::string csv = read_file(dir / "results.csv");
  CHECK(csv.find("train precision:average=binary mean,train precision:average=binary sd,"
                 "train f1:average=binary mean") != std::string::npos);

  // A later report without failures removes the stale failures.csv.
  Report clean = build_report(two_tasks(false), options);
  CHECK_FALSE(clean.failures.has_value());
  write_report(clean, options, dir);
  CHECK_FALSE(std::filesystem::exists(dir / "failures.csv"));
  CHECK(read_file(dir / "results.csv").find(",0.625,0.1767766952966369,") != std::string::npos);
}

TEST_CASE("report options: chosen formats and metrics, standalone LaTeX, clear errors") {
  const std::filesystem::path dir = testing::temp_dir();
  ReportOptions options;
  options.formats = {"tex"};
  options.metrics = {"f1"};
  options.latex_standalone = true;
  Report report = build_report(two_tasks(false), options);
  auto written = write_report(report, options, dir);
  REQUIRE(written == std::vector<std::filesystem::path>{dir / "results.tex"});
  std::string tex = read_file(dir / "results.tex");
  CHECK(tex.rfind("\\documentclass{article}", 0) == 0);
  CHECK(tex.find("Precision") == std::string::npos);

  options.formats = {"html"};
  REQUIRE(write_report(report, options, dir) == std::vector<std::filesystem::path>{dir / "results.html"});
  CHECK(read_file(dir / "results.html").rfind("<table>\n<caption>", 0) == 0);
  options.formats = {"pdf"};
  CHECK_THROWS_WITH_AS(write_report(report, options, dir), doctest::Contains("unknown format 'pdf'"), Error);
  options.metrics = {"recall"};
  CHECK_THROWS_WITH_AS(build_report(two_tasks(false), options),
                       doctest::Contains("metric 'recall' is not in the store"), Error);
  CHECK_THROWS_WITH_AS(build_report({}, ReportOptions{}), doctest::Contains("no task results"), Error);
}

TEST_CASE("the provenance note names the store and what the runs had in common or not") {
  RunInfo a;
  a.imbench_version = "0.1.0";
  a.git_revision = "abc";
  a.seed = 1;
  a.host = "h1";
  a.finished_at = "2026-01-01T00:00:00Z";
  RunInfo b = a;
  b.host = "h2";
  b.finished_at = "";
  CHECK(provenance_note("r.db", {a}) == "Source: r.db, 1 run; imbench 0.1.0 (git abc), seed 1, host h1.");
  CHECK(provenance_note("r.db", {a, b}) ==
        "Source: r.db, 2 runs; imbench 0.1.0 (git abc), seed 1, host h1 / h2; 1 unfinished.");
  CHECK(provenance_note("r.db", {}) == "Source: r.db.");
}
