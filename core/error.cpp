#include "core/error.hpp"

#include <algorithm>

namespace imbench {
namespace {

// Levenshtein distance with adjacent transpositions counted as one edit, so the
// typo "smoet" is nearer "smote" than any name two substitutions away.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string unknown_name_message(const std::string& what, const std::string& name,
                                 const std::vector<std::string>& candidates) {
  std::vector<std::string> sorted = candidates;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const std::string& x, const std::string& y) {
    return edit_distance(name, x) < edit_distance(name, y);
  });
  std::string message = "unknown " + what + " '" + name + "'";
  if (sorted.empty()) return message + " (none are known)";
  message += "; did you mean '" + sorted.front() + "'? known: ";
  std::vector<std::string> alphabetical = candidates;
  std::sort(alphabetical.begin(), alphabetical.end());
  for (std::size_t i = 0; i < alphabetical.size(); ++i) {
    if (i) message += ", ";
    message += alphabetical[i];
  }
  return message;
}

}  // namespace imbench
