#include <doctest/doctest.h>

#include "core/error.hpp"
#include "datasets/lib/importers.hpp"
#include "tests/datasets/dataset_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::testing;

namespace {
Dataset import_text(const std::string& file_name, const std::string& text, const std::string& format,
                    ImportOptions options = {}) {
  const std::string path = temp_dir() + "/" + file_name;
  write_text(path, text);
  return import_dataset(path, format, options);
}
}  // namespace

TEST_CASE("csv: delimiter detection, quoting, categorical codes in sorted order") {
  for (const std::string sep : {",", ";", "\t"}) {
    std::string text = "x" + sep + "\"colour, shade\"" + sep + "label\n" +  //
                       "1.5" + sep + "red" + sep + "10\n" +                  //
                       " 2 " + sep + "\"blue\"" + sep + "9\n" +              //
                       "\r\n" +                                              //
                       "-3e2" + sep + "green" + sep + "10\r\n";
    Dataset d = import_text("t.csv", text, "csv");
    CAPTURE(sep);
    REQUIRE(d.n_samples() == 3);
    CHECK(d.feature_names == std::vector<std::string>{"x", "colour, shade"});
    CHECK(d.categorical == std::vector<std::uint8_t>{0, 1});
    CHECK(d.X(2, 0) == -300.0);
    CHECK(d.X(0, 1) == 2);  // blue=0, green=1, red=2
    CHECK(d.X(1, 1) == 0);
    CHECK(d.class_names == std::vector<std::string>{"9", "10"});  // numeric, not lexicographic, order
    CHECK(d.y == Labels{1, 0, 1});
    CHECK(d.positive_class == 0);  // the minority by default
    CHECK(d.attributes.at("target_column") == "label");
  }
}

TEST_CASE("csv: target by name or index, positive label, multiclass") {
  const std::string text = "cls,a,b\nx,1,2\ny,3,4\nx,5,6\nz,7,8\n";
  ImportOptions by_index;
  by_index.target = "0";
  Dataset d = import_text("m.csv", text, "csv", by_index);
  CHECK(d.task == Task::Multiclass);
  CHECK(d.positive_class == -1);
  CHECK(d.class_names == std::vector<std::string>{"x", "y", "z"});
  CHECK(d.feature_names == std::vector<std::string>{"a", "b"});
  ImportOptions by_name;
  by_name.target = "b";
  by_name.positive = "y";
  CHECK_THROWS_WITH_AS(import_text("m.csv", text, "csv", by_name), doctest::Contains("needs binary data"), Error);
  by_name.target = "cls";
  by_name.positive = "";
  CHECK(import_text("m.csv", text, "csv", by_name).n_features() == 2);
  ImportOptions wrong;
  wrong.target = "clss";
  CHECK_THROWS_WITH_AS(import_text("m.csv", text, "csv", wrong), doctest::Contains("did you mean 'cls'"), Error);
  wrong.target = "5";
  CHECK_THROWS_WITH_AS(import_text("m.csv", text, "csv", wrong), doctest::Contains("index 5 is out of range"), Error);

  ImportOptions positive;
  positive.positive = "+1";
  Dataset b = import_text("b.csv", "f,t\n1,-1\n2,1\n3,1\n", "csv", positive);
  CHECK(b.class_names == std::vector<std::string>{"-1", "1"});
  CHECK(b.positive_class == 1);  // "+1" names the class "1" even though it is the majority
  positive.positive = "2";
  CHECK_THROWS_WITH_AS(import_text("b.csv", "f,t\n1,-1\n2,1\n", "csv", positive),
                       doctest::Contains("--positive '2' is not a class"), Error);
}

TEST_CASE("csv: missing values are errors naming file, line and column unless dropped") {
  const std::string text = "a,b,y\n1,2,0\n3,?,1\n5,6,1\n7,NA,0\nnan,8,1\n9,10,0\n";
  CHECK_THROWS_WITH_AS(import_text("miss.csv", text, "csv"),
                       doctest::Contains("miss.csv', line 3, column 'b' (1): missing value '?'"), Error);
  ImportOptions drop;
  drop.drop_missing = true;
  Dataset d = import_text("miss.csv", text, "csv", drop);
  CHECK(d.n_samples() == 3);
  CHECK(d.X(1, 0) == 5);
  CHECK(d.attributes.at("dropped_rows") == "3");
  CHECK_THROWS_WITH_AS(import_text("w.csv", "a,b,y\n1,2,0\n3,4\n", "csv"),
                       doctest::Contains("w.csv', line 3: 2 fields, expected 3"), Error);
  CHECK_THROWS_WITH_AS(import_text("q.csv", "a,b,y\n1,\"2,0\n", "csv"), doctest::Contains("line 2: a quoted field"),
                       Error);
  CHECK_THROWS_WITH_AS(import_text("one.csv", "a,y\n1,0\n2,0\n", "csv"), doctest::Contains("1 class(es)"), Error);
}

TEST_CASE("arff: declared types, quoted names, comments, nominal levels") {
  const std::string text =
      "% a comment\n@RELATION test\n\n@attribute 'sepal length' NUMERIC\n"
      "@attribute size {small, medium, large}\n@attribute class {'Iris setosa', other}\n@data\n"
      "5.1, small, 'Iris setosa'\n% inside data\n4.9, large, other\n6.0, large, other\n";
  Dataset d = import_text("t.arff", text, "arff");
  CHECK(d.feature_names == std::vector<std::string>{"sepal length", "size"});
  CHECK(d.categorical == std::vector<std::uint8_t>{0, 1});
  CHECK(d.X(0, 1) == 2);  // declared levels sorted: large=0, medium=1, small=2
  CHECK(d.X(1, 1) == 0);
  CHECK(d.class_names == std::vector<std::string>{"Iris setosa", "other"});
  CHECK(d.y == Labels{0, 1, 1});
  CHECK(d.attributes.at("import_format") == "arff");
  CHECK_THROWS_WITH_AS(import_text("bad.arff", "@attribute a numeric\n@attribute c {x,y}\n@data\nabc, x\n", "arff"),
                       doctest::Contains("bad.arff', line 4, column 'a' (0): 'abc' is not a finite number"), Error);
  CHECK_THROWS_WITH_AS(import_text("lvl.arff", "@attribute a {p,q}\n@attribute c {x,y}\n@data\nr, x\np, y\n", "arff"),
                       doctest::Contains("line 4, column 'a' (0): 'r' is not one of the declared values"), Error);
  CHECK_THROWS_WITH_AS(import_text("s.arff", "@attribute a numeric\n@attribute c {x,y}\n@data\n{0 1, 1 x}\n", "arff"),
                       doctest::Contains("line 4: sparse ARFF rows are not supported"), Error);
  CHECK_THROWS_WITH_AS(import_text("ty.arff", "@attribute a relational\n@data\n", "arff"),
                       doctest::Contains("line 1: attribute 'a' has unknown type 'relational'"), Error);
}

TEST_CASE("keel: @inputs and @outputs choose features and target; KEEL range syntax") {
  const std::string text =
      "@relation k\n@attribute Sex {M, F, I}\n@attribute Len real [0.075, 0.815]\n"
      "@attribute Rings integer[1,29]\n@attribute Class {positive, negative}\n"
      "@inputs Sex, Len\n@outputs Class\n@data\n"
      "M, 0.455, 15,negative\nF, 0.35, 7, positive\nI, 0.53, 9,negative\n";
  Dataset d = import_text("k.dat", text, "keel");
  CHECK(d.feature_names == std::vector<std::string>{"Sex", "Len"});  // Rings is neither input nor output
  CHECK(d.categorical == std::vector<std::uint8_t>{1, 0});
  CHECK(d.X(0, 0) == 2);  // F=0, I=1, M=2
  CHECK(d.class_names == std::vector<std::string>{"negative", "positive"});
  CHECK(d.positive_class == 1);
  CHECK(d.y == Labels{0, 1, 0});
  // Without @inputs/@output: every other attribute is a feature, the last one is the target.
  Dataset plain = import_text("p.dat", "@attribute a real [0,1]\n@attribute Class {positive,negative}\n@data\n"
                                       "0.1,negative\n0.2, positive\n", "keel");
  CHECK(plain.n_features() == 1);
  CHECK_THROWS_WITH_AS(import_text("o.dat", "@attribute a real\n@attribute c {x,y}\n@output zz\n@data\n1,x\n", "keel"),
                       doctest::Contains("unknown target column 'zz'"), Error);
}

TEST_CASE("npz: stored and deflated members, dtypes, Fortran order, keys") {
  const std::string dir = temp_dir();
  run_python("scripts/oracles/datasets_write_npz.py", {dir});
  Dataset stored = import_npz(dir + "/stored.npz", {});
  REQUIRE(stored.n_samples() == 4);
  CHECK(stored.X(0, 1) == -1.25);  // Fortran order read as rows
  CHECK(stored.X(1, 0) == 1e-300);
  CHECK(stored.X(2, 2) == 9.0);
  CHECK(stored.class_names == std::vector<std::string>{"-1", "1"});
  CHECK(stored.y == Labels{0, 1, 0, 0});
  CHECK(stored.positive_class == 1);
  CHECK(stored.name == "stored");

  Dataset deflated = import_npz(dir + "/deflated.npz", {});
  CHECK(deflated.X(3, 2) == 2.75);
  CHECK(deflated.class_names == std::vector<std::string>{"cat", "dog", "émeu"});
  CHECK(deflated.task == Task::Multiclass);

  ImportOptions keys;
  keys.x_key = "feats";
  keys.y_key = "target";
  keys.positive = "True";
  Dataset custom = import_npz(dir + "/keys.npz", keys);
  CHECK(custom.X(0, 1) == -2);  // big-endian int32
  CHECK(custom.X(2, 0) == -5);
  CHECK(custom.class_names == std::vector<std::string>{"False", "True"});
  CHECK(custom.y == Labels{1, 0, 0});
  CHECK(custom.positive_class == 1);

  CHECK_THROWS_WITH_AS(import_npz(dir + "/keys.npz", {}), doctest::Contains("choose one with --x-key"), Error);
  keys.x_key = "feets";
  CHECK_THROWS_WITH_AS(import_npz(dir + "/keys.npz", keys), doctest::Contains("did you mean 'feats'"), Error);
  CHECK_THROWS_WITH_AS(import_npz(dir + "/nan.npz", {}), doctest::Contains("nan.npz', row 2: missing"), Error);
  ImportOptions drop;
  drop.drop_missing = true;
  CHECK(import_npz(dir + "/nan.npz", drop).n_samples() == 3);
  write_text(dir + "/fake.npz", "PK but not really a zip archive");
  CHECK_THROWS_WITH_AS(import_npz(dir + "/fake.npz", {}), doctest::Contains("not a zip/npz archive"), Error);
  CHECK_THROWS_WITH_AS(import_dataset(dir + "/fake.npz", "parquet", {}), doctest::Contains("unknown import format"),
                       Error);
}
