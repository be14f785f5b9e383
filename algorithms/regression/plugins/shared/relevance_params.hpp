// The relevance parameters of every plugin that needs phi, with UBL's names
// (phi.control's method, extr.type, coef, control.pts and the resamplers'
// thr.rel, dots written as underscores) and defaults. phi is always fitted to
// the training targets a plugin is given, never to a test fold.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "datasets/lib/relevance.hpp"
#include "core/params.hpp"

namespace imbench::regression {

enum class Threshold { Without, With };

// method (extremes | range), extr_type (both | high | low), coef (1.5), control_pts ("none" or
// {y:phi,...} / {y:phi:slope,...}) and, with Threshold::With, thr_rel (0.5).
void add_relevance_params(ParamSchema& schema, Threshold threshold);

class RelevanceParams {
 public:
  // Throws imbench::Error naming `plugin` and the parameter when method and control_pts disagree.
  RelevanceParams(const Params& params, std::string plugin);

  // phi for the training targets `y_train`: their box plot (extremes) or the control points (range).
  Relevance fit(std::span<const double> y_train) const;
  // phi(y_i) of every training target, with phi fitted to them.
  std::vector<double> of_training(std::span<const double> y_train) const;
  double threshold() const { return threshold_; }  // thr_rel; 0.5 when the plugin has none

 private:
  std::string plugin_;
  bool extremes_ = true;
  Tails tails_ = Tails::Both;
  double coef_ = 1.5;
  std::vector<ControlPoint> points_;  // range only, with the default slopes when none were given
  double threshold_ = 0.5;
};

}  // namespace imbench::regression
