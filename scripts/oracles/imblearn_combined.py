#!/usr/bin/python3
"""imbalanced-learn 0.10's OneSidedSelection with the random seeds fixed, as the oracle for imbench's.

  imblearn_combined.py oss X.csv y.txt CASES
      CASES holds one case per line: "<strategy> <n_neighbors> <seeds>", strategy in imbench's
      spelling (auto, all, majority, not_minority, not_majority, {0,2}); seeds as
      "class:pos,pos/class:pos", positions within each targeted class's rows. Prints per case
      the kept input row numbers in output order, or "error" when imblearn raises ValueError.
  imblearn_combined.py oss-self-check X.csv y.txt
      Checks that the fixed-seed version equals imblearn's own OneSidedSelection when given the
      seeds imblearn draws itself (several random_state values, strategies and n_neighbors);
      prints "ok" or the first mismatch.

The fixed-seed version follows imblearn/under_sampling/_prototype_selection/_one_sided_selection.py
line by line, with `random_state.randint(...)` replaced by the given positions.
"""
import sys
import warnings
from collections import Counter

import numpy as np

warnings.filterwarnings("ignore")

from imblearn.under_sampling import OneSidedSelection, TomekLinks  # noqa: E402
from imblearn.utils import check_sampling_strategy  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402


def to_python(strategy):
    if strategy.startswith("{"):
        return [int(item) for item in strategy[1:-1].split(",") if item.strip()]
    return strategy.replace("_", " ")


def targeted(strategy, y):
    return list(check_sampling_strategy(to_python(strategy), y, "clean-sampling").keys())


def oss_with_seeds(X, y, strategy, n_neighbors, seeds):
    targets = targeted(strategy, y)
    target_stats = Counter(y)
    class_minority = min(target_stats, key=target_stats.get)
    estimator = KNeighborsClassifier(n_neighbors=n_neighbors)
    idx_under = np.empty((0,), dtype=int)
    for target_class in np.unique(y):
        if target_class in targets:
            idx_maj = np.flatnonzero(y == target_class)
            sel_idx_maj = np.asarray(seeds[int(target_class)], dtype=int)
            idx_maj_sample = idx_maj[sel_idx_maj]
            C_indices = np.append(np.flatnonzero(y == class_minority), idx_maj_sample)
            idx_maj_extracted = np.delete(idx_maj, sel_idx_maj, axis=0)
            estimator.fit(X[C_indices], y[C_indices])
            pred = estimator.predict(X[idx_maj_extracted])
            idx_tmp = idx_maj_extracted[np.flatnonzero(pred != y[idx_maj_extracted])]
            idx_under = np.concatenate((idx_under, idx_maj_sample, idx_tmp), axis=0)
        else:
            idx_under = np.concatenate((idx_under, np.flatnonzero(y == target_class)), axis=0)
    tl = TomekLinks(sampling_strategy=targets)
    tl.fit_resample(X[idx_under], y[idx_under])
    return idx_under[tl.sample_indices_]


def parse_seeds(text):
    seeds = {}
    for part in text.split("/"):
        cls, positions = part.split(":")
        seeds[int(cls)] = [int(p) for p in positions.split(",")]
    return seeds


def load(x_path, y_path):
    return np.loadtxt(x_path, delimiter=",", ndmin=2), np.loadtxt(y_path, dtype=int, ndmin=1)


def run_cases(x_path, y_path, cases_path):
    X, y = load(x_path, y_path)
    with open(cases_path) as f:
        for line in f:
            strategy, n_neighbors, seeds = line.split()
            try:
                print(" ".join(str(i) for i in oss_with_seeds(X, y, strategy, int(n_neighbors), parse_seeds(seeds))))
            except ValueError:
                print("error")


def check_own_seeds(X, y, with_seeds, sampler_class, strategies, grid, n_states):
    """Prints "ok" when with_seeds(X, y, strategy, n_neighbors, seeds) keeps the rows sampler_class keeps
    with the seeds it draws itself (one randint per targeted class, in class order), for every strategy,
    (n_neighbors, n_seeds_S) in grid and random_state below n_states; else the first mismatch."""
    counts = Counter(y)
    for strategy in strategies:
        for n_neighbors, n_seeds in grid:
            for seed in range(n_states):
                rs = np.random.RandomState(seed)
                seeds = {c: rs.randint(0, counts[c], size=n_seeds) for c in sorted(targeted(strategy, y))}
                mine = with_seeds(X, y, strategy, n_neighbors, seeds)
                sampler = sampler_class(sampling_strategy=to_python(strategy), n_neighbors=n_neighbors,
                                        n_seeds_S=n_seeds, random_state=seed)
                sampler.fit_resample(X, y)
                if not np.array_equal(mine, sampler.sample_indices_):
                    print(f"mismatch strategy={strategy} n_neighbors={n_neighbors} n_seeds_S={n_seeds} seed={seed}")
                    return
    print("ok")


def self_check(x_path, y_path):
    X, y = load(x_path, y_path)
    check_own_seeds(X, y, oss_with_seeds, OneSidedSelection, ("auto", "all", "majority"), ((1, 1), (3, 1), (1, 4)), 5)


if __name__ == "__main__":
    if sys.argv[1] == "oss":
        run_cases(*sys.argv[2:])
    else:
        self_check(*sys.argv[2:])
