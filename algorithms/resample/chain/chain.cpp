// A resampler that runs other resamplers one after another, each on the
// previous one's output: chain:steps={smote:k_neighbors=3;tomek_links}.
#include <memory>
#include <string>
#include <vector>

#include "algorithms/resample/shared/nested_spec.hpp"
#include "algorithms/resample/shared/row_identity.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

std::vector<Spec> chain_steps(const std::string& value) {
  std::vector<Spec> steps;
  for (const std::string& part : split_steps(value, "chain", "steps"))
    steps.push_back(canonical_inner_spec(Kind::Resample, part, "chain", "steps"));
  return steps;
}

std::string canonical_steps(const std::string& value, const std::string&) {
  std::string text;
  for (const Spec& step : chain_steps(value)) text += (text.empty() ? "" : ";") + step.text();
  return braced(text);
}

class Chain final : public Resampler {
 public:
  explicit Chain(const Params& p) : specs_(chain_steps(p.text("steps"))) {
    for (const Spec& spec : specs_)
      steps_.push_back(Registry::instance().build<Resampler>(Kind::Resample, spec).plugin);
  }

  // Every step draws from the same stream in turn (as smote_tomek does), so
  // chain:steps={smote;tomek_links:sampling_strategy=all} is smote_tomek.
  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    Resampled current{data.X, data.y, 0};
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      try {
        current = steps_[i]->resample(LabelledData{current.X, current.y, data.n_classes}, rng);
      } catch (const Error& e) {
        throw Error("chain: step " + std::to_string(i + 1) + " (" + specs_[i].text() + ") failed: " + e.what());
      }
    }
    // Counted against the chain's input, so synthetic rows a later step
    // removed no longer count (and copies of input rows never do).
    current.n_synthetic = count_unseen_rows(data, current);
    return current;
  }

 private:
  std::vector<Spec> specs_;
  std::vector<std::unique_ptr<Resampler>> steps_;
};

ParamSchema chain_schema() {
  ParamSchema schema;
  schema.text("steps", "{none}",
              "Resampler specs run in order, separated by ';' inside braces, e.g. "
              "{smote:k_neighbors=3;tomek_links}",
              canonical_steps);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "chain",
                         "Run resamplers one after another, each on the previous one's output.",
                         "Batista, Prati, Monard. A Study of the Behavior of Several Methods for Balancing Machine "
                         "Learning Training Data. SIGKDD Explorations 6(1):20-29, 2004 (combined resampling)",
                         chain_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Chain>(p); }})

}  // namespace imbench
