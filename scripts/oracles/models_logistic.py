"""Reference fits of scikit-learn's LogisticRegression for the logistic_regression tests.

Usage: models_logistic.py OUT_DIR N_CLASSES WEIGHTED C FIT_INTERCEPT
Writes X.csv (standardised features), y.txt, w.txt (empty file when unweighted),
coef.csv, intercept.csv and proba.csv (on X) into OUT_DIR.
"""
import sys
import warnings

import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

out, n_classes, weighted, C, fit_intercept = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", float(
    sys.argv[4]), sys.argv[5] == "1"

X, y = make_classification(n_samples=300, n_features=6, n_informative=4, n_redundant=1, n_classes=n_classes,
                           weights=[0.6, 0.3, 0.1][:n_classes] if n_classes == 3 else [0.8, 0.2],
                           class_sep=0.8, random_state=3)
X = StandardScaler().fit_transform(X)
w = np.random.RandomState(5).uniform(0.2, 3.0, size=len(y)) if weighted else None

# The same model solved by newton-cg to a tight tolerance, so the reference is the
# optimum itself: the lbfgs solver stops on scipy's relative-decrease rule with
# gradients near 1e-3 even at tol=1e-12, about 1e-5 away from the optimum.
model = LogisticRegression(C=C, fit_intercept=fit_intercept, solver="newton-cg", tol=1e-11, max_iter=1000)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # newton-cg warns when its line search cannot improve on 1e-11
    model.fit(X, y, sample_weight=w)

np.savetxt(f"{out}/X.csv", X, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/y.txt", y, fmt="%d")
with open(f"{out}/w.txt", "w") as f:
    if w is not None:
        np.savetxt(f, w, fmt="%.17g")
np.savetxt(f"{out}/coef.csv", model.coef_, delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/intercept.csv", np.atleast_2d(model.intercept_), delimiter=",", fmt="%.17g")
np.savetxt(f"{out}/proba.csv", model.predict_proba(X), delimiter=",", fmt="%.17g")
