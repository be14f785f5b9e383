#include "algorithms/metric/shared/binary_ranking.hpp"

#include <algorithm>
#include <limits>

namespace imbench::metric {
namespace {

// Sorts by descending score and calls visit(positives, negatives) once per
// group of equal scores, highest group first.
template <class Visit>
void for_each_tie_group(std::vector<ScoredSample>& samples, Visit visit) {
  std::sort(samples.begin(), samples.end(),
            [](const ScoredSample& a, const ScoredSample& b) { return a.score > b.score; });
  std::size_t i = 0;
  while (i < samples.size()) {
    double positives = 0, negatives = 0;
    std::size_t j = i;
    for (; j < samples.size() && samples[j].score == samples[i].score; ++j)
      (samples[j].positive ? positives : negatives) += 1;
    visit(positives, negatives);
    i = j;
  }
}

}  // namespace

double roc_auc_of(std::vector<ScoredSample> samples) {
  // U = correctly ordered (positive, negative) pairs + half the tied ones.
  // Walking down from the top, each negative is outranked by every positive
  // already seen. All terms are integers or halves: exact below 2^52 pairs.
  double u = 0, positives_above = 0, negatives = 0;
  for_each_tie_group(samples, [&](double pos, double neg) {
    u += neg * positives_above + 0.5 * pos * neg;
    positives_above += pos;
    negatives += neg;
  });
  if (positives_above == 0 || negatives == 0) return std::numeric_limits<double>::quiet_NaN();
  return u / (positives_above * negatives);
}

double average_precision_of(std::vector<ScoredSample> samples) {
  double total_positives = 0;
  for (const auto& s : samples) total_positives += s.positive ? 1 : 0;
  if (total_positives == 0) return 0;
  double ap = 0, tp = 0, fp = 0;
  for_each_tie_group(samples, [&](double pos, double neg) {
    tp += pos;
    fp += neg;
    // Recall rises by pos / P at this threshold; precision is read there.
    if (pos > 0) ap += (pos / total_positives) * (tp / (tp + fp));
  });
  return ap;
}

}  // namespace imbench::metric
