"""Reference probabilities of scikit-learn's KNeighborsClassifier for the knn tests.

Usage: models_knn.py OUT_DIR
For N = 2 and 3 classes writes X_train_N.csv, y_train_N.txt and X_test_N.csv, and for
k = 5, 8 and weights = uniform, distance proba_N_k_weights.csv and clear_N_k.txt into
OUT_DIR (one run, since starting Python and scikit-learn dominates the test's time).
clear_N_k.txt holds, per test row, 1 when its k-th and (k+1)-th nearest training rows
lie more than 1e-9 apart: only there is the neighbour set free of distance ties, which
scikit-learn breaks by an unstable partial sort and we break by row index.
"""
import sys

import numpy as np
from sklearn.datasets import make_classification
from sklearn.neighbors import KNeighborsClassifier

out = sys.argv[1]

for n_classes in (2, 3):
    X, y = make_classification(n_samples=400, n_features=5, n_informative=3, n_redundant=1, n_classes=n_classes,
                               weights=[0.85, 0.15] if n_classes == 2 else [0.6, 0.3, 0.1], flip_y=0.05,
                               random_state=11 + n_classes)
    X_train, y_train, X_test = X[:300], y[:300], X[300:]
    np.savetxt(f"{out}/X_train_{n_classes}.csv", X_train, delimiter=",", fmt="%.17g")
    np.savetxt(f"{out}/y_train_{n_classes}.txt", y_train, fmt="%d")
    np.savetxt(f"{out}/X_test_{n_classes}.csv", X_test, delimiter=",", fmt="%.17g")
    nearest = np.sort(np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)), axis=1)
    for k in (5, 8):
        clear = nearest[:, k] - nearest[:, k - 1] > 1e-9
        np.savetxt(f"{out}/clear_{n_classes}_{k}.txt", clear.astype(int), fmt="%d")
        for weights in ("uniform", "distance"):
            model = KNeighborsClassifier(n_neighbors=k, weights=weights).fit(X_train, y_train)
            np.savetxt(f"{out}/proba_{n_classes}_{k}_{weights}.csv", model.predict_proba(X_test), delimiter=",",
                       fmt="%.17g")
