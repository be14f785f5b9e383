#!/usr/bin/python3
"""Independent check of `imbench report`'s aggregation with pandas.

usage: report_aggregate.py STORE.db RESULTS.csv

Reads the result store with sqlite3, groups successful tasks by (pipeline,
data set) and computes each metric's mean and sample sd (ddof=1, NaN skipped)
on train and test, the mean fold sizes and the ok/failed task counts, then
compares them with the report's CSV. Prints "compared N" and
"max_abs_diff D"; exits 1 when a group or a column has no counterpart.
"""
import math
import sqlite3
import sys

import pandas as pd


def main(store, csv_path):
    con = sqlite3.connect(store)
    results = pd.read_sql("SELECT * FROM results", con)
    metrics = pd.read_sql("SELECT * FROM metrics", con)
    ok = results[results.status == "ok"]
    keyed = metrics.merge(ok[["task_key", "pipeline", "dataset"]], on="task_key")
    stats = keyed.groupby(["pipeline", "dataset", "split", "metric"])["value"].agg(["mean", "std"])
    sizes = ok.groupby(["pipeline", "dataset"])[["n_train", "n_test", "n_train_resampled", "n_synthetic"]].mean()
    counts = results.groupby(["pipeline", "dataset", "status"]).size()

    report = pd.read_csv(csv_path, keep_default_na=False, na_values=[""], dtype={"pipeline": str, "dataset": str})
    compared, worst = 0, 0.0

    def compare(expected, got):
        nonlocal compared, worst
        compared += 1
        if isinstance(expected, float) and math.isnan(expected):
            if not math.isnan(got):
                worst = math.inf
            return
        worst = max(worst, abs(float(expected) - float(got)))

    size_columns = {"train n": "n_train", "test n": "n_test", "train n fitted": "n_train_resampled",
                    "train n synthetic": "n_synthetic"}
    groups = set(zip(results.pipeline, results.dataset))
    if len(report) != len(groups):
        print(f"report has {len(report)} rows, the store {len(groups)} groups")
        return 1
    for _, row in report.iterrows():
        key = (row["pipeline"], row["dataset"])
        compare(float(counts.get(key + ("ok",), 0)), row["tasks"])
        if "failed" in row:
            compare(float(counts.get(key + ("failed",), 0)), row["failed"])
        for column, field in size_columns.items():
            expected = sizes.loc[key, field] if key in sizes.index else math.nan
            compare(expected, row[column])
        for column in report.columns:
            if not column.endswith(" mean") or not column.startswith(("train ", "test ")):
                continue
            split, rest = column.split(" ", 1)
            metric = rest[: -len(" mean")]
            index = key + (split, metric)
            found = index in stats.index
            mean = stats.loc[index, "mean"] if found else math.nan
            sd = stats.loc[index, "std"] if found else math.nan
            compare(mean, row[column])
            compare(sd, row[column[: -len(" mean")] + " sd"])
    print(f"compared {compared}")
    print(f"max_abs_diff {worst:.17g}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
