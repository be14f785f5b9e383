// The `sampling_strategy` parameter shared by every resampler, with
// imbalanced-learn's semantics (imblearn/utils/_validation.py,
// check_sampling_strategy, 0.10) and spec spellings:
//
//   auto | minority | majority | not_minority | not_majority | all
//   0.5            a ratio in (0, 1], binary data only
//   {0:100,1:250}  final number of samples per class index
//   {0,2}          the classes to clean (cleaning methods only)
//
// Only classes present in y count (as np.unique does); "majority" and
// "minority" ties go to the lower class index.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/params.hpp"
#include "core/types.hpp"

namespace imbench {

enum class SamplingType { Over, Under, Clean };

// Class index -> over-sampling: samples to add; under-sampling: samples to
// keep; cleaning: the minority size (the value imblearn stores; cleaners
// only use the keys). Untargeted classes are absent. Ascending class order.
using ClassTargets = std::map<int, std::size_t>;

class SamplingStrategy {
 public:
  // Parses the spec text; `owner` (the plugin name) goes into messages.
  // Throws Error naming the parameter and value when the text is malformed.
  SamplingStrategy(std::string text, std::string owner);

  // Throws Error when the strategy does not apply to `type` or to this y.
  ClassTargets targets(const Labels& y, int n_classes, SamplingType type) const;

  const std::string& text() const { return text_; }
  // One spelling per strategy: "0.5" for "0.50", "{0:10,1:20}" for "{1:20, 0:10}".
  std::string canonical() const;

 private:
  enum class Form { Auto, Minority, Majority, NotMinority, NotMajority, All, Ratio, Counts, Classes };

  Error error(const std::string& why) const;
  void parse_braces(const std::string& inner);
  ClassTargets named_targets(Form form, const std::map<int, std::size_t>& counts, SamplingType type) const;
  ClassTargets ratio_targets(const std::map<int, std::size_t>& counts, SamplingType type) const;
  ClassTargets count_targets(const std::map<int, std::size_t>& counts, SamplingType type) const;
  ClassTargets class_targets(const std::map<int, std::size_t>& counts, SamplingType type) const;
  void require_present(const std::vector<int>& classes, const std::map<int, std::size_t>& counts) const;

  std::string text_;
  std::string owner_;
  Form form_ = Form::Auto;
  double ratio_ = 0.0;
  std::map<int, std::size_t> counts_;  // Counts: final size per class
  std::vector<int> classes_;           // Classes: targeted classes
};

// Declares `sampling_strategy` in a plugin's schema with one shared description.
ParamSchema& add_sampling_strategy(ParamSchema& schema, SamplingType type);

}  // namespace imbench
