#!/usr/bin/python3
"""imbalanced-learn 0.10 as the oracle for imbench's resamplers.

  imblearn_sampling.py targets CASES
      CASES holds one case per line: "<over|under|clean> <strategy> <label,label,...>".
      Prints one line per case: check_sampling_strategy's result as "class:n class:n ..."
      (empty when nothing is targeted), or "error" when it raises ValueError.

  imblearn_sampling.py resample X.csv y.txt CASES
      CASES holds one case per line: "<sampler> <strategy>", sampler one of smote,
      smote_k3 (k_neighbors=3), random_over, random_under. Runs imblearn's SMOTE /
      RandomOverSampler / RandomUnderSampler on (X, y) and prints one line per case:
      the class counts of the output, "class:n ..." in class order, or "error".

STRATEGY uses imbench's spelling (not_minority, 0.5, {0:100,1:250}, {0,2}).
"""
import sys
import warnings
from collections import Counter

import numpy as np

warnings.filterwarnings("ignore")

from imblearn.over_sampling import SMOTE, RandomOverSampler  # noqa: E402
from imblearn.under_sampling import RandomUnderSampler  # noqa: E402
from imblearn.utils import check_sampling_strategy  # noqa: E402


def to_python(strategy):
    """imbench spelling -> the value imbalanced-learn expects."""
    if strategy.startswith("{"):
        inner = strategy[1:-1].strip()
        if not inner:
            return {}
        items = [item.strip() for item in inner.split(",")]
        if ":" in inner:
            return {int(k): int(v) for k, v in (item.split(":") for item in items)}
        return [int(item) for item in items]
    try:
        return float(strategy)
    except ValueError:
        return strategy.replace("_", " ")


def describe(targets):
    return " ".join(f"{k}:{v}" for k, v in sorted(targets.items()))


def targets(cases_path):
    kinds = {"over": "over-sampling", "under": "under-sampling", "clean": "clean-sampling"}
    with open(cases_path) as f:
        for line in f:
            kind, strategy, labels = line.split()
            y = np.array([int(v) for v in labels.split(",")])
            try:
                print(describe(check_sampling_strategy(to_python(strategy), y, kinds[kind])))
            except ValueError:
                print("error")


def resample(x_path, y_path, cases_path):
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    make = {
        "smote": lambda s: SMOTE(sampling_strategy=s, random_state=0),
        "smote_k3": lambda s: SMOTE(sampling_strategy=s, k_neighbors=3, random_state=0),
        "random_over": lambda s: RandomOverSampler(sampling_strategy=s, random_state=0),
        "random_under": lambda s: RandomUnderSampler(sampling_strategy=s, random_state=0),
    }
    with open(cases_path) as f:
        for line in f:
            sampler, strategy = line.split()
            try:
                resampler = make[sampler](to_python(strategy))
                if strategy == "minority":
                    # 0.10.0's parameter constraints for over-samplers omit 'minority',
                    # which check_sampling_strategy and the documentation support (fixed
                    # in 0.10.1); skip that check so the algorithm itself is compared.
                    resampler._validate_params = lambda: None
                _, y_res = resampler.fit_resample(X, y)
                print(describe(Counter(int(v) for v in y_res)))
            except ValueError:
                print("error")


if __name__ == "__main__":
    if sys.argv[1] == "targets":
        targets(sys.argv[2])
    else:
        resample(*sys.argv[2:])
