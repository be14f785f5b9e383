#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Blobs (test_data::blobs) whose columns 1 and 3 become nominal codes: column 1 with 3 categories
// unrelated to the class, column 3 with 4 categories shifted by the class.
test_data::Labelled mixed(const std::vector<std::size_t>& sizes, const char* key) {
  return test_data::coded_blobs(sizes, 4, key, [](auto row, int label, RandomStream& rng) {
    row(1) = static_cast<double>(rng.below(3));
    row(3) = static_cast<double>(rng.below(4) + static_cast<std::uint64_t>(label));
  });
}

std::string oracle(const std::vector<std::string>& args) {
  return testing::run_python("scripts/oracles/imblearn_nominal.py", args);
}

std::string files(const test_data::Labelled& d, const std::string& dir) {
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  return dir;
}

// One class row as imblearn's SMOTENC saw it: its k neighbours and the categories tied for most frequent.
struct Votes {
  std::vector<Eigen::Index> neighbours;
  std::vector<std::set<double>> tied;  // per nominal column
};

std::map<std::pair<int, Eigen::Index>, Votes> oracle_votes(const test_data::Labelled& d, std::size_t k) {
  const std::string dir = files(d, testing::temp_dir());
  std::istringstream lines(oracle({"smotenc_votes", dir + "/X.csv", dir + "/y.txt", "1,3", std::to_string(k)}));
  std::map<std::pair<int, Eigen::Index>, Votes> out;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    int cls;
    Eigen::Index pos;
    std::string neighbours, tied;
    fields >> cls >> pos >> neighbours;
    Votes& v = out[{cls, pos}];
    std::istringstream nb(neighbours);
    for (std::string item; std::getline(nb, item, ',');) v.neighbours.push_back(std::stol(item));
    while (fields >> tied) {
      std::istringstream values(tied);
      v.tied.emplace_back();
      for (std::string item; std::getline(values, item, '|');) v.tied.back().insert(std::stod(item));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("smote_nc: continuous part on a segment to one of imblearn's mixed-distance neighbours, "
          "categories among that seed's most frequent neighbour categories") {
  test_data::Labelled d = mixed({260, 60, 45}, "smote_nc-votes");
  const auto votes = oracle_votes(d, 5);
  Resampled r = run("smote_nc:categorical_features={1,3}", d, "smote_nc-run");
  REQUIRE(r.X.rows() == 3 * 260);
  CHECK(r.n_synthetic == 200 + 215);
  CHECK(r.X.topRows(d.X.rows()) == d.X);
  const std::vector<Indices> rows = rows_by_class(d.y, 3);
  std::size_t checked = 0, tie_rows = 0;
  for (Eigen::Index s = d.X.rows(); s < r.X.rows(); ++s) {
    const int cls = r.y[static_cast<std::size_t>(s)];
    const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
    const Eigen::RowVector2d target(r.X(s, 0), r.X(s, 2));
    // The segments (p, n) and (n, p) coincide, so every seed whose segment holds the row is a candidate.
    bool found = false;
    for (std::size_t seed = 0; seed < class_rows.size() && !found; ++seed) {
      const Votes& v = votes.at({cls, static_cast<Eigen::Index>(seed)});
      const auto seed_row = static_cast<Eigen::Index>(class_rows[seed]);
      for (Eigen::Index nb : v.neighbours) {
        const auto nb_row = static_cast<Eigen::Index>(class_rows[static_cast<std::size_t>(nb)]);
        auto u = variants_test::step_on_segment(Eigen::RowVector2d(d.X(seed_row, 0), d.X(seed_row, 2)),
                                                Eigen::RowVector2d(d.X(nb_row, 0), d.X(nb_row, 2)), target);
        if (!u || *u < 0.0 || *u >= 1.0) continue;
        if (v.tied[0].count(r.X(s, 1)) == 0 || v.tied[1].count(r.X(s, 3)) == 0) continue;
        found = true;
        tie_rows += v.tied[0].size() > 1 || v.tied[1].size() > 1;
        break;
      }
    }
    INFO("synthetic row " << s << " of class " << cls);
    CHECK(found);
    ++checked;
  }
  CHECK(checked == 415);
  CHECK(tie_rows > 0);  // the random tie-break was exercised
}

TEST_CASE("smote_nc: synthetic rows distributed as imblearn's (KS per continuous column, category frequencies)") {
  test_data::Labelled d = mixed({2400, 80}, "smote_nc-distribution");
  Resampled r = run("smote_nc:categorical_features={1,3}", d, "smote_nc-distribution-run");
  const std::string dir = files(d, testing::temp_dir());
  testing::write_csv(dir + "/ours.csv", r.X.bottomRows(2320));
  std::istringstream lines(oracle({"smotenc_compare", dir + "/X.csv", dir + "/y.txt", "1,3", "5", dir + "/ours.csv"}));
  for (int col = 0; col < 4; ++col) {
    std::string kind;
    double value;
    lines >> kind >> value;
    INFO("column " << col << ": " << kind << " " << value);
    if (col == 1 || col == 3) {
      CHECK(kind == "tv");
      CHECK(value < 0.06);
    } else {
      CHECK(kind == "ks");
      CHECK(value > 1e-4);
    }
  }
}

TEST_CASE("smote_nc: the data set's categorical mask names the nominal columns when categorical_features=auto") {
  test_data::Labelled d = mixed({120, 30}, "smote_nc-mask");
  const std::vector<std::uint8_t> mask{0, 1, 0, 1};
  Resampled by_mask = run("smote_nc", d, "same", &mask);
  Resampled by_param = run("smote_nc:categorical_features={3,1}", d, "same");
  CHECK(by_mask.X == by_param.X);
  CHECK_THROWS_WITH_AS(run("smote_nc", d, "same"), doctest::Contains("smote_nc: no nominal features"), Error);
}

TEST_CASE("smote_nc: class counts follow every sampling_strategy form on multi-class data") {
  test_data::Labelled d = mixed({100, 30, 20}, "smote_nc-counts");
  auto counts = [&](const std::string& strategy) {
    Resampled r = run("smote_nc:categorical_features={1,3},sampling_strategy=" + strategy, d, "counts");
    return test_data::describe_counts(r.y, 3);
  };
  CHECK(counts("auto") == "0:100 1:100 2:100");
  CHECK(counts("minority") == "0:100 1:30 2:100");
  CHECK(counts("{1:45,2:60}") == "0:100 1:45 2:60");
  test_data::Labelled b = mixed({100, 30}, "smote_nc-binary");
  Resampled r = run("smote_nc:categorical_features={1,3},sampling_strategy=0.5", b, "counts");
  CHECK(test_data::describe_counts(r.y, 2) == "0:100 1:50");
}

TEST_CASE("smote_nc: deterministic, identical with 1 and 2 threads") {
  test_data::Labelled d = mixed({3000, 200, 150}, "smote_nc-threads");
  test_data::check_thread_determinism(*test_data::resampler("smote_nc:categorical_features={1,3}"), d.view(), true);
}

TEST_CASE("smote_nc: clear errors for unusable columns, parameters and classes") {
  test_data::Labelled d = mixed({50, 5}, "smote_nc-errors");
  CHECK_THROWS_WITH_AS(run("smote_nc:categorical_features={0,1,2,3}", d, "x"), doctest::Contains("use smoten"), Error);
  CHECK_THROWS_WITH_AS(run("smote_nc:categorical_features={1,4}", d, "x"),
                       doctest::Contains("categorical_features names column 4, but the data has 4 columns"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_nc:categorical_features=first"),
                       doctest::Contains("'categorical_features' of 'smote_nc': value 'first'"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("smote_nc:categorical_features={1,x}"),
                       doctest::Contains("'x', which is not a column index"), Error);
  CHECK_THROWS_WITH_AS(run("smote_nc:categorical_features={1,3}", d, "x"),
                       doctest::Contains("smote_nc: class 1 has 5 samples, but k_neighbors=5"), Error);
  CHECK(run("smote_nc:categorical_features={1,3},k_neighbors=4", d, "x").X.rows() == 100);
}
