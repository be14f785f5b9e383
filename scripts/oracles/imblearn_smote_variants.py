#!/usr/bin/python3
"""imbalanced-learn 0.10 as the oracle for imbench's borderline_smote and adasyn.

  imblearn_smote_variants.py danger X.csv y.txt CASES
      CASES: one "<m_neighbors> <strategy>" per line. For every class the strategy asks
      to grow, BorderlineSMOTE's DANGER rows (_in_danger_noise on an m-NN fitted on all
      of X), as row numbers of X. Prints one line per case: "class:i,j,... class:..."
      ("class:" when a class has none), or "error".

  imblearn_smote_variants.py adasyn X.csv y.txt CASES
      CASES: one "<n_neighbors> <strategy>" per line. Runs ADASYN and prints the output's
      class counts "class:n ..." in class order, or "error" (ValueError/RuntimeError).

STRATEGY uses imbench's spelling (see imblearn_sampling.py).
"""
import os
import sys
import warnings
from collections import Counter

import numpy as np

warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from imblearn.over_sampling import ADASYN, BorderlineSMOTE  # noqa: E402
from imblearn.utils import check_sampling_strategy  # noqa: E402
from imblearn_sampling import describe, to_python  # noqa: E402


def cases(path):
    with open(path) as f:
        for line in f:
            k, strategy = line.split()
            yield int(k), strategy


def danger(X, y, cases_path):
    for m, strategy in cases(cases_path):
        try:
            targets = check_sampling_strategy(to_python(strategy), y, "over-sampling")
        except ValueError:
            print("error")
            continue
        sampler = BorderlineSMOTE(m_neighbors=m)
        sampler._validate_estimator()
        sampler.nn_m_.fit(X)
        parts = []
        for cls, n in targets.items():
            if n == 0:
                continue
            rows = np.flatnonzero(y == cls)
            mask = sampler._in_danger_noise(sampler.nn_m_, X[rows], cls, y, kind="danger")
            parts.append(f"{cls}:" + ",".join(str(i) for i in rows[mask]))
        print(" ".join(parts))


def adasyn(X, y, cases_path):
    for k, strategy in cases(cases_path):
        try:
            sampler = ADASYN(sampling_strategy=to_python(strategy), n_neighbors=k, random_state=0)
            if strategy == "minority":
                # 0.10.0's parameter check wrongly rejects 'minority' (see imblearn_sampling.py).
                sampler._validate_params = lambda: None
            _, y_res = sampler.fit_resample(X, y)
            print(describe(Counter(int(v) for v in y_res)))
        except (ValueError, RuntimeError):
            print("error")


if __name__ == "__main__":
    mode, x_path, y_path, cases_path = sys.argv[1:]
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    {"danger": danger, "adasyn": adasyn}[mode](X, y, cases_path)
