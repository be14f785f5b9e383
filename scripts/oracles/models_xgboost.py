"""Reference predictions of the xgboost Python package (1.7, the same library) for the xgboost tests.

Usage: models_xgboost.py OUT_DIR ROUNDS MAX_DEPTH
Trains with XGBoost's own objectives, single-threaded, hist, no sampling:
  binary   binary:logistic on 2 weighted classes      -> proba_binary.csv (P(class 1))
  multi    multi:softprob on 3 weighted classes       -> proba_multi.csv (n x 3)
  reg      reg:squarederror on a noisy weighted sine  -> pred_reg.csv, base_score = weighted mean target
For each TASK it writes X_train_TASK.csv, y_train_TASK.txt, w_TASK.txt and X_test_TASK.csv.
"""
import sys

import numpy as np
import xgboost as xgb
from sklearn.datasets import make_classification

out, rounds, max_depth = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(3)
common = {"tree_method": "hist", "max_depth": max_depth, "eta": 0.3, "min_child_weight": 1, "lambda": 1,
          "max_bin": 256, "nthread": 1, "seed": 0, "verbosity": 0}


def save(task, X, y, w, X_test, label_format):
    np.savetxt(f"{out}/X_train_{task}.csv", X, delimiter=",", fmt="%.17g")
    np.savetxt(f"{out}/y_train_{task}.txt", y, fmt=label_format)
    np.savetxt(f"{out}/w_{task}.txt", w, fmt="%.17g")
    np.savetxt(f"{out}/X_test_{task}.csv", X_test, delimiter=",", fmt="%.17g")


for task, n_classes in (("binary", 2), ("multi", 3)):
    X, y = make_classification(n_samples=400, n_features=5, n_informative=3, n_redundant=1, n_classes=n_classes,
                               weights=[0.8, 0.2] if n_classes == 2 else [0.6, 0.3, 0.1], flip_y=0.05,
                               random_state=21 + n_classes)
    w = rng.uniform(0.5, 2.0, 300)
    save(task, X[:300], y[:300], w, X[300:], "%d")
    params = dict(common, objective="binary:logistic" if n_classes == 2 else "multi:softprob")
    if n_classes > 2:
        params["num_class"] = n_classes
    booster = xgb.train(params, xgb.DMatrix(X[:300], label=y[:300], weight=w), num_boost_round=rounds)
    proba = booster.predict(xgb.DMatrix(X[300:])).reshape(100, -1)
    np.savetxt(f"{out}/proba_{task}.csv", proba, delimiter=",", fmt="%.17g")

X = rng.uniform(-3, 3, (400, 3))
y = 5 * np.sin(X[:, 0]) + X[:, 1] + rng.normal(0, 0.3, 400)
w = rng.uniform(0.5, 2.0, 300)
save("reg", X[:300], y[:300], w, X[300:], "%.17g")
params = dict(common, objective="reg:squarederror", base_score=float(np.average(y[:300], weights=w)))
booster = xgb.train(params, xgb.DMatrix(X[:300], label=y[:300], weight=w), num_boost_round=rounds)
np.savetxt(f"{out}/pred_reg.csv", booster.predict(xgb.DMatrix(X[300:])).reshape(-1, 1), delimiter=",", fmt="%.17g")
