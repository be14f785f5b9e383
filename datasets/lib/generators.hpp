// Synthetic data sets, deterministic from a RandomStream.
//
// References name a generator like a plugin spec:
//   make_classification:n_samples=10000,n_features=20,weights=0.99,seed=3
//   make_imbalance:data=pima,minority_ratio=0.1,seed=1
//   make_imbalance:data={make_classification:n_samples=500},counts={0:200,1:20}
// Lists are written with ';' ("weights=0.9;0.05") or inside braces with ','
// ("weights={0.9,0.05}"); both canonicalize to the ';' form.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/params.hpp"
#include "core/rng.hpp"
#include "core/spec.hpp"
#include "datasets/lib/dataset.hpp"

namespace imbench {

// scikit-learn's parameters and defaults (shift and scale are numbers; None is not offered).
const ParamSchema& make_classification_schema();

// scikit-learn's make_classification algorithm (Guyon 2003) on imbench streams:
// the class counts equal scikit-learn's for the same n_samples and weights
// before label flipping; the values follow the same distributions but not
// numpy's random sequence. `params` are canonical (resolve_params).
Dataset make_classification(const Params& params, const RandomStream& rng);

struct ImbalanceTarget {
  std::map<std::string, std::size_t> counts;  // class label text -> rows to keep (others keep all)
  std::optional<double> minority_ratio;       // or: every class keeps at most ratio * majority rows
};

// Under-samples classes without replacement (like imblearn.datasets.make_imbalance);
// kept rows stay in their original order.
Dataset make_imbalance(const Dataset& data, const ImbalanceTarget& target, const RandomStream& rng);

const std::vector<std::string>& generator_names();  // make_classification, make_imbalance

// True when the reference's name (before ':') is a generator.
bool is_generator_reference(const std::string& reference);

// Every default explicit, numbers and lists canonical; throws Error naming the parameter.
Spec canonical_generator_spec(const std::string& reference);

// Builds the data set. Its name is the canonical spec without parameters at
// their defaults; attribute 'generator' holds the full canonical spec.
Dataset generate_dataset(const std::string& reference);

}  // namespace imbench
