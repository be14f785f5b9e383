#!/usr/bin/python3
"""scikit-learn's SVC and imbalanced-learn 0.10's SVMSMOTE as the oracle for imbench's svm_smote.

  imblearn_svm_smote.py support X.csv y.txt
      Fits SVC() (C=1, RBF, gamma='scale') on (X, y) and prints its support vector rows, ascending,
      comma-separated.

  imblearn_svm_smote.py count X.csv y.txt
      Runs SVMSMOTE(random_state=0) (sampling_strategy auto) and prints "made requested": the new rows
      it made and the rows it was asked for, summed over classes.
"""
import sys
import warnings

import numpy as np
from sklearn.svm import SVC

warnings.filterwarnings("ignore")

from imblearn.over_sampling import SVMSMOTE  # noqa: E402

if __name__ == "__main__":
    mode, x_path, y_path = sys.argv[1:]
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    if mode == "support":
        print(",".join(str(i) for i in sorted(SVC().fit(X, y).support_)))
    else:
        sampler = SVMSMOTE(random_state=0)
        _, y_res = sampler.fit_resample(X, y)
        print(len(y_res) - len(y), sum(sampler.sampling_strategy_.values()))
