// `imbench plot` as a user calls it.
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

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Outcome run_imbench(const std::string& args, const std::string& dir) {
  const std::string out = dir + "/stdout.txt", err = dir + "/stderr.txt";
  int status = std::system(("cd " + dir + " && " + std::string(IMBENCH_BINARY) + " " + args + " >" + out + " 2>" + err).c_str());
  return {WEXITSTATUS(status), slurp(out), slurp(err)};
}

// Two pipelines on one data set, two folds, without predictions.
void fill_store(const std::string& path) {
  ResultStore store = ResultStore::open(path);
  for (int p = 0; p < 2; ++p)
    for (int fold = 0; fold < 2; ++fold) {
      TaskResult r;
      r.task_key = std::to_string(p) + "-" + std::to_string(fold);
      r.dataset = "toy";
      r.dataset_hash = "0123abcd";
      r.cv = "cv";
      r.status = "ok";
      r.fold = fold;
      r.pipeline = p == 0 ? "resample=none weight=none model=logistic_regression"
                          : "resample=smote:k_neighbors=5,sampling_strategy=auto weight=none model=logistic_regression";
      r.stage_seconds = {{"fit", 0.01 * (p + 1)}, {"predict", 0.001}};
      r.test_metrics = {{"f1", 0.5}};
      r.dataset_samples = 50;
      store.record(r);
    }
}

}  // namespace

TEST_CASE("imbench plot: help, kinds, and errors that say what to do") {
  const std::string dir = testing::temp_dir();
  fill_store(dir + "/s.db");
  Outcome help = run_imbench("plot --help", dir);
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("scatter DATA --resample S") != std::string::npos);
  CHECK(run_imbench("plot roc --help", dir).out.find("--repeat") != std::string::npos);

  Outcome kind = run_imbench("plot pie s.db", dir);
  CHECK(kind.exit_code == 1);
  CHECK(kind.err.find("timing") != std::string::npos);

  Outcome no_predictions = run_imbench("plot roc s.db --dataset toy", dir);
  CHECK(no_predictions.exit_code == 1);
  CHECK(no_predictions.err.find("--store-predictions") != std::string::npos);

  Outcome unknown = run_imbench("plot pr s.db --dataset tyo", dir);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("toy") != std::string::npos);

  Outcome missing = run_imbench("plot cd s.db", dir);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("--metric") != std::string::npos);

  Outcome timing = run_imbench("plot timing s.db", dir);
  CHECK(timing.exit_code == 0);
  CHECK(timing.out == "timing.svg\n");
  CHECK(std::filesystem::exists(dir + "/timing.svg"));
  testing::run_python("scripts/oracles/svg_summary.py", {dir + "/timing.svg"});
}

TEST_CASE("imbench plot scatter writes the SVG (and a PNG when rsvg-convert is there)") {
  const std::string dir = testing::temp_dir();
  const bool converter = std::system("command -v rsvg-convert >/dev/null 2>&1") == 0;
  Outcome o = run_imbench(std::string("plot scatter 'make_classification:n_samples=120,n_features=3,n_informative=2,n_redundant=1,weights=0.8,seed=2' ") +
                          "--resample random_under --features 2,0 -o out/scatter.svg" + (converter ? " --png" : ""),
                      dir);
  REQUIRE(o.exit_code == 0);
  CHECK(std::filesystem::exists(dir + "/out/scatter.svg"));
  if (converter) CHECK(std::filesystem::file_size(dir + "/out/scatter.png") > 1000);
  CHECK(run_imbench("plot scatter ecoli --resample smote --features 0", dir).err.find("two indices") != std::string::npos);
}
