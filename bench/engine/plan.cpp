#include "bench/engine/plan.hpp"

#include <algorithm>
#include <map>

#include "core/registry.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/relevance.hpp"

namespace imbench {
namespace {

// Re-throws an Error with the entry's origin in front.
template <class F>
auto at_entry(const Entry& entry, const std::string& what, F&& body) {
  try {
    return body();
  } catch (const Error& e) {
    throw Error(entry.origin + ": " + what + " '" + entry.text + "': " + e.what());
  }
}

PlannedDataset plan_dataset(const Entry& entry, const CvScheme& cv) {
  return at_entry(entry, "data set", [&] {
    PlannedDataset d;
    d.reference = entry.text;
    auto data = std::make_shared<Dataset>(load_dataset(entry.text));
    data->validate();
    if (data->task == Task::Regression) {
      check_splittable_regression(data->n_samples(), cv, data->name);
      d.positive_class = -1;
      d.minority_percent = regression::rare_percent(data->target);
    } else {
      check_splittable(data->y, data->n_classes(), cv, data->name, data->class_names);
      std::vector<std::size_t> counts = class_counts(data->y, data->n_classes());
      auto smallest = std::min_element(counts.begin(), counts.end());
      d.positive_class = data->positive_class >= 0 ? data->positive_class
                                                   : static_cast<int>(smallest - counts.begin());
      d.minority_percent = 100.0 * static_cast<double>(*smallest) / static_cast<double>(data->n_samples());
    }
    d.hash = data->content_hash();
    d.hash_hex = d.hash.hex();
    d.data = std::move(data);
    return d;
  });
}

// Every stage and metric must support the data set's task: regression, or
// classification with as many classes as the data set has.
void check_supports(const PlannedPipeline& p, const std::vector<Spec>& metrics, const PlannedDataset& d) {
  const Registry& registry = Registry::instance();
  const Dataset& data = *d.data;
  auto check = [&](Kind kind, const std::string& name) {
    const Capabilities& can = registry.find(kind, name).capabilities;
    const std::string plugin = std::string(to_string(kind)) + " plugin '" + name + "'";
    if (data.task == Task::Regression && !can.regression)
      throw Error(plugin + " works on class labels, but data set '" + data.name +
                  "' has a float (regression) target; `imbench list` marks regression plugins");
    if (data.task != Task::Regression && !can.classification())
      throw Error(plugin + " is for regression targets, but data set '" + data.name + "' has class labels");
    if (data.task == Task::Multiclass && !can.multiclass)
      throw Error(plugin + " supports binary tasks only, but data set '" + data.name + "' has " +
                  std::to_string(data.n_classes()) + " classes");
  };
  for (const auto& [stage, spec] : p.spec.stages) check(kind_from_string(stage), spec.name);
  for (const Spec& m : metrics) check(Kind::Metric, m.name);
}

// False for a classification weighting that brings only a decision rule.
bool reweights(const Spec& weight) {
  const Registry& registry = Registry::instance();
  if (!registry.find(Kind::Weight, weight.name).capabilities.classification()) return true;
  return registry.build<Weighting>(Kind::Weight, weight).plugin->reweights();
}

}  // namespace

PipelineSpec canonical_pipeline(const std::string& text) {
  PipelineSpec parsed = parse_pipeline(text);
  if (!parsed.stage("model")) throw Error("a pipeline needs a model stage, e.g. 'model=logistic_regression'");
  PipelineSpec canonical;
  const Registry& registry = Registry::instance();
  for (const std::string& stage : pipeline_stages()) {
    const Spec* given = parsed.stage(stage);
    Spec spec = given ? *given : Spec{"none", {}};
    canonical.stages[stage] = registry.canonicalize(kind_from_string(stage), spec);
  }
  const std::string& weight = canonical.stages["weight"].name;
  const PluginInfo& model = registry.find(Kind::Model, canonical.stages["model"].name);
  if (weight != "none" && !model.capabilities.sample_weights && reweights(canonical.stages["weight"]))
    throw Error("model '" + model.name + "' does not use sample weights, so weight=" + weight + " would be ignored");
  return canonical;
}

std::string task_key(const Hash128& dataset_hash, const std::string& pipeline, const CvScheme& cv, int repeat,
                     int fold, std::uint64_t seed, const std::vector<Spec>& metrics) {
  Hasher h;
  h.text("imbench-task-v1").u64(dataset_hash.high).u64(dataset_hash.low).text(pipeline).text(cv.describe());
  h.u64(static_cast<std::uint64_t>(repeat)).u64(static_cast<std::uint64_t>(fold)).u64(seed);
  h.u64(metrics.size());
  for (const Spec& m : metrics) h.text(m.text());
  return h.digest().hex();
}

Plan make_plan(const Experiment& experiment) {
  experiment.cv.check();
  if (experiment.datasets.empty())
    throw Error("no data sets: give 'datasets' in the experiment file or --datasets");
  if (experiment.pipelines.empty())
    throw Error("no pipelines: give 'pipelines' in the experiment file or --pipeline");
  if (experiment.metrics.empty()) throw Error("no metrics: give 'metrics' in the experiment file or --metrics");
  Plan plan;
  plan.cv = experiment.cv;
  plan.seed = experiment.seed;
  plan.store_predictions = experiment.store_predictions;

  // Specs first: they are cheap to check, data sets may take a while to load.
  std::map<std::string, std::string> seen;  // canonical text -> origin
  auto unique = [&](const std::string& canonical, const Entry& entry, const char* what) {
    auto [it, fresh] = seen.emplace(std::string(what) + " " + canonical, entry.origin);
    if (!fresh)
      throw Error(entry.origin + ": " + what + " '" + entry.text + "' is the same as the one at " + it->second +
                  " (canonical form '" + canonical + "')");
  };
  for (const Entry& entry : experiment.pipelines) {
    PlannedPipeline p;
    p.spec = at_entry(entry, "pipeline", [&] { return canonical_pipeline(entry.text); });
    p.text = p.spec.text();
    unique(p.text, entry, "pipeline");
    plan.pipelines.push_back(std::move(p));
  }
  for (const Entry& entry : experiment.metrics) {
    Spec m = at_entry(entry, "metric", [&] { return Registry::instance().canonicalize(Kind::Metric, parse_spec(entry.text)); });
    unique(m.text(), entry, "metric");
    plan.metrics.push_back(std::move(m));
  }
  for (const Entry& entry : experiment.datasets) {
    plan.datasets.push_back(plan_dataset(entry, plan.cv));
    if (plan.store_predictions && plan.datasets.back().data->task == Task::Regression)
      throw Error(entry.origin + ": data set '" + entry.text +
                  "' is a regression task; store_predictions keeps class probabilities for ROC/PR curves and "
                  "applies to classification only");
    unique(plan.datasets.back().hash_hex, entry, "data set");
    for (const PlannedPipeline& p : plan.pipelines)
      at_entry(entry, "data set", [&] { check_supports(p, plan.metrics, plan.datasets.back()); });
  }

  for (std::size_t d = 0; d < plan.datasets.size(); ++d)
    for (std::size_t p = 0; p < plan.pipelines.size(); ++p)
      for (int r = 0; r < plan.cv.repeats; ++r)
        for (int f = 0; f < plan.cv.folds_per_repeat(); ++f)
          plan.tasks.push_back({d, p, r, f,
                                task_key(plan.datasets[d].hash, plan.pipelines[p].text, plan.cv, r, f, plan.seed,
                                         plan.metrics)});
  return plan;
}

}  // namespace imbench
