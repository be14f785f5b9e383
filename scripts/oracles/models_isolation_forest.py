#!/usr/bin/python3
"""Test ROC AUC of scikit-learn's IsolationForest for the isolation_forest tests.

Usage: models_isolation_forest.py DIR [PARAM=VALUE ...]
Reads DIR/X_train.csv, DIR/X_test.csv and DIR/y_test.txt (1 marks the anomaly class), fits
IsolationForest(random_state=r, PARAMs as Python literals) on X_train for r = 0..REPEATS-1
(default 5; labels are never used for fitting) and writes DIR/score.txt: the mean and standard
deviation of the test ROC AUC of -score_samples, then the mean share of X_train that predict
flags as anomalous.
"""
import ast
import os
import sys

import numpy as np
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score

REPEATS = int(os.environ.get("REPEATS", 5))
out = sys.argv[1]
params = {k: ast.literal_eval(v) for k, v in (a.split("=", 1) for a in sys.argv[2:])}
X_train = np.loadtxt(f"{out}/X_train.csv", delimiter=",", ndmin=2)
X_test = np.loadtxt(f"{out}/X_test.csv", delimiter=",", ndmin=2)
y_test = np.loadtxt(f"{out}/y_test.txt", dtype=int)

aucs, flagged = [], []
for random_state in range(REPEATS):
    forest = IsolationForest(random_state=random_state, **params).fit(X_train)
    aucs.append(roc_auc_score(y_test, -forest.score_samples(X_test)))
    flagged.append(np.mean(forest.predict(X_train) == -1))
with open(f"{out}/score.txt", "w") as f:
    f.write(f"{np.mean(aucs):.17g} {np.std(aucs, ddof=1):.17g} {np.mean(flagged):.17g}\n")
