#include <doctest/doctest.h>

#include "bench/engine/experiment.hpp"
#include "core/error.hpp"

using namespace imbench;

namespace {
const char* kExample = R"(description: a small test
datasets:
  - ecoli
  - sets/local.h5
  - make_classification:n_samples=200,weights=0.9
pipelines:
  - model=logistic_regression
  - resample=smote:k_neighbors=3 model=random_forest
cv:
  folds: 3
  repeats: 2
metrics: [f1, roc_auc]
seed: 42
threads: 2
store: out/x.db
)";

std::vector<std::string> texts(const std::vector<Entry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.text);
  return out;
}
}  // namespace

TEST_CASE("an experiment file sets every field and remembers where each entry came from") {
  Experiment e = parse_experiment(kExample, "exp.yaml", "/data");
  CHECK(e.description == "a small test");
  CHECK(texts(e.datasets) ==
        std::vector<std::string>{"ecoli", "/data/sets/local.h5", "make_classification:n_samples=200,weights=0.9"});
  CHECK(e.pipelines.size() == 2);
  CHECK(e.pipelines[1].origin == "exp.yaml:8:5");
  CHECK(e.cv.method == CvMethod::StratifiedKFold);
  CHECK(e.cv.folds == 3);
  CHECK(e.cv.repeats == 2);
  CHECK(texts(e.metrics) == std::vector<std::string>{"f1", "roc_auc"});
  CHECK(e.seed == 42);
  CHECK(e.threads == 2);
  CHECK(e.store == "out/x.db");
}

TEST_CASE("absent fields take their defaults; test_fraction alone means hold-out") {
  Experiment e = parse_experiment("datasets: ecoli\npipelines: model=decision_tree\ncv: {test_fraction: 0.25}\n",
                                  "e.yaml", "");
  CHECK(texts(e.datasets) == std::vector<std::string>{"ecoli"});
  CHECK(e.cv.method == CvMethod::StratifiedHoldout);
  CHECK(e.cv.test_fraction == 0.25);
  CHECK(e.cv.repeats == 1);
  CHECK(texts(e.metrics) == default_metrics());
  CHECK(e.seed == 1);
  CHECK(e.threads == 0);
  CHECK(default_store_path(e) == "results/e.db");
}

TEST_CASE("mistakes in the file name the file, line, column and field") {
  CHECK_THROWS_WITH_AS(parse_experiment("datasets: [ecoli]\nmetircs: [f1]\n", "e.yaml", ""),
                       doctest::Contains("e.yaml:2:1: unknown experiment field 'metircs'; did you mean 'metrics'?"),
                       Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv:\n  folds: five\n", "e.yaml", ""),
                       doctest::Contains("e.yaml:2:10: field 'cv.folds': expected an integer, got 'five'"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv:\n  folds: 1\n", "e.yaml", ""),
                       doctest::Contains("field 'cv.folds': must be at least 2"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv: {method: holdout}\n", "e.yaml", ""),
                       doctest::Contains("field 'cv.method': unknown cross-validation method 'holdout'"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv: {folds: 5, test_fraction: 0.2}\n", "e.yaml", ""),
                       doctest::Contains("'cv.folds': applies to stratified_kfold only"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv: {test_fraction: 1.5}\n", "e.yaml", ""),
                       doctest::Contains("must be in (0, 1)"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("cv: {fold: 5}\n", "e.yaml", ""),
                       doctest::Contains("e.yaml:1:6: unknown cv field 'fold'; did you mean 'folds'?"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("pipelines:\n  - [a, b]\n", "e.yaml", ""),
                       doctest::Contains("e.yaml:2:5: field 'pipelines[0]': expected a single value"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("seed: -3\n", "e.yaml", ""), doctest::Contains("'seed': must be at least 0"),
                       Error);
  CHECK_THROWS_WITH_AS(parse_experiment("datasets: [ecoli\n", "e.yaml", ""),
                       doctest::Contains("e.yaml:2:1: not valid YAML"), Error);
  CHECK_THROWS_WITH_AS(parse_experiment("- a\n", "e.yaml", ""), doctest::Contains("e.yaml: an experiment file is a mapping"),
                       Error);
  CHECK_THROWS_WITH_AS(read_experiment_file("/nonexistent/x.yaml"), doctest::Contains("'/nonexistent/x.yaml'"), Error);
}

TEST_CASE("the experiment written back as YAML reads back the same") {
  Experiment e = parse_experiment(kExample, "exp.yaml", "");
  e.cv.method = CvMethod::StratifiedHoldout;
  e.cv.test_fraction = 0.2;
  Experiment again = parse_experiment(e.to_yaml(), "again.yaml", "");
  CHECK(again.description == e.description);
  CHECK(texts(again.datasets) == texts(e.datasets));
  CHECK(texts(again.pipelines) == texts(e.pipelines));
  CHECK(texts(again.metrics) == texts(e.metrics));
  CHECK(again.cv.describe() == e.cv.describe());
  CHECK(again.cv.repeats == e.cv.repeats);
  CHECK(again.seed == e.seed);
  CHECK(again.threads == e.threads);
  CHECK(again.store == e.store);
}

TEST_CASE("list flags split on commas but keep a spec's parameters together") {
  CHECK(split_spec_list("ecoli,yeast_me2") == std::vector<std::string>{"ecoli", "yeast_me2"});
  CHECK(split_spec_list("ecoli,make_classification:n_samples=100,weights=0.9,abalone_19") ==
        std::vector<std::string>{"ecoli", "make_classification:n_samples=100,weights=0.9", "abalone_19"});
  CHECK(split_spec_list("f1:average=macro,class=1,roc_auc") ==
        std::vector<std::string>{"f1:average=macro,class=1", "roc_auc"});
  CHECK(split_spec_list("make_imbalance:data={make_classification:n_samples=9},counts={0:5,1:2}") ==
        std::vector<std::string>{"make_imbalance:data={make_classification:n_samples=9},counts={0:5,1:2}"});
}
