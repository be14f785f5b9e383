// Stratified cross-validation splits.
//
// Folds depend only on the labels and on a random stream keyed by (seed,
// data set hash, repeat), so every pipeline run on a data set sees exactly
// the same training and test rows.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

enum class CvMethod { StratifiedKFold, StratifiedHoldout };
const char* to_string(CvMethod method);
CvMethod cv_method_from_string(const std::string& text);  // throws Error listing the methods

struct CvScheme {
  CvMethod method = CvMethod::StratifiedKFold;
  int folds = 5;               // k-fold only
  int repeats = 1;             // independent reshuffles
  double test_fraction = 0.3;  // hold-out only

  int folds_per_repeat() const { return method == CvMethod::StratifiedKFold ? folds : 1; }
  // Identity of the splitting rule, e.g. "stratified_kfold:folds=5". The
  // number of repeats is left out on purpose: repeat r is the same whether
  // 3 or 10 repeats are planned, so adding repeats keeps earlier results.
  std::string describe() const;
  void check() const;  // throws Error on out-of-range settings
};

struct Split {
  Indices train;  // ascending row order
  Indices test;   // ascending row order
};

// The stream that shuffles repeat `repeat` of a data set.
RandomStream split_stream(std::uint64_t seed, const Hash128& dataset_hash, int repeat);

// Throws Error naming `dataset` (and the class) when a class is too small
// for the scheme: fewer members than folds, or no room in train or test.
void check_splittable(const Labels& y, int n_classes, const CvScheme& cv, const std::string& dataset,
                      const std::vector<std::string>& class_names);

// All folds of one repeat (folds_per_repeat() splits).
//
// k-fold: the rows of each class are shuffled, the classes are laid end to end
// and position j goes to fold j mod k. That gives scikit-learn's
// StratifiedKFold allocation of class counts to folds.
// hold-out: scikit-learn's StratifiedShuffleSplit allocation (n_test =
// ceil(fraction * n), training counts by largest remainder, ties to the
// lower class index); the first rows of each shuffled class train.
std::vector<Split> make_splits(const Labels& y, int n_classes, const CvScheme& cv, RandomStream& rng);

// Stratification labels for a float target, so that every fold sees the
// whole range of the target, rare extremes included. Rows are ranked by
// target (ties by row index); k-fold: consecutive blocks of `folds` ranks form
// one stratum, so each fold receives one row of every block; hold-out: ten
// equal-count strata (fewer for tiny sets). Feed the result to make_splits.
Labels regression_strata(std::span<const double> target, const CvScheme& cv);

// Throws Error naming `dataset` when a regression target has too few rows
// for the scheme (fewer rows than folds, or an empty train or test side).
void check_splittable_regression(std::size_t n_rows, const CvScheme& cv, const std::string& dataset);

// Number of training rows per class for a hold-out split (exposed for tests).
std::vector<std::size_t> holdout_train_counts(const std::vector<std::size_t>& class_sizes, double test_fraction);

}  // namespace imbench
