// Instance hardness threshold (Smith, Martinez & Giraud-Carrier 2014) as
// imbalanced-learn 0.10's InstanceHardnessThreshold
// (imblearn/under_sampling/_prototype_selection/_instance_hardness_threshold.py),
// keeping exactly the requested count (see README.md).
#include "algorithms/resample/instance_hardness_threshold/instance_hardness_threshold.hpp"

#include <algorithm>
#include <string>

#include "algorithms/resample/shared/nested_spec.hpp"
#include "bench/engine/cross_validation.hpp"
#include "core/registry.hpp"

namespace imbench {

std::vector<double> own_class_probabilities(const LabelledData& data, const Spec& estimator, int cv,
                                            RandomStream& rng) {
  const std::vector<std::size_t> counts = class_counts(data.y, data.n_classes);
  for (int c = 0; c < data.n_classes; ++c)
    if (counts[static_cast<std::size_t>(c)] > 0 && counts[static_cast<std::size_t>(c)] < static_cast<std::size_t>(cv))
      throw Error("instance_hardness_threshold: class " + std::to_string(c) + " has " +
                  std::to_string(counts[static_cast<std::size_t>(c)]) + " rows, fewer than the cv=" +
                  std::to_string(cv) + " folds; lower cv");
  RandomStream fold_rng = rng.substream("folds");
  const RandomStream model_rng = rng.substream("estimator");
  const std::vector<Split> splits =
      make_splits(data.y, data.n_classes, CvScheme{CvMethod::StratifiedKFold, cv, 1, 0.3}, fold_rng);
  std::vector<double> own(data.y.size(), 0.0);
  for (std::size_t f = 0; f < splits.size(); ++f) {
    const Split& split = splits[f];
    const Matrix train_X = take_rows(data.X, split.train);
    const Labels train_y = take(data.y, split.train);
    auto model = Registry::instance().build<Classifier>(Kind::Model, estimator).plugin;
    RandomStream fit_rng = model_rng.substream(f);
    Matrix proba;
    try {
      model->fit(LabelledData{train_X, train_y, data.n_classes}, {}, fit_rng);
      proba = model->predict_proba(take_rows(data.X, split.test));
    } catch (const Error& e) {
      throw Error("instance_hardness_threshold: estimator " + estimator.text() + " failed: " + e.what());
    }
    for (std::size_t t = 0; t < split.test.size(); ++t) {
      const std::size_t row = split.test[t];
      own[row] = proba(static_cast<Eigen::Index>(t), data.y[row]);
    }
  }
  return own;
}

Indices keep_easiest(const Labels& y, int n_classes, const std::vector<double>& own_probability,
                     const ClassTargets& targets) {
  Indices kept;
  for (Indices rows : rows_by_class(y, n_classes)) {
    if (rows.empty()) continue;
    const auto target = targets.find(y[rows.front()]);
    if (target != targets.end()) {
      // Highest probability first, the lower row on ties (rows are ascending, the sort is stable).
      std::stable_sort(rows.begin(), rows.end(),
                       [&](std::size_t a, std::size_t b) { return own_probability[a] > own_probability[b]; });
      rows.resize(std::min(rows.size(), target->second));
      std::sort(rows.begin(), rows.end());
    }
    kept.insert(kept.end(), rows.begin(), rows.end());
  }
  return kept;
}

namespace {

class InstanceHardnessThreshold final : public Resampler {
 public:
  explicit InstanceHardnessThreshold(const Params& p)
      : estimator_(canonical_inner_spec(Kind::Model, p.text("estimator"), "instance_hardness_threshold", "estimator")),
        cv_(static_cast<int>(p.integer("cv"))),
        strategy_(p.text("sampling_strategy"), "instance_hardness_threshold") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Under);
    const Indices kept = keep_easiest(data.y, data.n_classes, own_class_probabilities(data, estimator_, cv_, rng),
                                      targets);
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  Spec estimator_;
  int cv_;
  SamplingStrategy strategy_;
};

ParamSchema instance_hardness_threshold_schema() {
  ParamSchema schema;
  schema.text("estimator", "random_forest:n_trees=100",
              "Model spec whose out-of-fold probabilities measure hardness; wrap specs with several parameters "
              "in braces, e.g. {random_forest:n_trees=50,max_depth=4}",
              [](const std::string& value, const std::string& owner) {
                return braced(canonical_inner_spec(Kind::Model, value, owner, "estimator").text());
              });
  schema.integer("cv", 5, 2, std::nullopt, "Stratified folds for the out-of-fold probabilities");
  add_sampling_strategy(schema, SamplingType::Under);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "instance_hardness_threshold",
                         "Instance hardness threshold: keep the targeted rows a cross-validated model finds easiest.",
                         "Smith, Martinez, Giraud-Carrier. An Instance Level Analysis of Data Complexity. "
                         "Machine Learning 95(2):225-256, 2014",
                         instance_hardness_threshold_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<InstanceHardnessThreshold>(p); }})

}  // namespace imbench
