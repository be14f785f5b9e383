// `imbench report` as a user calls it, on a store written by hand.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/engine/result_store.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

namespace {

struct Outcome {
  int exit_code;
  std::string out, err;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Outcome report(const std::string& args, const std::string& dir) {
  const std::string out_file = dir + "/stdout.txt", err_file = dir + "/stderr.txt";
  int status =
      std::system((std::string(IMBENCH_BINARY) + " report " + args + " >" + out_file + " 2>" + err_file).c_str());
  return {WEXITSTATUS(status), read_file(out_file), read_file(err_file)};
}

void fill_store(const std::string& path) {
  ResultStore store = ResultStore::open(path);
  RunInfo run;
  run.run_id = "run-1";
  run.imbench_version = "0.1.0";
  run.git_revision = "abc";
  run.host = "test-host";
  run.seed = 7;
  run.started_at = "2026-01-01T00:00:00Z";
  run.finished_at = "2026-01-01T00:01:00Z";
  store.record_run(run);
  for (int fold = 0; fold < 3; ++fold) {
    TaskResult r;
    r.task_key = "task" + std::to_string(fold);
    r.dataset = "toy";
    r.dataset_hash = "00";
    r.pipeline = "resample=no_such_sampler:k=2 weight=none model=no_such_model";
    r.fold = fold;
    r.status = fold == 2 ? "failed" : "ok";
    r.error = fold == 2 ? "too few minority samples" : "";
    if (fold < 2) {
      r.train_metrics = {{"f1", 1.0}, {"accuracy", 0.75 + 0.25 * fold}};
      r.test_metrics = {{"f1", 0.5 * fold}, {"accuracy", 0.5}};
    }
    r.n_train = 8;
    r.n_test = 4;
    r.n_train_resampled = 12;
    r.n_synthetic = 4;
    r.dataset_samples = 12;
    r.minority_percent = 25;
    store.record(r);
  }
}

}  // namespace

TEST_CASE("imbench report writes its files next to the store and prints the table when asked") {
  const std::string dir = testing::temp_dir();
  fill_store(dir + "/exp.db");
  Outcome quiet = report(dir + "/exp.db", dir);
  REQUIRE(quiet.exit_code == 0);
  std::string listing;
  for (const char* file : {"results.md", "results.tex", "results.csv", "failures.csv", "timing.md", "timing.tex",
                           "timing.csv", "timing.svg", "results_long.csv", "context.tex", "report.html"})
    listing += "wrote " + dir + "/exp_report/" + file + "\n";
  CHECK(quiet.out == listing);  // one pipeline: no per-data-set table
  std::string md = read_file(dir + "/exp_report/results.md");
  CHECK(md.find("| no_such_model | none      | no_such_sampler:k=2 | toy      |   12 |       25.00 |     2 |      1 |")
        != std::string::npos);
  CHECK(md.find("0.875 ± 0.177") != std::string::npos);  // train accuracy over (0.75, 1)
  CHECK(md.find("too few minority samples") != std::string::npos);
  CHECK(md.find("Source: " + dir + "/exp.db, 1 run; imbench 0.1.0 (git abc), seed 7, host test-host.") !=
        std::string::npos);

  Outcome printed = report(dir + "/exp.db -o " + dir + "/out --format csv,md --metric f1 --digits 2 --print", dir);
  REQUIRE(printed.exit_code == 0);
  CHECK(printed.out == read_file(dir + "/out/results.md"));
  CHECK(printed.out.find("0.25 ± 0.35") != std::string::npos);  // test f1 over (0, 0.5)
  CHECK(printed.out.find("Accuracy") == std::string::npos);
  CHECK(printed.err.find("wrote " + dir + "/out/results.csv") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir + "/out/results.tex"));
}

TEST_CASE("imbench report errors: missing store, empty store, unknown metric or format") {
  const std::string dir = testing::temp_dir();
  Outcome missing = report(dir + "/nothing.db", dir);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("result store '" + dir + "/nothing.db' does not exist") != std::string::npos);

  ResultStore::open(dir + "/empty.db");
  Outcome empty = report(dir + "/empty.db", dir);
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("holds no task results yet") != std::string::npos);

  fill_store(dir + "/exp.db");
  Outcome metric = report(dir + "/exp.db --metric f2", dir);
  CHECK(metric.exit_code == 1);
  CHECK(metric.err.find("metric 'f2' is not in the store") != std::string::npos);
  CHECK(metric.err.find("did you mean 'f1'") != std::string::npos);
  Outcome format = report(dir + "/exp.db --format pdf", dir);
  CHECK(format.exit_code == 1);
  CHECK(format.err.find("unknown format 'pdf'") != std::string::npos);
  Outcome none = report("", dir);
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("no result store given") != std::string::npos);
}

namespace {

// Two pipelines x two data sets, three folds, balanced accuracy and log loss.
void fill_comparison_store(const std::string& path) {
  ResultStore store = ResultStore::open(path);
  const std::vector<std::string> pipelines = {"resample=none weight=none model=logistic_regression",
                                              "resample=smote weight=none model=logistic_regression"};
  for (int d = 0; d < 2; ++d)
    for (int p = 0; p < 2; ++p)
      for (int fold = 0; fold < 3; ++fold) {
        TaskResult r;
        r.dataset = d ? "yeast" : "ecoli";
        r.pipeline = pipelines[static_cast<std::size_t>(p)];
        r.task_key = r.dataset + std::to_string(p) + std::to_string(fold);
        r.cv = "stratified_kfold:folds=3";
        r.fold = fold;
        r.status = "ok";
        r.dataset_samples = 100;
        r.minority_percent = 10;
        r.test_metrics = {{"balanced_accuracy", 0.5 + 0.25 * p + 0.125 * d}, {"log_loss", 0.5 - 0.25 * p}};
        r.train_metrics = r.test_metrics;
        r.stage_seconds = {{"fit", 0.001 * (fold + 1)}};
        store.record(r);
      }
}

}  // namespace

TEST_CASE("imbench report with two pipelines: per-data-set tables, a baseline, and benchmark JSON") {
  const std::string dir = testing::temp_dir();
  fill_comparison_store(dir + "/cmp.db");
  Outcome out = report(dir + "/cmp.db --format md,csv --baseline logistic_regression", dir);
  REQUIRE(out.exit_code == 0);
  CHECK(out.out.find("wrote " + dir + "/cmp_report/datasets_balanced_accuracy.md\n") != std::string::npos);
  CHECK(out.out.find("wrote " + dir + "/cmp_report/baseline_balanced_accuracy.csv\n") != std::string::npos);
  std::string md = read_file(dir + "/cmp_report/datasets_balanced_accuracy.md");
  CHECK(md.find("| ecoli        | <u>0.500 ± 0.000</u> |           **0.750 ± 0.000** |") != std::string::npos);
  CHECK(md.find("Against the baseline logistic_regression over 2 data sets") != std::string::npos);
  CHECK(md.find("| smote + logistic_regression |     0.8125 |            2/0/0 |") != std::string::npos);
  std::string long_csv = read_file(dir + "/cmp_report/results_long.csv");
  CHECK(std::count(long_csv.begin(), long_csv.end(), '\n') == 1 + 12 * 4);

  Outcome both = report(dir + "/cmp.db -o " + dir + "/two --format md --metric log_loss,balanced_accuracy", dir);
  REQUIRE(both.exit_code == 0);
  CHECK(read_file(dir + "/two/datasets_log_loss.md").find("(lower is better;") != std::string::npos);
  CHECK(std::filesystem::exists(dir + "/two/datasets_balanced_accuracy.md"));

  Outcome unknown = report(dir + "/cmp.db --baseline smote", dir);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("--baseline: unknown pipeline 'smote'") != std::string::npos);
  CHECK(unknown.err.find("known: resample=none weight=none model=logistic_regression, resample=smote") !=
        std::string::npos);

  const std::string json = testing::source_path("tests/data/benchmark_sample.json");
  Outcome bench = report("--benchmark-json " + json + " -o " + dir + "/bench --format md,csv", dir);
  REQUIRE(bench.exit_code == 0);
  CHECK(bench.out == "wrote " + dir + "/bench/benchmarks.md\nwrote " + dir + "/bench/benchmarks.csv\n");
  CHECK(read_file(dir + "/bench/benchmarks.csv").rfind("name,iterations,real_time,cpu_time,time_unit,", 0) == 0);
  Outcome stats_alone = report("--benchmark-json " + json + " --stats f1", dir);
  CHECK(stats_alone.exit_code == 1);
  CHECK(stats_alone.err.find("--stats needs a result store") != std::string::npos);
}

TEST_CASE("imbench report gathers tables and figures in one self-contained report.html") {
  const std::string dir = testing::temp_dir();
  fill_comparison_store(dir + "/cmp.db");
  Outcome out = report(dir + "/cmp.db --stats balanced_accuracy", dir);
  REQUIRE(out.exit_code == 0);
  for (const char* file : {"cd_balanced_accuracy.svg", "timing.svg", "report.html", "stats.md", "context.tex"}) {
    CAPTURE(file);
    CHECK(out.out.find("wrote " + dir + "/cmp_report/" + file + "\n") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(dir + "/cmp_report/results.html"));  // html means the page, not fragments
  const std::string page = read_file(dir + "/cmp_report/report.html");
  for (const char* section : {">Study</a>", ">Per data set</a>", ">Statistical comparison</a>", ">Timing</a>",
                              ">All results</a>", ">Setup for a paper</a>"}) {
    CAPTURE(section);
    CHECK(page.find(section) != std::string::npos);
  }
  // The CD diagram and the timing chart inline, the per-data-set table with its marks.
  std::size_t svgs = 0;
  for (auto at = page.find("<svg"); at != std::string::npos; at = page.find("<svg", at + 1)) ++svgs;
  CHECK(svgs == 2);
  CHECK(page.find("<strong>0.750 ± 0.000</strong>") != std::string::npos);
  CHECK(page.find("\\newcommand") != std::string::npos);

  Outcome plain = report(dir + "/cmp.db -o " + dir + "/plain --figures none --format html", dir);
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out == "wrote " + dir + "/plain/report.html\n");
  CHECK(read_file(dir + "/plain/report.html").find("<svg") == std::string::npos);
  Outcome bad = report(dir + "/cmp.db --figures gif", dir);
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("unknown figure format 'gif'") != std::string::npos);
}
