#!/usr/bin/python3
"""Reference coefficients of scikit-learn's Ridge and LinearRegression for the ridge tests.

Usage: models_ridge.py OUT_DIR
Writes X_<data>.csv, y_<data>.csv and w_<data>.csv (sample weights) for data = tall (120 x 5),
deficient (80 x 6: a duplicated column and a constant one) and wide (15 x 30), and prints one
line per case: DATA ALPHA FIT_INTERCEPT WEIGHTED INTERCEPT COEF_0 ... (%.17g). alpha > 0 uses
Ridge, alpha = 0 LinearRegression, except on the deficient data with an intercept: there the
centred columns are exactly dependent, but scipy's lstsq (LinearRegression's solver) keeps a
singular value of 4e-16 relative size and returns coefficients of 1e12, so the reference is the
minimum-norm solution from numpy's lstsq (cutoff eps * max(n, d)) of the same centred system.
"""
import sys

import numpy as np
from sklearn.linear_model import LinearRegression, Ridge

out = sys.argv[1]
rng = np.random.RandomState(5)


def tall():
    X = rng.normal(size=(120, 5)) * [1, 3, 0.2, 10, 1] + [0, 5, -1, 100, 2]
    y = X @ [1.5, -0.3, 4, 0.05, 0] + 7 + rng.normal(scale=0.5, size=120)
    return X, y


def deficient():
    base = rng.normal(size=(80, 4))
    X = np.column_stack([base, base[:, 1], np.full(80, 3.0)])
    y = base @ [2, -1, 0.5, 1] + 1 + rng.normal(scale=0.3, size=80)
    return X, y


def wide():
    X = rng.normal(size=(15, 30))
    y = X[:, :3] @ [1, 2, -1] + rng.normal(scale=0.1, size=15)
    return X, y


def min_norm(X, y, w, weighted):
    s = w if weighted else np.ones(len(y))
    x_mean, y_mean = s @ X / s.sum(), s @ y / s.sum()
    root = np.sqrt(s)
    coef = np.linalg.lstsq(root[:, None] * (X - x_mean), root * (y - y_mean), rcond=None)[0]
    return [y_mean - x_mean @ coef, *coef]


for name, make in (("tall", tall), ("deficient", deficient), ("wide", wide)):
    X, y = make()
    w = rng.uniform(0.2, 3.0, size=len(y))
    np.savetxt(f"{out}/X_{name}.csv", X, delimiter=",", fmt="%.17g")
    np.savetxt(f"{out}/y_{name}.csv", y, fmt="%.17g")
    np.savetxt(f"{out}/w_{name}.csv", w, fmt="%.17g")
    for alpha in (0.0, 0.5, 20.0):
        for fit_intercept in (True, False):
            for weighted in (False, True):
                if alpha == 0 and name == "deficient" and fit_intercept:
                    print(name, alpha, 1, int(weighted), " ".join(f"{v:.17g}" for v in min_norm(X, y, w, weighted)))
                    continue
                model = LinearRegression(fit_intercept=fit_intercept) if alpha == 0 else Ridge(
                    alpha=alpha, fit_intercept=fit_intercept, solver="svd")
                model.fit(X, y, sample_weight=w if weighted else None)
                values = [model.intercept_, *model.coef_]
                print(name, alpha, int(fit_intercept), int(weighted), " ".join(f"{v:.17g}" for v in values))
