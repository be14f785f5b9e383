"""Reference fits of scikit-learn's DecisionTreeClassifier for the decision_tree tests.

Usage: models_tree.py OUT_DIR SEED N_CLASSES WEIGHTED [PARAM=VALUE ...]
PARAMs go to DecisionTreeClassifier as Python literals, or as text when they are not
literals (max_depth=3, criterion=entropy).
Writes X_train.csv, y_train.txt, w.txt (empty when unweighted), X_test.csv and, for
each distinct tree found, proba_train_K.csv and proba_test_K.csv (K = 0, 1, ...;
their number in variants.txt).

scikit-learn visits the features in a random order even when it tries all of them and
keeps the first of equally good splits, so ties make its tree depend on random_state.
The distinct trees over many random states are the set a correct CART may produce.
"""
import ast
import sys

import numpy as np
from sklearn.datasets import make_classification
from sklearn.tree import DecisionTreeClassifier

out, seed, n_classes, weighted = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"


def value(text):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


params = {k: value(v) for k, v in (a.split("=", 1) for a in sys.argv[5:])}

weights = [0.85, 0.15] if n_classes == 2 else [0.6, 0.3, 0.1]
X, y = make_classification(n_samples=400, n_features=5, n_informative=3, n_redundant=1, n_classes=n_classes,
                           weights=weights, flip_y=0.05, random_state=seed)
# Rounding repeats some values, so runs of equal values are exercised; float32 values,
# since scikit-learn's trees work in float32 and must see the same numbers as we do.
X = np.round(X, 3).astype(np.float32).astype(np.float64)
X_train, y_train, X_test = X[:300], y[:300], X[300:]
w = np.random.RandomState(seed).uniform(0.5, 2.0, size=len(y_train)) if weighted else None

variants = {}
for random_state in range(60):
    tree = DecisionTreeClassifier(random_state=random_state, **params).fit(X_train, y_train, sample_weight=w)
    proba_train, proba_test = tree.predict_proba(X_train), tree.predict_proba(X_test)
    # Trees that differ only in rounding (weights summed in another order) are one variant.
    key = (np.round(proba_train, 12).tobytes(), np.round(proba_test, 12).tobytes())
    variants.setdefault(key, (proba_train, proba_test))

np.savetxt(f"{out}/X_train.csv", X_train, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/X_test.csv", X_test, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/y_train.txt", y_train, fmt="%d")
with open(f"{out}/w.txt", "w") as f:
    if w is not None:
        np.savetxt(f, w, fmt="%.17g")
for k, (proba_train, proba_test) in enumerate(variants.values()):
    np.savetxt(f"{out}/proba_train_{k}.csv", proba_train, delimiter=",", fmt="%.17g")
    np.savetxt(f"{out}/proba_test_{k}.csv", proba_test, delimiter=",", fmt="%.17g")
with open(f"{out}/variants.txt", "w") as f:
    f.write(f"{len(variants)}\n")
