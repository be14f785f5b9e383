#include <doctest/doctest.h>

#include <set>

#include "bench/engine/plan.hpp"
#include "core/error.hpp"
#include "tests/engine/engine_fixtures.hpp"

using namespace imbench;

TEST_CASE("a pipeline is canonical: defaults explicit, resample and weight filled in") {
  PipelineSpec p = canonical_pipeline("model=logistic_regression");
  CHECK(p.stage("resample")->text() == "none");
  CHECK(p.stage("weight")->text() == "none");
  CHECK(p.stage("model")->params.count("C") == 1);
  CHECK(p.text().rfind("resample=none weight=none model=logistic_regression:", 0) == 0);
  CHECK(canonical_pipeline("model=logistic_regression:C=1.0 resample=none").text() == p.text());
  CHECK_THROWS_WITH_AS(canonical_pipeline("resample=smote"), doctest::Contains("needs a model stage"), Error);
  CHECK_THROWS_WITH_AS(canonical_pipeline("resample=smtoe model=logistic_regression"),
                       doctest::Contains("unknown resample plugin 'smtoe'; did you mean 'smote'"), Error);
  CHECK_THROWS_WITH_AS(canonical_pipeline("model=random_forest:n_trees=0"), doctest::Contains("n_trees"), Error);
}

TEST_CASE("the plan is data sets x pipelines x repeats x folds with distinct keys") {
  Plan plan = make_plan(testing::small_experiment(3, 2));
  CHECK(plan.datasets.size() == 1);
  CHECK(plan.pipelines.size() == 4);
  CHECK(plan.metrics.size() == default_metrics().size());
  REQUIRE(plan.tasks.size() == 1 * 4 * 2 * 3);
  std::set<std::string> keys;
  for (const auto& t : plan.tasks) keys.insert(t.key);
  CHECK(keys.size() == plan.tasks.size());
  CHECK(plan.tasks[5].pipeline == 0);
  CHECK(plan.tasks[5].repeat == 1);
  CHECK(plan.tasks[5].fold == 2);
  // Keys are stable across plans: a second plan of the same experiment resumes the first.
  CHECK(make_plan(testing::small_experiment(3, 2)).tasks[7].key == plan.tasks[7].key);
  // More repeats keep the keys of the earlier ones.
  CHECK(make_plan(testing::small_experiment(3, 4)).tasks[0].key == plan.tasks[0].key);
}

TEST_CASE("each part of a task's identity changes its key") {
  const Hash128 data = hash_text("data");
  CvScheme cv;
  std::vector<Spec> metrics = {parse_spec("f1")};
  const std::string base = task_key(data, "p", cv, 0, 0, 1, metrics);
  CHECK(base.size() == 32);
  CHECK(task_key(data, "p", cv, 0, 0, 1, metrics) == base);
  CHECK(task_key(hash_text("other"), "p", cv, 0, 0, 1, metrics) != base);
  CHECK(task_key(data, "q", cv, 0, 0, 1, metrics) != base);
  CHECK(task_key(data, "p", cv, 1, 0, 1, metrics) != base);
  CHECK(task_key(data, "p", cv, 0, 1, 1, metrics) != base);
  CHECK(task_key(data, "p", cv, 0, 0, 2, metrics) != base);
  CHECK(task_key(data, "p", cv, 0, 0, 1, {parse_spec("mcc")}) != base);
  CvScheme ten;
  ten.folds = 10;
  CHECK(task_key(data, "p", ten, 0, 0, 1, metrics) != base);
}

TEST_CASE("planning fails fast, pointing at the entry at fault") {
  Experiment e = testing::small_experiment(3, 1);
  e.metrics.push_back({"roc_acu", "exp.yaml:9:5"});
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("exp.yaml:9:5: metric 'roc_acu': unknown metric plugin"), Error);

  e = testing::small_experiment(3, 1);
  e.pipelines.push_back({"resample=none model=logistic_regression:C=1", "exp.yaml:6:5"});
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("exp.yaml:6:5: pipeline 'resample=none "
                                                       "model=logistic_regression:C=1' is the same as the one at test"),
                       Error);

  e = testing::small_experiment(3, 1);
  e.datasets = {{"make_classification:n_samples=60,weights=0.9,seed=1", "exp.yaml:2:5"}};
  e.cv.folds = 10;
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("has fewer rows than the 10 folds"), Error);
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("exp.yaml:2:5: data set"), Error);

  e = testing::small_experiment(3, 1);
  e.datasets = {{"no_such_set", "--datasets"}};
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("--datasets: data set 'no_such_set'"), Error);

  e = testing::small_experiment(3, 1);
  e.pipelines.clear();
  CHECK_THROWS_WITH_AS(make_plan(e), doctest::Contains("no pipelines"), Error);
}
