"""Reference decision values of scikit-learn's SVC (the same libsvm solver) for the svm tests.

Usage: models_svm.py OUT_DIR CONFIG...
CONFIG is kernel:C:gamma:degree:coef0:class_weight, e.g. rbf:1:scale:3:0:none. For N = 2 and 3
classes writes X_train_N.csv, y_train_N.txt, X_test_N.csv and, per config index i,
decision_N_i.csv: SVC.decision_function on the test rows with decision_function_shape='ovo'
(binary: one column, positive for class 1).
"""
import sys

import numpy as np
from sklearn.datasets import make_classification
from sklearn.svm import SVC

out = sys.argv[1]
configs = [c.split(":") for c in sys.argv[2:]]

for n_classes in (2, 3):
    X, y = make_classification(n_samples=260, n_features=4, n_informative=3, n_redundant=1, n_classes=n_classes,
                               weights=[0.8, 0.2] if n_classes == 2 else [0.6, 0.3, 0.1], flip_y=0.05,
                               random_state=5 + n_classes)
    X_train, y_train, X_test = X[:200], y[:200], X[200:]
    np.savetxt(f"{out}/X_train_{n_classes}.csv", X_train, delimiter=",", fmt="%.17g")
    np.savetxt(f"{out}/y_train_{n_classes}.txt", y_train, fmt="%d")
    np.savetxt(f"{out}/X_test_{n_classes}.csv", X_test, delimiter=",", fmt="%.17g")
    for i, (kernel, C, gamma, degree, coef0, class_weight) in enumerate(configs):
        gamma = gamma if gamma in ("scale", "auto") else float(gamma)
        model = SVC(kernel=kernel, C=float(C), gamma=gamma, degree=int(degree), coef0=float(coef0),
                    class_weight=None if class_weight == "none" else class_weight, decision_function_shape="ovo",
                    tol=1e-3).fit(X_train, y_train)
        decision = model.decision_function(X_test).reshape(len(X_test), -1)
        np.savetxt(f"{out}/decision_{n_classes}_{i}.csv", decision, delimiter=",", fmt="%.17g")
