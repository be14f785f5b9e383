// Spec strings: the compact text that names a plugin configuration.
//
//   plugin spec:    smote:k_neighbors=5,sampling_strategy=auto
//   pipeline spec:  resample=smote:k_neighbors=5 weight=balanced model=random_forest:n_trees=100
//
// A value may hold commas inside braces: sampling_strategy={0:100,1:250}.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace imbench {

struct Spec {
  std::string name;
  std::map<std::string, std::string> params;
  // "name" or "name:a=1,b=2" with keys sorted.
  std::string text() const;
};

Spec parse_spec(std::string_view text);

// The stages a pipeline can have, in execution order.
const std::vector<std::string>& pipeline_stages();

struct PipelineSpec {
  std::map<std::string, Spec> stages;  // stage name -> spec
  // Stages in execution order, joined by spaces.
  std::string text() const;
  const Spec* stage(const std::string& name) const;
};

PipelineSpec parse_pipeline(std::string_view text);

}  // namespace imbench
