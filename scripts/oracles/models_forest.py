"""Balanced accuracy of scikit-learn's RandomForestClassifier (or one of imbalanced-learn's
ensembles) on a generated imbalanced data set, for the forest and ensemble tests.

Usage: models_forest.py OUT_DIR SEED N_CLASSES WEIGHTED [model=balanced] [PARAM=VALUE ...]
model=balanced selects BalancedRandomForestClassifier; model=balanced_bagging, easy_ensemble and
rus_boost select BalancedBaggingClassifier, EasyEnsembleClassifier and RUSBoostClassifier.
PARAMs go to the model as Python literals, or as text when they are not literals
(n_estimators=50, class_weight=balanced_subsample).
Writes X_train.csv, y_train.txt, w.txt (empty when unweighted), X_test.csv, y_test.txt
and score.txt: the mean and standard deviation of the test balanced accuracy over
several forests (random_state 0..N-1) on this one split.
"""
import ast
import sys

import numpy as np
from sklearn.datasets import make_classification
from imblearn.ensemble import (BalancedBaggingClassifier, BalancedRandomForestClassifier, EasyEnsembleClassifier,
                               RUSBoostClassifier)
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score

import os
REPEATS = int(os.environ.get("REPEATS", 6))

out, seed, n_classes, weighted = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"


def value(text):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


params = {k: value(v) for k, v in (a.split("=", 1) for a in sys.argv[5:])}
MODELS = {"balanced": BalancedRandomForestClassifier, "balanced_bagging": BalancedBaggingClassifier,
          "easy_ensemble": EasyEnsembleClassifier, "rus_boost": RUSBoostClassifier}
Forest = MODELS.get(params.pop("model", None), RandomForestClassifier)

weights = [0.93, 0.07] if n_classes == 2 else [0.75, 0.18, 0.07]
X, y = make_classification(n_samples=1600, n_features=10, n_informative=5, n_redundant=2, n_classes=n_classes,
                           n_clusters_per_class=2, weights=weights, flip_y=0.02, class_sep=0.9,
                           random_state=seed)
X = X.astype(np.float32).astype(np.float64)  # scikit-learn's trees work in float32
X_train, y_train, X_test, y_test = X[:800], y[:800], X[800:], y[800:]
w = np.random.RandomState(seed).uniform(0.5, 2.0, size=len(y_train)) if weighted else None

scores = []
for random_state in range(REPEATS):
    forest = Forest(random_state=random_state, **params)
    forest.fit(X_train, y_train, **({} if w is None else {"sample_weight": w}))  # bagging takes no weights
    scores.append(balanced_accuracy_score(y_test, forest.predict(X_test)))

np.savetxt(f"{out}/X_train.csv", X_train, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/X_test.csv", X_test, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/y_train.txt", y_train, fmt="%d")
np.savetxt(f"{out}/y_test.txt", y_test, fmt="%d")
with open(f"{out}/w.txt", "w") as f:
    if w is not None:
        np.savetxt(f, w, fmt="%.17g")
with open(f"{out}/score.txt", "w") as f:
    f.write(f"{np.mean(scores):.17g} {np.std(scores, ddof=1):.17g}\n")
