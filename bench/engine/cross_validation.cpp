#include "bench/engine/cross_validation.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench {
namespace {

void shuffle(Indices& rows, RandomStream& rng) {
  for (std::size_t i = rows.size(); i > 1; --i) std::swap(rows[i - 1], rows[rng.below(i)]);
}

std::size_t test_size(std::size_t n, double fraction) {
  return static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(n)));
}

}  // namespace

const char* to_string(CvMethod method) {
  return method == CvMethod::StratifiedKFold ? "stratified_kfold" : "stratified_holdout";
}

CvMethod cv_method_from_string(const std::string& text) {
  for (CvMethod m : {CvMethod::StratifiedKFold, CvMethod::StratifiedHoldout})
    if (text == to_string(m)) return m;
  throw Error(unknown_name_message("cross-validation method", text, {"stratified_kfold", "stratified_holdout"}));
}

std::string CvScheme::describe() const {
  if (method == CvMethod::StratifiedKFold) return "stratified_kfold:folds=" + std::to_string(folds);
  return "stratified_holdout:test_fraction=" + canonical_number(test_fraction);
}

void CvScheme::check() const {
  if (method == CvMethod::StratifiedKFold && folds < 2)
    throw Error("cv folds must be at least 2, got " + std::to_string(folds));
  if (repeats < 1) throw Error("cv repeats must be at least 1, got " + std::to_string(repeats));
  if (method == CvMethod::StratifiedHoldout && !(test_fraction > 0 && test_fraction < 1))
    throw Error("cv test_fraction must be in (0, 1), got " + canonical_number(test_fraction));
}

RandomStream split_stream(std::uint64_t seed, const Hash128& dataset_hash, int repeat) {
  return RandomStream::keyed(seed, dataset_hash, repeat, "split");
}

std::vector<std::size_t> holdout_train_counts(const std::vector<std::size_t>& class_sizes, double test_fraction) {
  std::size_t n = 0;
  for (std::size_t c : class_sizes) n += c;
  const std::size_t n_train = n - test_size(n, test_fraction);
  std::vector<std::size_t> counts(class_sizes.size());
  std::vector<double> remainder(class_sizes.size());
  std::size_t assigned = 0;
  for (std::size_t c = 0; c < class_sizes.size(); ++c) {
    double exact = static_cast<double>(class_sizes[c]) / static_cast<double>(n) * static_cast<double>(n_train);
    counts[c] = static_cast<std::size_t>(std::floor(exact));
    remainder[c] = exact - std::floor(exact);
    assigned += counts[c];
  }
  // Largest remainders get the rows still missing; stable sort keeps ties in class order.
  std::vector<std::size_t> order(class_sizes.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t i = 0; assigned < n_train && i < order.size(); ++i, ++assigned) ++counts[order[i]];
  return counts;
}

void check_splittable(const Labels& y, int n_classes, const CvScheme& cv, const std::string& dataset,
                      const std::vector<std::string>& class_names) {
  cv.check();
  std::vector<std::size_t> sizes = class_counts(y, n_classes);
  auto class_text = [&](std::size_t c) {
    std::string name = c < class_names.size() ? class_names[c] : std::to_string(c);
    return "class '" + name + "' (" + std::to_string(sizes[c]) + " rows)";
  };
  if (cv.method == CvMethod::StratifiedKFold) {
    for (std::size_t c = 0; c < sizes.size(); ++c)
      if (sizes[c] < static_cast<std::size_t>(cv.folds))
        throw Error("data set '" + dataset + "': " + class_text(c) + " has fewer rows than the " +
                    std::to_string(cv.folds) + " folds; use fewer folds or a hold-out split");
    return;
  }
  std::vector<std::size_t> train = holdout_train_counts(sizes, cv.test_fraction);
  for (std::size_t c = 0; c < sizes.size(); ++c) {
    if (train[c] == 0 || train[c] == sizes[c])
      throw Error("data set '" + dataset + "': " + class_text(c) + " gets no " +
                  (train[c] == 0 ? "training" : "test") + " rows with test_fraction=" +
                  canonical_number(cv.test_fraction) + "; change test_fraction or use k-fold");
  }
}

Labels regression_strata(std::span<const double> target, const CvScheme& cv) {
  const std::size_t n = target.size();
  Indices by_rank(n);
  for (std::size_t i = 0; i < n; ++i) by_rank[i] = i;
  std::stable_sort(by_rank.begin(), by_rank.end(), [&](std::size_t a, std::size_t b) { return target[a] < target[b]; });
  const std::size_t block = cv.method == CvMethod::StratifiedKFold
                                ? static_cast<std::size_t>(cv.folds)
                                : std::max<std::size_t>(2, (n + 9) / 10);
  Labels strata(n);
  for (std::size_t rank = 0; rank < n; ++rank) strata[by_rank[rank]] = static_cast<int>(rank / block);
  return strata;
}

void check_splittable_regression(std::size_t n_rows, const CvScheme& cv, const std::string& dataset) {
  cv.check();
  if (cv.method == CvMethod::StratifiedKFold) {
    if (n_rows < static_cast<std::size_t>(cv.folds))
      throw Error("data set '" + dataset + "' has " + std::to_string(n_rows) + " rows, fewer than the " +
                  std::to_string(cv.folds) + " folds");
    return;
  }
  const std::size_t n_test = test_size(n_rows, cv.test_fraction);
  if (n_test == 0 || n_test >= n_rows)
    throw Error("data set '" + dataset + "' (" + std::to_string(n_rows) + " rows) gets no " +
                (n_test == 0 ? "test" : "training") + " rows with test_fraction=" + canonical_number(cv.test_fraction));
}

std::vector<Split> make_splits(const Labels& y, int n_classes, const CvScheme& cv, RandomStream& rng) {
  std::vector<Indices> by_class = rows_by_class(y, n_classes);
  for (Indices& rows : by_class) shuffle(rows, rng);
  const int k = cv.folds_per_repeat();
  std::vector<int> fold_of(y.size(), 0);  // hold-out: 0 = train, 1 = test
  if (cv.method == CvMethod::StratifiedKFold) {
    std::size_t position = 0;
    for (const Indices& rows : by_class)
      for (std::size_t r : rows) fold_of[r] = static_cast<int>(position++ % static_cast<std::size_t>(k));
  } else {
    std::vector<std::size_t> sizes;
    for (const Indices& rows : by_class) sizes.push_back(rows.size());
    std::vector<std::size_t> train = holdout_train_counts(sizes, cv.test_fraction);
    for (std::size_t c = 0; c < by_class.size(); ++c)
      for (std::size_t i = train[c]; i < by_class[c].size(); ++i) fold_of[by_class[c][i]] = 1;
  }
  std::vector<Split> splits(static_cast<std::size_t>(k));
  for (std::size_t row = 0; row < y.size(); ++row) {
    if (cv.method == CvMethod::StratifiedKFold) {
      for (int f = 0; f < k; ++f) (f == fold_of[row] ? splits[f].test : splits[f].train).push_back(row);
    } else {
      (fold_of[row] == 1 ? splits[0].test : splits[0].train).push_back(row);
    }
  }
  return splits;
}

}  // namespace imbench
