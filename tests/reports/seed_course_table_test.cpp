#include <doctest/doctest.h>

#include <sstream>

#include "core/error.hpp"
#include "reports/lib/seed_course_table.hpp"
#include "reports/lib/table_writers.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

const std::vector<std::string> kStored = {"precision:average=binary", "accuracy", "f1:average=binary",
                                          "f1:average=macro", "mcc"};

// One group by hand: 2 tasks, train f1 (0.5, 1) and test f1 (0.25, 0.75).
Aggregate one_group(bool with_failure) {
  Aggregate a;
  Group g;
  g.key = {"logreg:c=1", "balanced", "my_sampler:k=5", "toy, v2", 100, 12.5};  // not registered: shown in full
  g.pipeline = "resample=smote:k_neighbors=5 weight=balanced model=logreg:c=1";
  g.ok = 2;
  g.failed = with_failure ? 1 : 0;
  g.train["f1:average=binary"] = {2, 0.75, 0.3535533905932738};
  g.test["f1:average=binary"] = {2, 0.5, 0.3535533905932738};
  g.n_train = {2, 80, 0};
  g.n_test = {2, 20, 0};
  g.n_train_resampled = {2, 144, 0};
  g.n_synthetic = {2, 64, 0};
  a.groups.push_back(g);
  if (with_failure)
    a.failures.push_back({"toy, v2", "resample=smote model=logreg", "k_neighbors=5 > 3 \"minority\"", 0, 2});
  a.metrics = {"f1:average=binary"};
  return a;
}

}  // namespace

TEST_CASE("metric selection: all stored by default, by name or by name and parameters in the order asked") {
  CHECK(select_metrics(kStored, {}) == kStored);
  CHECK(select_metrics(kStored, {"mcc", "f1"}) ==
        std::vector<std::string>{"mcc", "f1:average=binary", "f1:average=macro"});
  CHECK(select_metrics(kStored, {"f1:average=macro", "f1"}) ==
        std::vector<std::string>{"f1:average=macro", "f1:average=binary"});
  CHECK_THROWS_WITH_AS(select_metrics(kStored, {"mc"}), doctest::Contains("did you mean 'mcc'"), Error);
  CHECK_THROWS_WITH_AS(select_metrics(kStored, {"f1:average=micro"}), doctest::Contains("not in the store"), Error);
  CHECK_THROWS_WITH_AS(select_metrics({}, {"f1"}), doctest::Contains("holds no metric values"), Error);
}

TEST_CASE("metric headers are short unless two specs of one metric need their parameters") {
  CHECK(metric_label("balanced_accuracy", kStored) == "Balanced acc.");
  CHECK(metric_label("precision:average=binary", kStored) == "Precision");
  CHECK(metric_label("f1:average=macro", kStored) == "F1 (average=macro)");
  CHECK(metric_label("f1:average=macro", {"f1:average=macro"}) == "F1");
  CHECK(metric_label("my_metric:x=1", {"my_metric:x=1"}) == "my_metric");
}

TEST_CASE("the seed-course table: one row per group, stage columns, sizes, train and test metrics") {
  Table t = seed_course_table(one_group(false), {"f1:average=binary"}, 3);
  std::vector<std::string> headers, groups;
  for (const auto& c : t.columns) {
    headers.push_back(c.header);
    groups.push_back(c.group);
  }
  CHECK(headers == std::vector<std::string>{"Classifier", "Modifiers", "Sampling", "Data set", "Size", "% imbalance",
                                            "Tasks", "n", "fitted", "synthetic", "F1", "n", "F1", "Pipeline"});
  CHECK(groups == std::vector<std::string>{"", "", "", "", "", "", "", "Train", "Train", "Train", "Train", "Test",
                                           "Test", ""});
  REQUIRE(t.rows.size() == 1);
  std::ostringstream md;
  write_markdown(t, md);
  CHECK(md.str().find("| logreg:c=1 | balanced  | my_sampler:k=5 | toy, v2  |  100 |       12.50 |     2 |"
                      "      80 |          144 |              64 | 0.750 ± 0.354 |     20 | 0.500 ± 0.354 |") !=
        std::string::npos);
  CHECK(md.str().find("Metric specs: F1 = f1:average=binary.") != std::string::npos);
  CHECK(md.str().find("failed") == std::string::npos);

  std::ostringstream csv;
  write_csv(t, csv);
  CHECK(csv.str() ==
        "classifier,modifiers,sampling,dataset,size,minority percent,tasks,train n,train n fitted,"
        "train n synthetic,train f1:average=binary mean,train f1:average=binary sd,test n,"
        "test f1:average=binary mean,test f1:average=binary sd,pipeline\r\n"
        "logreg:c=1,balanced,my_sampler:k=5,\"toy, v2\",100,12.5,2,80,144,64,0.75,0.3535533905932738,20,0.5,"
        "0.3535533905932738,resample=smote:k_neighbors=5 weight=balanced model=logreg:c=1\r\n");

  std::ostringstream tex;
  write_latex(t, tex);
  CHECK(tex.str().find("Classifier & Modifiers & Sampling & Data set & Size & \\% imbalance & Tasks & n & fitted & "
                       "synthetic & F1 & n & F1 \\\\") != std::string::npos);
  CHECK(tex.str().find("\\multicolumn{4}{c}{Train} & \\multicolumn{2}{c}{Test}") != std::string::npos);
  CHECK(tex.str().find("\\cmidrule(lr){8-11} \\cmidrule(lr){12-13}") != std::string::npos);
}

TEST_CASE("with failed tasks the table gains a Failed column and a note; the failures table lists them") {
  Aggregate a = one_group(true);
  Table t = seed_course_table(a, {"f1:average=binary"}, 2);
  CHECK(t.columns[7].header == "Failed");
  CHECK(std::get<double>(t.rows[0][7]) == 1);
  CHECK(t.notes.back() == "1 task(s) failed; their means exclude them (see the failed tasks).");

  Table f = failures_table(a);
  REQUIRE(f.rows.size() == 1);
  std::ostringstream csv;
  write_csv(f, csv);
  CHECK(csv.str() ==
        "dataset,pipeline,repeat,fold,message\r\n"
        "\"toy, v2\",resample=smote model=logreg,0,2,\"k_neighbors=5 > 3 \"\"minority\"\"\"\r\n");
  std::ostringstream tex;
  write_latex(f, tex);
  CHECK(tex.str().find("toy, v2 & resample=smote model=logreg & 0 & 2 & k\\_neighbors=5 > 3 \"minority\" \\\\") !=
        std::string::npos);
}

TEST_CASE("a group whose every task failed shows empty cells, not zeros") {
  Aggregate a;
  Group g;
  g.key = {"decision_tree", "none", "none", "toy", 0, 0};
  g.failed = 5;
  g.n_train = g.n_test = g.n_train_resampled = g.n_synthetic = summarize({});
  a.groups.push_back(g);
  a.failures.push_back({"toy", "model=decision_tree", "oops", 0, 0});
  Table t = seed_course_table(a, {}, 3);
  std::ostringstream md;
  write_markdown(t, md);
  CHECK(md.str().find("| decision_tree | none      | none     | toy      |    – |           – |     0 |      5 |"
                      "       – |") != std::string::npos);
}
