// The report's numbers against pandas (scripts/oracles/report_aggregate.py),
// on a store of random results with undefined values and failed tasks.
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "bench/engine/result_store.hpp"
#include "reports/lib/report_files.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

TEST_CASE("report means and sample sds match pandas groupby on the same store") {
  const std::string dir = testing::temp_dir();
  const std::string store_path = dir + "/random.db";
  std::mt19937_64 engine(20240611);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const std::vector<std::string> pipelines = {"resample=none weight=none model=m1",
                                              "resample=s1:k=3 weight=w1 model=m1",
                                              "resample=s1:k=5 weight=none model=m2:depth=2"};
  const std::vector<std::string> metrics = {"f1:average=binary", "accuracy", "mcc", "roc_auc"};
  {
    ResultStore store = ResultStore::open(store_path);
    int key = 0;
    for (const std::string dataset : {"alpha", "beta, with comma"})
      for (const auto& pipeline : pipelines)
        for (int repeat = 0; repeat < 3; ++repeat)
          for (int fold = 0; fold < 4; ++fold) {
            TaskResult r;
            r.task_key = "t" + std::to_string(key++);
            r.dataset = dataset;
            r.dataset_hash = "ab";
            r.pipeline = pipeline;
            r.repeat = repeat;
            r.fold = fold;
            r.dataset_samples = 103;
            r.minority_percent = 100.0 * 11 / 103;
            r.n_train = 77 + fold % 2;
            r.n_test = 103 - r.n_train;
            r.n_synthetic = static_cast<std::size_t>(60 * unit(engine));
            r.n_train_resampled = r.n_train + r.n_synthetic;
            bool fails = unit(engine) < 0.08;
            r.status = fails ? "failed" : "ok";
            r.error = fails ? "random failure " + r.task_key : "";
            if (!fails)
              for (const auto& m : metrics) {
                r.train_metrics[m] = unit(engine);
                r.test_metrics[m] = unit(engine) < 0.1 ? std::nan("") : unit(engine) * 2 - 1;
              }
            store.record(r);
          }
  }
  ResultStore store = ResultStore::open_existing(store_path);
  reports::ReportOptions options;
  options.formats = {"csv"};
  reports::Report report = reports::build_report(store.load_results(), options);
  REQUIRE(report.failures.has_value());  // the seed gives some failures
  reports::write_report(report, options, dir);

  std::string out = testing::run_python("scripts/oracles/report_aggregate.py", {store_path, dir + "/results.csv"});
  INFO(out);
  auto compared = std::stoul(out.substr(out.find("compared ") + 9));
  double diff = std::stod(out.substr(out.find("max_abs_diff ") + 13));
  CHECK(compared == 6 * (2 + 4 + 2 * 2 * 4));  // groups x (counts + sizes + metric means and sds)
  CHECK(diff <= 1e-12);
}
