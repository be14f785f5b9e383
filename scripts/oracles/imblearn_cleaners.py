#!/usr/bin/python3
"""imbalanced-learn 0.10's cleaning and NearMiss under-samplers as the oracle for imbench's.

  imblearn_cleaners.py X.csv y.txt CASES

CASES holds one case per line: "<sampler> <strategy> [name=value ...]", sampler one of
tomek_links, enn, renn, all_knn, near_miss, neighbourhood_cleaning_rule; strategy in imbench's spelling (auto, all,
majority, not_minority, not_majority, {0,2}, and for near_miss {0:40,1:30}); name=value pairs are passed to the sampler as ints,
booleans (true/false), floats (threshold_cleaning=0.3) or text (kind_sel=mode).

Prints one line per case: the output rows as input row numbers, in output order, or
"error" when imblearn raises ValueError. Each output row is named by the lowest input row
with the same features and label, so data with exact duplicates compares exactly too.
"""
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore")

from imblearn.under_sampling import (  # noqa: E402
    AllKNN,
    EditedNearestNeighbours,
    NearMiss,
    NeighbourhoodCleaningRule,
    RepeatedEditedNearestNeighbours,
    TomekLinks,
)

SAMPLERS = {
    "tomek_links": TomekLinks,
    "enn": EditedNearestNeighbours,
    "renn": RepeatedEditedNearestNeighbours,
    "all_knn": AllKNN,
    "near_miss": NearMiss,
    "neighbourhood_cleaning_rule": NeighbourhoodCleaningRule,
}


def to_python(strategy):
    if strategy.startswith("{"):
        items = [item.strip() for item in strategy[1:-1].split(",") if item.strip()]
        if any(":" in item for item in items):
            return {int(k): int(v) for k, v in (item.split(":") for item in items)}
        return [int(item) for item in items]
    return strategy.replace("_", " ")


def to_value(text):
    if text in ("true", "false"):
        return text == "true"
    for number in (int, float):
        try:
            return number(text)
        except ValueError:
            pass
    return text


def row_names(X, y):
    first = {}
    for i, (row, label) in enumerate(zip(X, y)):
        first.setdefault((row.tobytes(), int(label)), i)
    return first


def main(x_path, y_path, cases_path):
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int, ndmin=1)
    names = row_names(X, y)
    with open(cases_path) as f:
        for line in f:
            sampler, strategy, *options = line.split()
            kwargs = dict(option.split("=", 1) for option in options)
            try:
                resampler = SAMPLERS[sampler](
                    sampling_strategy=to_python(strategy), **{k: to_value(v) for k, v in kwargs.items()}
                )
                X_res, y_res = resampler.fit_resample(X, y)
                print(" ".join(str(names[(row.tobytes(), int(label))]) for row, label in zip(X_res, y_res)))
            except ValueError:
                print("error")


if __name__ == "__main__":
    main(*sys.argv[1:])
