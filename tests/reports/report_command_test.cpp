// `imbench report` as a user calls it, on a store written by hand.
#include <doctest/doctest.h>

#include <sys/wait.h>

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
  CHECK(quiet.out == "wrote " + dir + "/exp_report/results.md\nwrote " + dir + "/exp_report/results.tex\nwrote " +
                         dir + "/exp_report/results.csv\nwrote " + dir + "/exp_report/failures.csv\n");
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
