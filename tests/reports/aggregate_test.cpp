#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "reports/lib/aggregate.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

TaskResult task(const std::string& pipeline, int repeat, int fold, double f1_train, double f1_test) {
  TaskResult r;
  r.task_key = "k" + std::to_string(repeat) + std::to_string(fold) + pipeline;
  r.dataset = "toy";
  r.pipeline = pipeline;
  r.repeat = repeat;
  r.fold = fold;
  r.status = "ok";
  r.train_metrics = {{"f1:average=binary", f1_train}, {"accuracy", 1.0}};
  r.test_metrics = {{"f1:average=binary", f1_test}, {"accuracy", 0.5}};
  r.n_train = 80 + fold;
  r.n_test = 20 - fold;
  r.n_train_resampled = 140 + fold;
  r.n_synthetic = 60;
  r.dataset_samples = 100;
  r.minority_percent = 10;
  return r;
}

TaskResult failed(const std::string& pipeline, int fold, std::size_t samples, const std::string& message) {
  TaskResult r;
  r.task_key = "f" + std::to_string(fold);
  r.dataset = "toy";
  r.pipeline = pipeline;
  r.fold = fold;
  r.status = "failed";
  r.error = message;
  r.dataset_samples = samples;
  r.minority_percent = samples ? 10 : 0;
  return r;
}

const std::string kSmote = "resample=smote:k_neighbors=5 weight=balanced model=logreg:c=1";
const std::string kPlain = "resample=none weight=none model=logreg:c=1";

}  // namespace

TEST_CASE("mean and sample sd are exact on representable values") {
  Summary s = summarize({0.25, 0.5, 0.75, 1.0});
  CHECK(s.count == 4);
  CHECK(s.mean == 0.625);
  CHECK(s.sd == std::sqrt(0.3125 / 3));  // squared deviations sum to 0.3125 exactly
  Summary one = summarize({0.4});
  CHECK(one.mean == 0.4);
  CHECK(std::isnan(one.sd));
  Summary none = summarize({});
  CHECK(none.count == 0);
  CHECK(std::isnan(none.mean));
  CHECK(summarize({2, 2, 2}).sd == 0);
}

TEST_CASE("a canonical pipeline splits into sampling, modifiers and classifier") {
  PipelineParts p = split_pipeline(kSmote);
  CHECK(p.sampling == "smote:k_neighbors=5");
  CHECK(p.modifiers == "balanced");
  CHECK(p.classifier == "logreg:c=1");
  PipelineParts bare = split_pipeline("model=decision_tree");
  CHECK(bare.sampling == "none");
  CHECK(bare.modifiers == "none");
  CHECK(bare.classifier == "decision_tree");
  CHECK_THROWS_WITH_AS(split_pipeline("modle=x"), doctest::Contains("did you mean 'model'"), Error);
}

TEST_CASE("tasks group by configuration and data set; metrics and sizes summarise over folds x repeats") {
  std::vector<TaskResult> results = {
      task(kSmote, 0, 0, 0.25, 1.0), task(kSmote, 0, 1, 0.5, 0.75), task(kSmote, 1, 0, 0.75, 0.5),
      task(kSmote, 1, 1, 1.0, 0.25), task(kPlain, 0, 0, 0.5, 0.5),  task(kPlain, 0, 1, 0.5, 0.25)};
  results[4].test_metrics["mcc"] = 0.125;  // a metric present in one task only
  results[5].test_metrics["mcc"] = std::nan("");  // undefined there: left out
  Aggregate a = aggregate(results);
  REQUIRE(a.groups.size() == 2);
  CHECK(a.failures.empty());
  CHECK(a.metrics == std::vector<std::string>{"accuracy", "f1:average=binary", "mcc"});

  const Group& plain = a.groups[0];  // "none" sorts before "balanced"
  CHECK(plain.key.modifiers == "none");
  CHECK(plain.key.sampling == "none");
  CHECK(plain.ok == 2);
  CHECK(plain.test.at("f1:average=binary").mean == 0.375);
  CHECK(plain.test.at("f1:average=binary").sd == std::sqrt(0.03125));
  CHECK(plain.test.at("mcc").count == 1);
  CHECK(plain.test.at("mcc").mean == 0.125);
  CHECK(std::isnan(plain.test.at("mcc").sd));

  const Group& smote = a.groups[1];
  CHECK(smote.key.classifier == "logreg:c=1");
  CHECK(smote.key.modifiers == "balanced");
  CHECK(smote.key.sampling == "smote:k_neighbors=5");
  CHECK(smote.key.dataset == "toy");
  CHECK(smote.key.samples == 100);
  CHECK(smote.key.minority_percent == 10);
  CHECK(smote.pipeline == kSmote);
  CHECK(smote.ok == 4);
  CHECK(smote.failed == 0);
  CHECK(smote.train.at("f1:average=binary").mean == 0.625);
  CHECK(smote.train.at("f1:average=binary").sd == std::sqrt(0.3125 / 3));
  CHECK(smote.test.at("f1:average=binary").mean == 0.625);
  CHECK(smote.train.at("accuracy").sd == 0);
  CHECK(smote.n_train.mean == 80.5);
  CHECK(smote.n_test.mean == 19.5);
  CHECK(smote.n_train_resampled.mean == 140.5);
  CHECK(smote.n_synthetic.mean == 60);
  CHECK(smote.n_synthetic.sd == 0);
}

TEST_CASE("failed tasks are counted in their group and listed with their messages") {
  std::vector<TaskResult> results = {task(kSmote, 0, 0, 0.5, 0.5), failed(kSmote, 1, 100, "fit diverged"),
                                     failed(kSmote, 2, 0, "cannot read toy.h5"),
                                     failed("model=decision_tree", 0, 0, "bad depth")};
  Aggregate a = aggregate(results);
  REQUIRE(a.groups.size() == 2);
  const Group& smote = a.groups[1];
  CHECK(smote.key.classifier == "logreg:c=1");
  CHECK(smote.ok == 1);
  CHECK(smote.failed == 2);  // the one without a data set size joins its configuration
  CHECK(smote.train.at("f1:average=binary").count == 1);

  const Group& tree = a.groups[0];
  CHECK(tree.key.classifier == "decision_tree");
  CHECK(tree.ok == 0);
  CHECK(tree.failed == 1);
  CHECK(tree.key.samples == 0);
  CHECK(tree.train.empty());
  CHECK(tree.n_train.count == 0);

  REQUIRE(a.failures.size() == 3);
  CHECK(a.failures[0].error == "fit diverged");
  CHECK(a.failures[0].fold == 1);
  CHECK(a.failures[1].error == "cannot read toy.h5");
  CHECK(a.failures[2].pipeline == "model=decision_tree");
  CHECK(a.metrics == std::vector<std::string>{"accuracy", "f1:average=binary"});
}

TEST_CASE("an unknown status or a malformed pipeline is an error naming the task") {
  TaskResult r = task(kSmote, 0, 0, 0.5, 0.5);
  r.status = "running";
  CHECK_THROWS_WITH_AS(aggregate({r}), doctest::Contains("status 'running'"), Error);
  r.status = "ok";
  r.pipeline = "model=";
  CHECK_THROWS_WITH_AS(aggregate({r}), doctest::Contains("task k00"), Error);
}

TEST_CASE("metric columns: the seed course's five first, then the others, then unknown names") {
  std::vector<std::string> specs = {"zeta",      "mcc",      "balanced_accuracy", "f1:average=macro",
                                    "f1:average=binary", "recall:average=binary", "accuracy",
                                    "precision:average=binary"};
  std::sort(specs.begin(), specs.end(), metric_before);
  CHECK(specs == std::vector<std::string>{"precision:average=binary", "accuracy", "recall:average=binary",
                                          "f1:average=binary", "f1:average=macro", "balanced_accuracy", "mcc",
                                          "zeta"});
  CHECK(metric_name("f_beta:average=binary,beta=2") == "f_beta");
}
