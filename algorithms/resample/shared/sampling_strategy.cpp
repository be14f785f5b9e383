#include "algorithms/resample/shared/sampling_strategy.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace imbench {
namespace {

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

bool parse_integer(const std::string& s, long long& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

bool parse_real(const std::string& s, double& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t comma = s.find(',', start);
    parts.push_back(trim(s.substr(start, comma - start)));
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

std::string join_classes(const std::vector<int>& classes) {
  std::string s;
  for (int c : classes) s += (s.empty() ? "" : ", ") + std::to_string(c);
  return s;
}

const char* kForms =
    "auto, minority, majority, not_minority, not_majority, all, a ratio in (0, 1], "
    "{class:count,...} or {class,...}";

// Majority and minority as imblearn picks them: first maximum / minimum in ascending class order.
int majority_of(const std::map<int, std::size_t>& counts) {
  return std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
}
int minority_of(const std::map<int, std::size_t>& counts) {
  return std::min_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
}

const char* type_name(SamplingType type) {
  switch (type) {
    case SamplingType::Over: return "over-samplers";
    case SamplingType::Under: return "under-samplers";
    case SamplingType::Clean: return "cleaning methods";
  }
  return "?";
}

}  // namespace

SamplingStrategy::SamplingStrategy(std::string text, std::string owner)
    : text_(std::move(text)), owner_(std::move(owner)) {
  static const std::pair<const char*, Form> names[] = {
      {"auto", Form::Auto},         {"minority", Form::Minority},       {"majority", Form::Majority},
      {"not_minority", Form::NotMinority}, {"not_majority", Form::NotMajority}, {"all", Form::All}};
  const std::string t = trim(text_);
  for (const auto& [name, form] : names) {
    if (t == name) {
      form_ = form;
      return;
    }
  }
  if (t.size() >= 2 && t.front() == '{' && t.back() == '}') {
    parse_braces(t.substr(1, t.size() - 2));
    return;
  }
  if (!parse_real(t, ratio_)) throw error("is not one of " + std::string(kForms));
  if (!(ratio_ > 0.0 && ratio_ <= 1.0)) throw error("is a ratio outside (0, 1]");
  form_ = Form::Ratio;
}

void SamplingStrategy::parse_braces(const std::string& inner) {
  form_ = Form::Counts;  // "{}" is an empty dict, as in Python
  if (trim(inner).empty()) return;
  std::vector<std::string> items = split_commas(inner);
  const bool is_dict = inner.find(':') != std::string::npos;
  form_ = is_dict ? Form::Counts : Form::Classes;
  for (const std::string& item : items) {
    std::size_t colon = item.find(':');
    if ((colon != std::string::npos) != is_dict)
      throw error("mixes class:count entries with bare classes ('" + item + "')");
    long long cls = 0;
    if (!parse_integer(trim(item.substr(0, colon)), cls) || cls < 0)
      throw error("has '" + item + "' where a class index (0, 1, ...) was expected");
    if (!is_dict) {
      if (std::find(classes_.begin(), classes_.end(), static_cast<int>(cls)) != classes_.end())
        throw error("lists class " + std::to_string(cls) + " twice");
      classes_.push_back(static_cast<int>(cls));
      continue;
    }
    long long count = 0;
    if (!parse_integer(trim(item.substr(colon + 1)), count))
      throw error("has '" + item + "' where class:count with an integer count was expected");
    if (count < 0) throw error("asks for a negative number of samples (" + item + ")");
    if (!counts_.emplace(static_cast<int>(cls), static_cast<std::size_t>(count)).second)
      throw error("gives class " + std::to_string(cls) + " twice");
  }
}

std::string SamplingStrategy::canonical() const {
  switch (form_) {
    case Form::Ratio: return canonical_number(ratio_);
    case Form::Counts: {
      std::string s = "{";
      for (const auto& [cls, count] : counts_) {
        if (s.size() > 1) s += ',';
        s += std::to_string(cls) + ":" + std::to_string(count);
      }
      return s + "}";
    }
    case Form::Classes: {
      std::vector<int> sorted = classes_;
      std::sort(sorted.begin(), sorted.end());
      std::string s = "{";
      for (int cls : sorted) {
        if (s.size() > 1) s += ',';
        s += std::to_string(cls);
      }
      return s + "}";
    }
    default: return trim(text_);
  }
}

Error SamplingStrategy::error(const std::string& why) const {
  return Error("parameter 'sampling_strategy' of '" + owner_ + "': value '" + text_ + "' " + why);
}

ClassTargets SamplingStrategy::targets(const Labels& y, int n_classes, SamplingType type) const {
  std::map<int, std::size_t> counts;
  std::vector<std::size_t> all = class_counts(y, n_classes);
  for (int c = 0; c < n_classes; ++c)
    if (all[static_cast<std::size_t>(c)] > 0) counts[c] = all[static_cast<std::size_t>(c)];
  if (counts.size() <= 1)
    throw error("cannot be applied: the training data has " + std::to_string(counts.size()) +
                " class(es), resampling needs at least 2");
  switch (form_) {
    case Form::Ratio: return ratio_targets(counts, type);
    case Form::Counts: return count_targets(counts, type);
    case Form::Classes: return class_targets(counts, type);
    default: return named_targets(form_, counts, type);
  }
}

ClassTargets SamplingStrategy::named_targets(Form form, const std::map<int, std::size_t>& counts,
                                             SamplingType type) const {
  if (form == Form::Auto) form = type == SamplingType::Over ? Form::NotMajority : Form::NotMinority;
  if (form == Form::Majority && type == SamplingType::Over) throw error("cannot be used by over-samplers");
  if (form == Form::Minority && type != SamplingType::Over) throw error("cannot be used by " + std::string(type_name(type)));
  const int majority = majority_of(counts), minority = minority_of(counts);
  const std::size_t n_majority = counts.at(majority), n_minority = counts.at(minority);
  ClassTargets out;
  for (const auto& [cls, n] : counts) {
    bool targeted = form == Form::All || (form == Form::Minority && cls == minority) ||
                    (form == Form::Majority && cls == majority) || (form == Form::NotMinority && cls != minority) ||
                    (form == Form::NotMajority && cls != majority);
    if (targeted) out[cls] = type == SamplingType::Over ? n_majority - n : n_minority;
  }
  return out;
}

ClassTargets SamplingStrategy::ratio_targets(const std::map<int, std::size_t>& counts, SamplingType type) const {
  if (counts.size() != 2)
    throw error("is a ratio, which needs binary data, but the training data has " + std::to_string(counts.size()) +
                " classes; use {class:count,...}");
  if (type == SamplingType::Clean) throw error("is a ratio, which cleaning methods do not accept");
  const int majority = majority_of(counts), minority = minority_of(counts);
  const double n_majority = static_cast<double>(counts.at(majority));
  const double n_minority = static_cast<double>(counts.at(minority));
  ClassTargets out;
  for (const auto& [cls, n] : counts) {
    const double have = static_cast<double>(n);
    if (type == SamplingType::Over && cls != majority) {
      // Python's int(n_maj * ratio - n_c): truncation toward zero.
      const double add = std::trunc(n_majority * ratio_ - have);
      if (add <= 0)
        throw error("would remove samples from class " + std::to_string(cls) + " (" + std::to_string(n) +
                    " samples; the ratio asks for " + std::to_string(static_cast<long long>(n_majority * ratio_)) +
                    "); increase the ratio");
      out[cls] = static_cast<std::size_t>(add);
    }
    if (type == SamplingType::Under && cls != minority) {
      const double keep = std::trunc(n_minority / ratio_);
      if (keep > have)
        throw error("would need new samples in class " + std::to_string(cls) + " (" + std::to_string(n) +
                    " samples; the ratio asks for " + std::to_string(static_cast<long long>(keep)) +
                    "); increase the ratio");
      out[cls] = static_cast<std::size_t>(keep);
    }
  }
  return out;
}

void SamplingStrategy::require_present(const std::vector<int>& classes,
                                       const std::map<int, std::size_t>& counts) const {
  std::vector<int> missing;
  for (int c : classes)
    if (!counts.contains(c)) missing.push_back(c);
  if (!missing.empty())
    throw error("names class(es) " + join_classes(missing) + " that the training data does not have");
}

ClassTargets SamplingStrategy::count_targets(const std::map<int, std::size_t>& counts, SamplingType type) const {
  if (type == SamplingType::Clean)
    throw error("gives class counts, which cleaning methods do not accept; list the classes as {c1,c2}");
  std::vector<int> keys;
  for (const auto& [cls, n] : counts_) keys.push_back(cls);
  require_present(keys, counts);
  ClassTargets out;
  for (const auto& [cls, want] : counts_) {
    const std::size_t have = counts.at(cls);
    if (type == SamplingType::Over && want < have)
      throw error("asks for " + std::to_string(want) + " samples of class " + std::to_string(cls) +
                  ", fewer than the " + std::to_string(have) + " it has; over-samplers only add samples");
    if (type == SamplingType::Under && want > have)
      throw error("asks for " + std::to_string(want) + " samples of class " + std::to_string(cls) +
                  ", more than the " + std::to_string(have) + " it has; under-samplers only remove samples");
    out[cls] = type == SamplingType::Over ? want - have : want;
  }
  return out;
}

ClassTargets SamplingStrategy::class_targets(const std::map<int, std::size_t>& counts, SamplingType type) const {
  if (type != SamplingType::Clean)
    throw error("lists classes, which only cleaning methods accept; give {class:count,...} instead");
  require_present(classes_, counts);
  const std::size_t n_minority = counts.at(minority_of(counts));
  ClassTargets out;
  for (int c : classes_) out[c] = n_minority;
  return out;
}

ParamSchema& add_sampling_strategy(ParamSchema& schema, SamplingType type) {
  std::string what = type == SamplingType::Over    ? "{class:final_count,...}"
                     : type == SamplingType::Under ? "{class:kept_count,...}"
                                                   : "{class,...}";
  return schema.text("sampling_strategy", "auto",
                     "Classes to resample, as imbalanced-learn: auto, minority, majority, not_minority, "
                     "not_majority, all, a ratio in (0, 1] (binary) or " +
                         what,
                     [](const std::string& value, const std::string& owner) {
                       return SamplingStrategy(value, owner).canonical();
                     });
}

}  // namespace imbench
