#!/usr/bin/python3
"""imbalanced-learn 0.10's InstanceHardnessThreshold selection, as the oracle for imbench's.

  imblearn_hardness.py select P.txt y.txt CASES
      P.txt holds each row's own-class probability, one per line. CASES holds one
      sampling_strategy per line in imbench's spelling (auto, majority, 0.5, {0:40,2:30}).
      Prints per case the kept input row numbers, in output order, chosen by imblearn's
      percentile threshold from the given probabilities, or "error" on ValueError.
  imblearn_hardness.py self-check X.csv y.txt
      Checks that the percentile selection equals imblearn's own InstanceHardnessThreshold
      when fed the out-of-fold probabilities imblearn computes itself (default random forest);
      prints "ok" or the first mismatch.

The selection follows imblearn/under_sampling/_prototype_selection/_instance_hardness_threshold.py
line by line.
"""
import sys
import warnings
from collections import Counter

import numpy as np

warnings.filterwarnings("ignore")

from imblearn.under_sampling import InstanceHardnessThreshold  # noqa: E402
from imblearn.utils import check_sampling_strategy  # noqa: E402
from imblearn_cleaners import to_python  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_predict  # noqa: E402


def strategy_value(text):
    try:
        return float(text)
    except ValueError:
        return to_python(text)


def select(probabilities, y, strategy):
    sampling_strategy_ = check_sampling_strategy(strategy_value(strategy), y, "under-sampling")
    target_stats = Counter(y)
    idx_under = np.empty((0,), dtype=int)
    for target_class in np.unique(y):
        if target_class in sampling_strategy_.keys():
            n_samples = sampling_strategy_[target_class]
            threshold = np.percentile(
                probabilities[y == target_class], (1.0 - (n_samples / target_stats[target_class])) * 100.0
            )
            index_target_class = np.flatnonzero(probabilities[y == target_class] >= threshold)
        else:
            index_target_class = slice(None)
        idx_under = np.concatenate((idx_under, np.flatnonzero(y == target_class)[index_target_class]), axis=0)
    return idx_under


def run_cases(p_path, y_path, cases_path):
    probabilities = np.loadtxt(p_path, ndmin=1)
    y = np.loadtxt(y_path, dtype=int, ndmin=1)
    with open(cases_path) as f:
        for line in f:
            try:
                print(" ".join(str(i) for i in select(probabilities, y, line.strip())))
            except ValueError:
                print("error")


def self_check(x_path, y_path):
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int, ndmin=1)
    for strategy in ("auto", "{0:30}"):
        for seed in (0,):
            # As InstanceHardnessThreshold: the forest gets the int seed, the folds one RandomState.
            skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=np.random.RandomState(seed))
            forest = RandomForestClassifier(n_estimators=100, random_state=seed)
            proba = cross_val_predict(forest, X, y, cv=skf, method="predict_proba")[range(len(y)), y]
            mine = select(proba, y, strategy)
            iht = InstanceHardnessThreshold(sampling_strategy=to_python(strategy), random_state=seed)
            iht.fit_resample(X, y)
            if not np.array_equal(mine, iht.sample_indices_):
                print(f"mismatch strategy={strategy} seed={seed}")
                return
    print("ok")


if __name__ == "__main__":
    if sys.argv[1] == "select":
        run_cases(*sys.argv[2:])
    else:
        self_check(*sys.argv[2:])
