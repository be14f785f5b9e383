#!/usr/bin/python3
"""Regenerates datasets/bundled/ from the raw files, using the imbench binary.

usage: scripts/convert_datasets.py [RAW_DIR] [--imbench PATH] [--out DIR] [--only PREFIX]

RAW_DIR defaults to ../shared/datasets/raw relative to the repository root.
Every set is imported with `imbench datasets import`, gets its PROVENANCE.md
copied beside it (<name>.provenance.md) and stored in its 'provenance'
attribute, and is checked against RAW_DIR/../INDEX.tsv (shape and class
counts). The 22 reg_* sets become regression sets (float64 target, `--task
regression`), checked against INDEX.tsv's shape; rows dropped for missing values
are counted in the copied provenance. Uses the Python standard library only.
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# imbalanced-learn's fetch_datasets names, in its order (isolet, webpage and protein_homo are not in the raw data).
IMBLEARN_NPZ = [
    "ecoli", "optical_digits", "satimage", "pen_digits", "abalone", "sick_euthyroid", "spectrometer",
    "car_eval_34", "us_crime", "yeast_ml8", "libras_move", "thyroid_sick", "arrhythmia", "solar_flare_m0",
    "oil", "car_eval_4", "wine_quality", "letter_img", "yeast_me2", "ozone_level", "mammography", "abalone_19",
]
# Numeric (abalone19 has one nominal feature, Sex), complete KEEL sets across the IR range.
KEEL = ["ecoli1", "glass1", "pima", "yeast3", "vehicle0", "page-blocks0", "abalone19", "wisconsin"]
# Imbalanced regression sets (SMOGN/UBL benchmark, DenseWeight, smogn's Ames example): raw folder -> CSV file.
# The target is the CSV's first column, except Ames (SalePrice, last).
REGRESSION = {
    "reg_a1": "a1.csv", "reg_a2": "a2.csv", "reg_a3": "a3.csv", "reg_a4": "a4.csv", "reg_a5": "a5.csv",
    "reg_a6": "a6.csv", "reg_a7": "a7.csv", "reg_Abalone": "Abalone.csv", "reg_Accel": "Accel.csv",
    "reg_airfoild": "airfoild.csv", "reg_availPwr": "availPwr.csv", "reg_bank8FM": "bank8FM.csv",
    "reg_boston": "boston.csv", "reg_ConcrStr": "ConcrStr.csv", "reg_cpuSm": "cpuSm.csv", "reg_dAiler": "dAiler.csv",
    "reg_fuelCons": "fuelCons.csv", "reg_heat": "heat.csv", "reg_machineCpu": "machineCpu.csv",
    "reg_maxTorque": "maxTorque.csv", "reg_servo": "servo.csv", "reg_ames_housing": "housing.csv",
}
# Ames: in these text columns 'NA' means "none" (no alley, no basement, ...), per De Cock's data description.
AMES_NA_MEANS_NONE = {"Alley", "MasVnrType", "BsmtQual", "BsmtCond", "BsmtExposure", "BsmtFinType1", "BsmtFinType2",
                      "FireplaceQu", "GarageType", "GarageFinish", "GarageQual", "GarageCond", "PoolQC", "Fence",
                      "MiscFeature"}


def provenance_fields(path):
    """source, licence and citation from a PROVENANCE.md's bullet list."""
    text = open(path, encoding="utf-8").read()

    def field(label):
        m = re.search(r"\*\*" + re.escape(label) + r":\*\*\s*(.+)", text)
        return m.group(1).strip() if m else ""

    return {"source": field("Source repository"), "citation": field("Original source / citation"),
            "licence": field("Licence")}


def index_rows(raw_dir):
    rows = {}
    with open(os.path.join(raw_dir, "..", "INDEX.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows[row["folder"]] = row
    return rows


def expected_counts(summary):
    """Class counts from INDEX.tsv's summary: '-1: 301, +1: 35' or 'binary (>1 label): 1: 177, 0: 2230; ...'."""
    summary = summary.split(";")[0]
    if summary.startswith("binary ("):
        summary = summary.split("):", 1)[1]
    summary = summary.split("(")[0]
    return sorted(int(c) for c in re.findall(r":\s*(\d+)", summary))


def first_int(text):
    return int(re.match(r"\s*(\d+)", text).group(1))


class Converter:
    def __init__(self, imbench, raw_dir, out_dir, work_dir, only=""):
        self.imbench, self.raw, self.out, self.work, self.only = imbench, raw_dir, out_dir, work_dir, only
        self.index = index_rows(raw_dir)
        self.done = []

    def run(self, *args):
        result = subprocess.run([self.imbench, *args], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"failed: imbench {' '.join(args)}\n{result.stderr}")
        return result.stdout

    def convert(self, name, folder, source_file, fmt, extra_args, provenance=None, expected_rows=None):
        if not name.startswith(self.only):
            return
        prov = provenance or os.path.join(self.raw, folder, "PROVENANCE.md")
        fields = provenance_fields(prov)
        out = os.path.join(self.out, name + ".h5")
        self.run("datasets", "import", source_file, "--format", fmt, "-o", out, "--name", name,
                 "--provenance", prov, "--source", fields["source"], "--licence", fields["licence"],
                 "--citation", fields["citation"], *extra_args)
        shutil.copyfile(prov, os.path.join(self.out, name + ".provenance.md"))
        info = self.run("datasets", "info", out)
        if expected_rows is None:
            self.check(name, folder, info)
        else:
            self.check_regression(name, folder, info, expected_rows)
        self.done.append(name)

    def check_regression(self, name, folder, info, expected_rows):
        row = self.index[folder]
        shape = re.search(r"shape:\s+(\d+) x (\d+)", info)
        n, d = int(shape.group(1)), int(shape.group(2))
        if "task:            regression" not in info or (n, d) != (expected_rows, first_int(row["n_features"])):
            sys.exit(f"{name}: got n={n} d={d}, expected a regression set of {expected_rows} x {row['n_features']}")
        print(f"{name:24s} {n:7d} x {d:4d}  regression ok")

    def check(self, name, folder, info):
        row = self.index[folder]
        shape = re.search(r"shape:\s+(\d+) x (\d+)", info)
        n, d = int(shape.group(1)), int(shape.group(2))
        counts = sorted(int(c) for c in re.findall(r"^  \d+  \S+  (\d+)", info, re.M))
        want = (first_int(row["n_samples"]), first_int(row["n_features"]), expected_counts(row["class_counts_or_target_summary"]))
        if (n, d, counts) != want:
            sys.exit(f"{name}: got n={n} d={d} counts={counts}, INDEX.tsv says n={want[0]} d={want[1]} counts={want[2]}")
        print(f"{name:24s} {n:7d} x {d:4d}  counts {counts}  ok")

    def regression(self, folder, csv_name):
        """A reg_* set: the target as float64; rows with a missing value are dropped and counted."""
        path = os.path.join(self.raw, folder, csv_name)
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        target = header[0]
        if folder == "reg_ames_housing":  # drop the Id column, read 'NA' as a category where it means none
            target = "SalePrice"
            keep = [j for j, c in enumerate(header) if c != "Id"]
            header = [header[j] for j in keep]
            body = [[("none" if r[j] == "NA" and header[k] in AMES_NA_MEANS_NONE else r[j]) for k, j in enumerate(keep)]
                    for r in body]
        missing = sum(1 for r in body if any(c.strip() in ("", "NA", "?") for c in r))
        source = os.path.join(self.work, folder + ".csv")
        with open(source, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow(header)
            w.writerows(body)
        note = os.path.join(self.work, folder + ".provenance.md")
        with open(note, "w", encoding="utf-8") as out:
            out.write(open(os.path.join(self.raw, folder, "PROVENANCE.md"), encoding="utf-8").read().rstrip("\n"))
            out.write(f"\n\n## Conversion (scripts/convert_datasets.py)\n\nStored as task `regression` with target "
                      f"`{target}` (float64). {missing} of {len(body)} rows had a missing value (`NA`) and were dropped.\n")
            if folder == "reg_ames_housing":
                out.write("The `Id` column is not a feature. In the text columns " + ", ".join(sorted(AMES_NA_MEANS_NONE))
                          + " `NA` means the house has none of it (De Cock's data description) and is stored as the "
                          "category `none`; other `NA` cells are missing values.\n")
        self.convert(folder, folder, source, "csv", ["--target", target, "--task", "regression"]
                     + (["--drop-missing"] if missing else []), provenance=note, expected_rows=len(body) - missing)

    def coil_2000(self):
        """Train (86 columns, CARAVAN last) + eval (85 columns) with its targets, as imbalanced-learn builds it."""
        folder = os.path.join(self.raw, "imblearn_coil_2000")
        path = os.path.join(self.work, "coil_2000.csv")
        with open(path, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow([f"attr{j + 1}" for j in range(85)] + ["CARAVAN"])
            for line in open(os.path.join(folder, "ticdata2000.txt")):
                if line.strip():
                    w.writerow(line.split())
            targets = [t.strip() for t in open(os.path.join(folder, "tictgts2000.txt")) if t.strip()]
            rows = [line.split() for line in open(os.path.join(folder, "ticeval2000.txt")) if line.strip()]
            if len(rows) != len(targets):
                sys.exit(f"coil_2000: {len(rows)} eval rows but {len(targets)} targets")
            for r, t in zip(rows, targets):
                w.writerow(r + [t])
        self.convert("coil_2000", "imblearn_coil_2000", path, "csv", ["--target", "CARAVAN", "--positive", "1"])

    def scene(self):
        """Train + test rows; 294 features then 6 label columns; positive = more than one label."""
        folder = os.path.join(self.raw, "imblearn_scene")
        path = os.path.join(self.work, "scene.csv")
        with open(path, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow([f"Att{j + 1}" for j in range(294)] + ["multi_label"])
            for part in ("scene-train.csv", "scene-test.csv"):
                for line in open(os.path.join(folder, part)):
                    cells = [c.strip() for c in line.split(",")]
                    if len(cells) < 300:
                        continue  # the blank first line
                    labels = sum(int(float(c)) for c in cells[294:300])
                    w.writerow(cells[:294] + ["1" if labels > 1 else "0"])
        self.convert("scene", "imblearn_scene", path, "csv", ["--target", "multi_label", "--positive", "1"])


def find_imbench():
    for candidate in [os.environ.get("IMBENCH", ""), os.path.join(REPO, "build", "imbench")]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("imbench") or sys.exit("imbench binary not found: pass --imbench PATH or set IMBENCH")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("raw_dir", nargs="?", default=os.path.join(REPO, "..", "shared", "datasets", "raw"))
    parser.add_argument("--imbench", default=None, help="the imbench binary (default $IMBENCH or build/imbench)")
    parser.add_argument("--out", default=os.path.join(REPO, "datasets", "bundled"))
    parser.add_argument("--only", default="", help="convert only the sets whose name starts with this (e.g. reg_)")
    args = parser.parse_args()
    imbench = args.imbench or find_imbench()
    raw = os.path.abspath(args.raw_dir)
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        c = Converter(imbench, raw, args.out, work, args.only)
        for name in IMBLEARN_NPZ:
            folder = "imblearn_" + name
            c.convert(name, folder, os.path.join(raw, folder, name + ".npz"), "npz", ["--positive", "1"])
        c.coil_2000()
        c.scene()
        for name in KEEL:
            folder = "keel_" + name
            c.convert(folder, folder, os.path.join(raw, folder, name + ".dat"), "keel", ["--positive", "positive"])
        for folder, csv_name in REGRESSION.items():
            c.regression(folder, csv_name)
    total = sum(os.path.getsize(os.path.join(args.out, f)) for f in os.listdir(args.out))
    print(f"{len(c.done)} data sets in {args.out}, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
