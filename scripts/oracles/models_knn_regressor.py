#!/usr/bin/python3
"""Reference predictions of scikit-learn's KNeighborsRegressor for the knn_regressor tests.

Usage: models_knn_regressor.py OUT_DIR
Writes X_train.csv, y_train.csv and X_test.csv (make_friedman1, 300 training and 100 test
rows) and, for k = 1, 5 and 8 and weights = uniform, distance, pred_k_weights.csv and
clear_k.txt into OUT_DIR. clear_k.txt holds, per test row, 1 when its k-th and (k+1)-th
nearest training rows lie more than 1e-9 apart: only there is the neighbour set free of
distance ties, which scikit-learn breaks by an unstable partial sort and we by row index.
"""
import sys

import numpy as np
from sklearn.datasets import make_friedman1
from sklearn.neighbors import KNeighborsRegressor

out = sys.argv[1]
X, y = make_friedman1(n_samples=400, n_features=6, noise=0.5, random_state=3)
X_train, y_train, X_test = X[:300], y[:300], X[300:]
np.savetxt(f"{out}/X_train.csv", X_train, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/y_train.csv", y_train, fmt="%.17g")
np.savetxt(f"{out}/X_test.csv", X_test, delimiter=",", fmt="%.17g")
nearest = np.sort(np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)), axis=1)
for k in (1, 5, 8):
    np.savetxt(f"{out}/clear_{k}.txt", (nearest[:, k] - nearest[:, k - 1] > 1e-9).astype(int), fmt="%d")
    for weights in ("uniform", "distance"):
        model = KNeighborsRegressor(n_neighbors=k, weights=weights).fit(X_train, y_train)
        np.savetxt(f"{out}/pred_{k}_{weights}.csv", model.predict(X_test), fmt="%.17g")
