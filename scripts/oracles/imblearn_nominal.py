#!/usr/bin/python3
"""imbalanced-learn 0.10 as the oracle for imbench's smote_nc and smoten.

  imblearn_nominal.py smotenc_votes X.csv y.txt CATS K
      CATS: nominal column indices "0,3". Runs SMOTENC (sampling_strategy auto) and records, for every
      over-sampled class, the k neighbours SMOTENC found for each class row (positions within the class,
      on its mixed encoding) and, per nominal column, the categories tied for most frequent among them.
      Prints one line per class row: "class position n1,n2,.. v|v v|v .." (one vote field per nominal column).

  imblearn_nominal.py smotenc_compare X.csv y.txt CATS K OURS.csv
      OURS.csv: the synthetic rows imbench made for the minority (auto strategy, binary y). Runs SMOTENC
      (random_state=0) and prints, per column, "ks <p-value>" for a continuous one (two-sample KS test)
      or "tv <distance>" for a nominal one (total variation between the category frequencies).

  imblearn_nominal.py smoten_modes X.csv y.txt K
      For every row of each over-sampled class (auto strategy): the per-feature mode (ties to the
      smallest category) of the row and its k nearest other class rows under imblearn's
      ValueDifferenceMetric, equal distances ordered by lower position. One line per row: "class v v ..".

  imblearn_nominal.py smoten_compare X.csv y.txt K OURS.csv
      Runs SMOTEN (random_state=0) and prints, per feature, "tv <distance>" between the category
      frequencies of its synthetic rows and of OURS.csv.
"""
import sys
import warnings

import numpy as np
from scipy.stats import ks_2samp, mode
from sklearn.preprocessing import OrdinalEncoder

warnings.filterwarnings("ignore")

from imblearn.metrics.pairwise import ValueDifferenceMetric  # noqa: E402
from imblearn.over_sampling import SMOTEN, SMOTENC  # noqa: E402


def fmt(v):
    return repr(float(v))


class RecordingSMOTENC(SMOTENC):
    """SMOTENC that keeps what each class's generation step saw."""

    def _generate_samples(self, X, nn_data, nn_num, rows, cols, steps):
        self.seen_.append((nn_data, nn_num))
        return super()._generate_samples(X, nn_data, nn_num, rows, cols, steps)


def smotenc_votes(X, y, cats, k):
    sampler = RecordingSMOTENC(categorical_features=cats, k_neighbors=k, random_state=0)
    sampler.seen_ = []
    sampler.fit_resample(X, y)
    grown = [c for c, n in sampler.sampling_strategy_.items() if n > 0]
    for cls, (_, nn_num) in zip(grown, sampler.seen_):
        rows = np.flatnonzero(y == cls)
        for pos, neighbours in enumerate(nn_num):
            fields = [str(cls), str(pos), ",".join(str(j) for j in neighbours)]
            for col in cats:
                values, counts = np.unique(X[rows[neighbours], col], return_counts=True)
                fields.append("|".join(fmt(v) for v in values[counts == counts.max()]))
            print(" ".join(fields))


def smotenc_compare(X, y, cats, k, ours_path):
    ours = np.loadtxt(ours_path, delimiter=",", ndmin=2)
    X_res, _ = SMOTENC(categorical_features=cats, k_neighbors=k, random_state=0).fit_resample(X, y)
    theirs = X_res[len(X):]
    for col in range(X.shape[1]):
        if col in cats:
            values = np.union1d(ours[:, col], theirs[:, col])
            freq = [np.array([np.mean(s[:, col] == v) for v in values]) for s in (ours, theirs)]
            print("tv", 0.5 * np.abs(freq[0] - freq[1]).sum())
        else:
            print("ks", ks_2samp(ours[:, col], theirs[:, col]).pvalue)


def smoten_modes(X, y, k):
    sampler = SMOTEN(k_neighbors=k)
    sampler.fit_resample(X, y)
    encoder = OrdinalEncoder(dtype=np.int32)
    X_enc = encoder.fit_transform(X)
    vdm = ValueDifferenceMetric(n_categories=[len(c) for c in encoder.categories_]).fit(X_enc, y)
    for cls, n in sampler.sampling_strategy_.items():
        if n == 0:
            continue
        X_c = X_enc[y == cls]
        dist = vdm.pairwise(X_c)
        for i in range(len(X_c)):
            others = [j for j in np.argsort(dist[i], kind="stable") if j != i][:k]
            group = X_c[[i] + others]
            modes = np.atleast_1d(np.squeeze(mode(group, axis=0, keepdims=True).mode, axis=0))
            decoded = encoder.inverse_transform(modes.reshape(1, -1))[0]
            print(cls, " ".join(fmt(v) for v in decoded))


def smoten_compare(X, y, k, ours_path):
    ours = np.loadtxt(ours_path, delimiter=",", ndmin=2)
    X_res, _ = SMOTEN(k_neighbors=k, random_state=0).fit_resample(X, y)
    theirs = X_res[len(X):]
    for col in range(X.shape[1]):
        values = np.union1d(ours[:, col], theirs[:, col])
        freq = [np.array([np.mean(s[:, col] == v) for v in values]) for s in (ours, theirs)]
        print("tv", 0.5 * np.abs(freq[0] - freq[1]).sum())


if __name__ == "__main__":
    mode_name, x_path, y_path = sys.argv[1:4]
    rest = sys.argv[4:]
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    if mode_name.startswith("smotenc"):
        cats = [int(c) for c in rest[0].split(",")]
        globals()[mode_name](X, y, cats, int(rest[1]), *rest[2:])
    else:
        globals()[mode_name](X, y, int(rest[0]), *rest[1:])
