// Cost-sensitive learning from a misclassification cost matrix C (row = true
// class, column = predicted class), in one of two ways:
//  - decision=weights: every sample of class i weighs sum_j (C(i,j) - C(i,i)),
//    the cost of getting it wrong (Zadrozny, Langford & Abe 2003; for K > 2 the
//    row sum, as Breiman et al.'s altered priors and Ting 2002), and the model
//    predicts the most probable class as usual;
//  - decision=threshold: weights stay 1 and the engine predicts the class of
//    minimum expected cost from the model's probabilities (Elkan 2001), for two
//    classes p >= C_FP / (C_FP + C_FN).
#include "algorithms/weight/cost_matrix/costs.hpp"
#include "algorithms/weight/shared/class_weights.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

constexpr const char* kName = "cost_matrix";

class CostMatrixWeighting final : public Weighting {
 public:
  CostMatrixWeighting(CostMatrix costs, bool threshold) : costs_(std::move(costs)), threshold_(threshold) {}

  Weights weights(const LabelledData& data) const override {
    class_sizes(data, kName);  // rejects an empty training set
    const Matrix costs = costs_.for_classes(data.n_classes, kName);
    if (threshold_) return Weights(data.y.size(), 1.0);
    const std::vector<double> per_class = misclassification_costs(costs, kName);
    Weights w = per_sample_weights(data.y, per_class);
    double total = 0;
    for (double v : w) total += v;
    if (!(total > 0))
      throw Error("parameter 'costs' of '" + std::string(kName) + "': every training sample gets weight 0 (the " +
                  "classes present cost nothing to misclassify)");
    return w;
  }

  std::optional<Labels> decide(const Matrix& proba) const override {
    if (!threshold_) return std::nullopt;
    return minimum_expected_cost(proba, costs_.for_classes(static_cast<int>(proba.cols()), kName));
  }

  bool reweights() const override { return !threshold_; }

 private:
  CostMatrix costs_;
  bool threshold_;
};

ParamSchema cost_matrix_schema() {
  ParamSchema schema;
  schema
      .text("costs", "zero_one",
            "misclassification costs, row = true class, column = predicted class, rows separated by ';': "
            "costs={0,1;5,0}; zero_one = 1 for every error",
            [](const std::string& value, const std::string& owner) { return CostMatrix::parse(value, owner).text(); })
      .choice("decision", "weights", {"weights", "threshold"},
              "weights: class i weighs sum_j C(i,j) - C(i,i), predict the most probable class; threshold: weights 1, "
              "predict the class of minimum expected cost");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Weight, kName,
                         "Misclassification cost matrix: cost-proportionate sample weights or the minimum expected "
                         "cost decision (p >= C_FP / (C_FP + C_FN) for two classes).",
                         "Elkan, The Foundations of Cost-Sensitive Learning, IJCAI 2001; Zadrozny, Langford & Abe, "
                         "Cost-Sensitive Learning by Cost-Proportionate Example Weighting, ICDM 2003",
                         cost_matrix_schema(), Capabilities{},
                         [](const Params& p) {
                           return std::make_unique<CostMatrixWeighting>(CostMatrix::parse(p.text("costs"), kName),
                                                                        p.text("decision") == "threshold");
                         }})

}  // namespace imbench
