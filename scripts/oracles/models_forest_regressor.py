#!/usr/bin/python3
"""Test R2 of scikit-learn's RandomForestRegressor on a noisy make_friedman1 target, for the
random_forest_regressor tests.

Usage: models_forest_regressor.py OUT_DIR SEED WEIGHTED [PARAM=VALUE ...]
PARAMs go to RandomForestRegressor as Python literals, or as text when they are not literals.
Writes X_train.csv, y_train.csv, w.csv (empty when unweighted), X_test.csv, y_test.csv and
score.txt: the mean and standard deviation of the test R2 over REPEATS forests (random_state
0..REPEATS-1, default 4) on this one split.
"""
import ast
import os
import sys

import numpy as np
from sklearn.datasets import make_friedman1
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score

REPEATS = int(os.environ.get("REPEATS", 4))
out, seed, weighted = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"


def value(text):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


params = {k: value(v) for k, v in (a.split("=", 1) for a in sys.argv[4:])}
X, y = make_friedman1(n_samples=1600, n_features=8, noise=1.0, random_state=seed)
X = X.astype(np.float32).astype(np.float64)  # scikit-learn's trees split float32 features
X_train, y_train, X_test, y_test = X[:800], y[:800], X[800:], y[800:]
w = np.random.RandomState(seed).uniform(0.5, 2.0, size=len(y_train)) if weighted else None

scores = []
for random_state in range(REPEATS):
    forest = RandomForestRegressor(random_state=random_state, **params).fit(X_train, y_train, sample_weight=w)
    scores.append(r2_score(y_test, forest.predict(X_test)))

for name, data in (("X_train", X_train), ("X_test", X_test)):
    np.savetxt(f"{out}/{name}.csv", data, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/y_train.csv", y_train, fmt="%.17g")
np.savetxt(f"{out}/y_test.csv", y_test, fmt="%.17g")
with open(f"{out}/w.csv", "w") as f:
    if w is not None:
        np.savetxt(f, w, fmt="%.17g")
with open(f"{out}/score.txt", "w") as f:
    f.write(f"{np.mean(scores):.17g} {np.std(scores, ddof=1):.17g}\n")
