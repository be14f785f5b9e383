#!/usr/bin/python3
"""imbalanced-learn 0.10's CondensedNearestNeighbour with the random seeds fixed, as the oracle for imbench's.

  imblearn_condensed.py cnn X.csv y.txt CASES
      CASES holds one case per line: "<strategy> <n_neighbors> <seeds>" (the format of
      imblearn_combined.py oss). Prints two lines per case: the kept input row numbers in output
      order as imblearn computes them, then as the same loop computes them once its skip list
      holds positions within the class only (imblearn's index mix-up removed); "error" when
      imblearn raises ValueError.
  imblearn_condensed.py cnn-self-check X.csv y.txt
      Checks that the fixed-seed version with the mix-up equals imblearn's own
      CondensedNearestNeighbour when given the seeds imblearn draws itself; prints "ok" or the
      first mismatch.

The fixed-seed version follows imblearn/under_sampling/_prototype_selection/_condensed_nearest_neighbour.py
line by line, with `random_state.randint(...)` replaced by the given positions.
"""
import sys
import warnings
from collections import Counter

import numpy as np

warnings.filterwarnings("ignore")

from imblearn.under_sampling import CondensedNearestNeighbour  # noqa: E402
from imblearn_combined import check_own_seeds, load, parse_seeds, targeted  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402


def cnn_with_seeds(X, y, strategy, n_neighbors, seeds, consistent):
    targets = targeted(strategy, y)
    target_stats = Counter(y)
    class_minority = min(target_stats, key=target_stats.get)
    estimator = KNeighborsClassifier(n_neighbors=n_neighbors)
    idx_under = np.empty((0,), dtype=int)
    for target_class in np.unique(y):
        if target_class not in targets:
            idx_under = np.concatenate((idx_under, np.flatnonzero(y == target_class)), axis=0)
            continue
        idx_maj = np.flatnonzero(y == target_class)
        positions = np.asarray(seeds[int(target_class)], dtype=int)
        idx_maj_sample = idx_maj[positions]
        C_indices = np.append(np.flatnonzero(y == class_minority), idx_maj_sample)
        S_x, S_y = X[idx_maj], y[idx_maj]
        estimator.fit(X[C_indices], y[C_indices])
        # imblearn stores global row numbers in the skip list next to positions within S.
        good_classif_label = positions.copy() if consistent else idx_maj_sample.copy()
        for idx_sam, (x_sam, y_sam) in enumerate(zip(S_x, S_y)):
            if idx_sam in good_classif_label:
                continue
            pred_y = estimator.predict(x_sam.reshape(1, -1))
            if y_sam != pred_y:
                idx_maj_sample = np.append(idx_maj_sample, idx_maj[idx_sam])
                positions = np.append(positions, idx_sam)
                C_indices = np.append(C_indices, idx_maj[idx_sam])
                estimator.fit(X[C_indices], y[C_indices])
                pred_S_y = estimator.predict(S_x)
                skip = positions if consistent else idx_maj_sample
                good_classif_label = np.unique(np.append(skip, np.flatnonzero(pred_S_y == S_y)))
        idx_under = np.concatenate((idx_under, idx_maj_sample), axis=0)
    return idx_under


def run_cases(x_path, y_path, cases_path):
    X, y = load(x_path, y_path)
    with open(cases_path) as f:
        for line in f:
            strategy, n_neighbors, seeds = line.split()
            for consistent in (False, True):
                try:
                    rows = cnn_with_seeds(X, y, strategy, int(n_neighbors), parse_seeds(seeds), consistent)
                    print(" ".join(str(i) for i in rows))
                except ValueError:
                    print("error")


def self_check(x_path, y_path):
    def imblearn_loop(X, y, strategy, n_neighbors, seeds):
        return cnn_with_seeds(X, y, strategy, n_neighbors, seeds, consistent=False)

    X, y = load(x_path, y_path)
    check_own_seeds(X, y, imblearn_loop, CondensedNearestNeighbour, ("auto", "majority"), ((1, 1), (3, 4)), 2)


if __name__ == "__main__":
    if sys.argv[1] == "cnn":
        run_cases(*sys.argv[2:])
    else:
        self_check(*sys.argv[2:])
