#include <doctest/doctest.h>

#include "core/registry.hpp"
#include "reports/lib/spec_display.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {
std::string canonical(Kind kind, const std::string& spec) {
  return Registry::instance().canonicalize(kind, parse_spec(spec)).text();
}
}  // namespace

TEST_CASE("report cells drop the parameters a spec leaves at their defaults") {
  CHECK(short_spec(Kind::Model, canonical(Kind::Model, "decision_tree:max_depth=3")) == "decision_tree:max_depth=3");
  CHECK(short_spec(Kind::Model, canonical(Kind::Model, "decision_tree")) == "decision_tree");
  CHECK(short_spec(Kind::Resample, canonical(Kind::Resample, "none")) == "none");
  CHECK(short_spec(Kind::Resample, canonical(Kind::Resample, "smote:k_neighbors=3")) == "smote:k_neighbors=3");
}

TEST_CASE("specs of unknown plugins and texts that are not specs are shown as they are") {
  CHECK(short_spec(Kind::Model, "no_such_model:depth=3") == "no_such_model:depth=3");
  CHECK(short_spec(Kind::Weight, "weight=a loss=b") == "weight=a loss=b");
  CHECK(short_spec(Kind::Model, "smote:k_neighbors=5") == "smote:k_neighbors=5");  // a resampler, not a model
}

TEST_CASE("dataset_labels drop the generator parameters all generated data sets share") {
  const std::vector<std::string> names = {
      "make_classification:n_features=2,n_samples=10000,seed=1,weights=0.99",
      "make_classification:n_features=2,n_samples=10000,seed=1,weights=0.9",
      "make_classification:n_features=10,n_samples=10000,seed=1,weights=0.99",
      "make_classification:n_features=10,n_samples=10000,seed=1,weights=0.99",  // repeated: one data set
      "ecoli", "make_imbalance:data=ecoli,ratio=0.1"};
  const DatasetLabels labels = dataset_labels(names);
  CHECK(labels(names[0]) == "make_classification:n_features=2,weights=0.99");
  CHECK(labels(names[1]) == "make_classification:n_features=2,weights=0.9");
  CHECK(labels(names[2]) == "make_classification:n_features=10,weights=0.99");
  CHECK(labels("ecoli") == "ecoli");
  CHECK(labels(names[5]) == names[5]);  // the only spec of its generator: nothing to compare with
  CHECK(labels("not stored") == "not stored");
  CHECK(labels.note == "Data sets make_classification:... share n_samples=10000, seed=1.");
  CHECK(dataset_labels({"ecoli", "yeast_me2"}).note.empty());
}
