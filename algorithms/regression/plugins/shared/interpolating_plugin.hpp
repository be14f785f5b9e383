// The plugin around a resampler that interpolates between near cases (smoter, smoter_paper, smogn): phi is
// fitted to each training fold, dist resolved per training set (auto looks at its columns), and errors of the
// library underneath are prefixed with the plugin's name.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/plugins/shared/resampling_params.hpp"

namespace imbench::regression {

// Options: the algorithm's options struct, with `threshold` and `distance` members; run: the algorithm,
// called as run(data, phi, options, rng).
template <class Options, auto run>
class InterpolatingPlugin final : public RegressionResampler {
 public:
  // `options` carries the algorithm's own parameters read from `p`; threshold and distance are set here.
  InterpolatingPlugin(const Params& p, std::string name, Options options)
      : name_(std::move(name)), relevance_(p, name_), options_(std::move(options)), params_(p) {
    options_.threshold = relevance_.threshold();
  }

  RegressionResampled resample(const RegressionData& data, RandomStream& rng) const override {
    const std::vector<double> phi = relevance_.of_training(data.y);
    Options options = options_;
    options.distance = distance_for(params_, data);
    return named_errors(name_, [&] { return run(data, phi, options, rng); });
  }

 private:
  std::string name_;
  RelevanceParams relevance_;
  Options options_;
  Params params_;
};

}  // namespace imbench::regression
