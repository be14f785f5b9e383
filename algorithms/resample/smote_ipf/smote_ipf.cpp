// SMOTE-IPF (Sáez, Luengo, Stefanowski & Herrera 2015): SMOTE, then the
// Iterative-Partitioning Filter (Khoshgoftaar & Rebours 2007) on its output.
// Each round splits the current rows into n stratified partitions, fits one
// model (our decision_tree by default) on each partition, lets all n models
// classify every current row and removes the rows that more than half of
// them (majority) or all of them (consensus) get wrong. The filter stops
// after k consecutive rounds that each remove fewer than p times the number
// of rows it started from.
#include <tbb/parallel_for.h>

#include <string>

#include "algorithms/resample/shared/nested_spec.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "bench/engine/cross_validation.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "smote_ipf";

class SmoteIpf final : public Resampler {
 public:
  explicit SmoteIpf(const Params& p)
      : smote_(Registry::instance()
                   .build<Resampler>(Kind::Resample, Spec{"smote",
                                                          {{"k_neighbors", p.text("k_neighbors")},
                                                           {"sampling_strategy", p.text("sampling_strategy")}}})
                   .plugin),
        estimator_(canonical_inner_spec(Kind::Model, p.text("estimator"), kOwner, "estimator")),
        partitions_(static_cast<std::size_t>(p.integer("partitions"))),
        stop_rounds_(static_cast<std::size_t>(p.integer("stop_rounds"))),
        stop_fraction_(p.real("stop_fraction")),
        consensus_(p.text("voting") == "consensus") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    Resampled over = smote_->resample(data, rng);
    const Indices kept = filter(LabelledData{over.X, over.y, data.n_classes}, rng.substream(rng.next_u64()));
    Resampled out{take_rows(over.X, kept), take(over.y, kept), 0};
    // SMOTE's output holds the input rows first, so the kept rows past them are the synthetic ones.
    for (std::size_t row : kept) out.n_synthetic += row >= static_cast<std::size_t>(data.X.rows());
    return out;
  }

 private:
  // The rows of `data` the filter keeps, ascending.
  Indices filter(const LabelledData& data, const RandomStream& stream) const {
    Indices current(data.y.size());
    for (std::size_t i = 0; i < current.size(); ++i) current[i] = i;
    const double small = stop_fraction_ * static_cast<double>(current.size());
    for (std::size_t round = 0, quiet = 0; quiet < stop_rounds_; ++round) {
      const std::vector<std::size_t> wrong = misclassified_votes(data, current, stream.substream(round));
      const std::size_t needed = consensus_ ? partitions_ : partitions_ / 2 + 1;
      Indices keep;
      for (std::size_t i = 0; i < current.size(); ++i)
        if (wrong[i] < needed) keep.push_back(current[i]);
      if (keep.empty())
        throw Error(std::string(kOwner) + ": the filter marks all " + std::to_string(current.size()) +
                    " remaining rows as noise; try voting=consensus or more partitions");
      const std::size_t removed = current.size() - keep.size();
      quiet = static_cast<double>(removed) < small ? quiet + 1 : 0;
      current = std::move(keep);
    }
    return current;
  }

  // For each row of `current`, how many of the partition models misclassify it.
  std::vector<std::size_t> misclassified_votes(const LabelledData& data, const Indices& current,
                                               RandomStream stream) const {
    if (current.size() < partitions_)
      throw Error(std::string(kOwner) + ": " + std::to_string(current.size()) + " rows cannot fill partitions=" +
                  std::to_string(partitions_) + "; lower partitions");
    const Matrix X = take_rows(data.X, current);
    const Labels y = take(data.y, current);
    RandomStream fold_rng = stream.substream("partitions");
    const std::vector<Split> parts =
        make_splits(y, data.n_classes, CvScheme{CvMethod::StratifiedKFold, static_cast<int>(partitions_), 1, 0.3},
                    fold_rng);
    std::vector<std::vector<int>> predicted(parts.size());
    tbb::parallel_for(std::size_t{0}, parts.size(), [&](std::size_t f) {
      // Each model learns from one partition (the split's test side) and judges every current row.
      auto model = Registry::instance().build<Classifier>(Kind::Model, estimator_).plugin;
      RandomStream fit_rng = stream.substream(f);
      Matrix proba;
      try {
        model->fit(LabelledData{take_rows(X, parts[f].test), take(y, parts[f].test), data.n_classes}, {}, fit_rng);
        proba = model->predict_proba(X);
      } catch (const Error& e) {
        throw Error(std::string(kOwner) + ": estimator " + estimator_.text() + " failed: " + e.what());
      }
      predicted[f].resize(y.size());
      for (Eigen::Index i = 0; i < proba.rows(); ++i) {
        Eigen::Index label = 0;
        proba.row(i).maxCoeff(&label);  // the lower class on ties
        predicted[f][static_cast<std::size_t>(i)] = static_cast<int>(label);
      }
    });
    std::vector<std::size_t> wrong(y.size(), 0);
    for (const std::vector<int>& labels : predicted)
      for (std::size_t i = 0; i < y.size(); ++i) wrong[i] += labels[i] != y[i];
    return wrong;
  }

  std::unique_ptr<Resampler> smote_;
  Spec estimator_;
  std::size_t partitions_, stop_rounds_;
  double stop_fraction_;
  bool consensus_;
};

ParamSchema smote_ipf_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt, "SMOTE step: same-class neighbours a seed's partner is drawn from");
  add_sampling_strategy(schema, SamplingType::Over);
  schema.text("estimator", "decision_tree",
              "Model spec fitted on each partition; wrap specs with several parameters in braces, e.g. "
              "{decision_tree:max_depth=8,min_samples_leaf=2}",
              [](const std::string& value, const std::string& owner) {
                return braced(canonical_inner_spec(Kind::Model, value, owner, "estimator").text());
              });
  schema.integer("partitions", 5, 2, std::nullopt, "Stratified partitions per round, one model fitted on each");
  schema.choice("voting", "majority", {"majority", "consensus"},
                "A row is noise when more than half (majority) or all (consensus) of the models misclassify it");
  schema.integer("stop_rounds", 3, 1, std::nullopt,
                 "Stop after this many consecutive rounds that each remove few rows (see stop_fraction)");
  schema.real("stop_fraction", 0.01, 0.0, 1.0,
              "A round removes few rows when it removes fewer than this fraction of the filter's input");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smote_ipf",
                         "SMOTE followed by the iterative-partitioning noise filter (an ensemble of decision trees).",
                         "Sáez, Luengo, Stefanowski, Herrera. SMOTE-IPF: Addressing the noisy and borderline examples "
                         "problem in imbalanced classification by a re-sampling method with filtering. Information "
                         "Sciences 291:184-203, 2015",
                         smote_ipf_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<SmoteIpf>(p); }})

}  // namespace imbench
