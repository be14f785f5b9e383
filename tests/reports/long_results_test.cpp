#include "reports/lib/long_results.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <sstream>

#include "reports/lib/table_writers.hpp"

using namespace imbench;
using namespace imbench::reports;

TEST_CASE("long CSV: one row per split and metric of each successful task, one row per failed task") {
  std::vector<TaskResult> results;
  for (int fold = 0; fold < 3; ++fold) {
    TaskResult r;
    r.dataset = "toy,set";  // a comma: the field must be quoted
    r.pipeline = "resample=none weight=none model=logistic_regression";
    r.cv = "stratified_kfold:folds=3";
    r.seed = 18446744073709551615ull;  // beyond a double's exact integers
    r.repeat = 1;
    r.fold = fold;
    r.status = fold == 2 ? "failed" : "ok";
    r.error = fold == 2 ? "fold has no minority sample" : "";
    if (fold < 2) {
      r.train_metrics = {{"f1", 0.5 + fold}, {"mcc", std::numeric_limits<double>::quiet_NaN()}};
      r.test_metrics = {{"f1", 0.25}, {"mcc", 0.1}};
    }
    results.push_back(r);
  }
  Table t = long_results_table(results);
  CHECK(t.rows.size() == 2 * 4 + 1);
  std::ostringstream out;
  write_csv(t, out);
  const std::string prefix = "\"toy,set\",resample=none weight=none model=logistic_regression,stratified_kfold:folds=3,"
                             "18446744073709551615,1,";
  CHECK(out.str().rfind("dataset,pipeline,cv,seed,repeat,fold,split,metric,value,status,error\r\n", 0) == 0);
  CHECK(out.str().find(prefix + "0,train,f1,0.5,ok,\r\n") != std::string::npos);
  CHECK(out.str().find(prefix + "1,train,f1,1.5,ok,\r\n") != std::string::npos);
  CHECK(out.str().find(prefix + "1,train,mcc,,ok,\r\n") != std::string::npos);  // undefined value: empty
  CHECK(out.str().find(prefix + "0,test,mcc,0.1,ok,\r\n") != std::string::npos);
  CHECK(out.str().find(prefix + "2,,,,failed,fold has no minority sample\r\n") != std::string::npos);
  std::size_t lines = 0;
  for (char c : out.str()) lines += c == '\n';
  CHECK(lines == 10);
}
