#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/shared/cluster/kmeans.hpp"

using namespace imbench;
using test_data::run;

namespace {

// A majority blob at the origin and the minority in four far-apart groups of
// different sizes and spreads, so k-means with 5 clusters finds exactly the groups.
struct Groups {
  test_data::Labelled d;
  std::vector<int> group;  // -1 for majority rows
};

Groups groups(const char* key) {
  RandomStream rng = RandomStream::keyed(key);
  const std::vector<std::size_t> sizes{10, 15, 20, 25};
  const double centres[4][2] = {{40, 0}, {0, 40}, {-40, 0}, {0, -40}};
  Groups g{{Matrix(670, 2), Labels(670, 0), 2}, std::vector<int>(670, -1)};
  Eigen::Index row = 0;
  for (; row < 600; ++row) g.d.X.row(row) << 3 * rng.normal(), 3 * rng.normal();
  for (int j = 0; j < 4; ++j)
    for (std::size_t i = 0; i < sizes[static_cast<std::size_t>(j)]; ++i, ++row) {
      const double spread = 0.5 * (j + 1);
      g.d.X.row(row) << centres[j][0] + spread * rng.normal(), centres[j][1] + spread * rng.normal();
      g.d.y[static_cast<std::size_t>(row)] = 1;
      g.group[static_cast<std::size_t>(row)] = j;
    }
  return g;
}

std::vector<Eigen::Index> rows_of_group(const Groups& g, int j) {
  std::vector<Eigen::Index> out;
  for (std::size_t i = 0; i < g.group.size(); ++i)
    if (g.group[i] == j) out.push_back(static_cast<Eigen::Index>(i));
  return out;
}

// Rows each group should get: n * mean_distance^2 / count, normalised, floors plus largest remainders.
std::vector<std::size_t> paper_counts(const Groups& g, std::size_t n) {
  std::vector<double> weight(4);
  for (int j = 0; j < 4; ++j) {
    auto rows = rows_of_group(g, j);
    double sum = 0.0;
    for (Eigen::Index a : rows)
      for (Eigen::Index b : rows) sum += (g.d.X.row(a) - g.d.X.row(b)).norm();
    const double m = static_cast<double>(rows.size());
    weight[static_cast<std::size_t>(j)] = std::pow(sum / (m * (m - 1)), 2.0) / m;
  }
  double total = 0.0;
  for (double w : weight) total += w;
  std::vector<std::size_t> counts(4);
  std::vector<std::pair<double, int>> remainders;
  std::size_t given = 0;
  for (int j = 0; j < 4; ++j) {
    const double exact = static_cast<double>(n) * weight[static_cast<std::size_t>(j)] / total;
    counts[static_cast<std::size_t>(j)] = static_cast<std::size_t>(std::floor(exact));
    given += counts[static_cast<std::size_t>(j)];
    remainders.push_back({-(exact - std::floor(exact)), j});
  }
  std::sort(remainders.begin(), remainders.end());
  for (std::size_t i = 0; given < n; ++i, ++given) ++counts[static_cast<std::size_t>(remainders[i].second)];
  return counts;
}

}  // namespace

TEST_CASE("kmeans_smote: rows on SMOTE segments inside one cluster, per-cluster counts by sparsity, exact total") {
  const Groups g = groups("kmeans_smote-groups");
  Resampled r = run("kmeans_smote:n_clusters=5", g.d, "kmeans_smote-run");
  REQUIRE(r.X.rows() == 1200);
  CHECK(r.n_synthetic == 530);
  CHECK(r.X.topRows(670) == g.d.X);
  std::vector<std::size_t> made(4, 0);
  for (Eigen::Index s = 670; s < r.X.rows(); ++s) {
    int found = -1;
    for (int j = 0; j < 4 && found < 0; ++j) {
      const auto rows = rows_of_group(g, j);
      const Matrix X_j = take_rows(g.d.X, Indices(rows.begin(), rows.end()));
      for (Eigen::Index seed = 0; seed < X_j.rows() && found < 0; ++seed)
        for (Eigen::Index nb : variants_test::nearest(X_j, X_j.row(seed), seed, 2)) {
          auto u = variants_test::step_on_segment(X_j.row(seed), X_j.row(nb), r.X.row(s));
          if (u && *u >= 0.0 && *u < 1.0) found = j;
        }
    }
    INFO("synthetic row " << s);
    REQUIRE(found >= 0);
    ++made[static_cast<std::size_t>(found)];
  }
  CHECK(made == paper_counts(g, 530));
}

TEST_CASE("kmeans_smote: imblearn 0.10 over-generates on the same clusters; imbench makes the requested count") {
  const Groups g = groups("kmeans_smote-groups");
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", g.d.X);
  testing::write_labels(dir + "/y.txt", g.d.y);
  std::istringstream out(testing::run_python("scripts/oracles/imblearn_kmeans_smote.py",
                                             {dir + "/X.csv", dir + "/y.txt", "5", "2"}));
  std::string imblearn_made, requested;
  std::getline(out, imblearn_made);
  std::getline(out, requested);
  CHECK(requested == "1:530");
  const std::size_t theirs = std::stoul(imblearn_made.substr(2));
  CHECK(theirs > 530);  // one ceil() per cluster
  CHECK(theirs <= 534);
  CHECK(run("kmeans_smote:n_clusters=5", g.d, "x").n_synthetic == 530);
}

TEST_CASE("kmeans_smote: class counts follow the sampling_strategy forms on multi-class data") {
  test_data::Labelled d = test_data::blobs({300, 90, 60}, 3, RandomStream::keyed("kmeans_smote-counts"));
  auto counts = [&](const std::string& strategy) {
    Resampled r = run("kmeans_smote:cluster_balance_threshold=0.1,sampling_strategy=" + strategy, d, "counts");
    return test_data::describe_counts(r.y, 3);
  };
  CHECK(counts("auto") == "0:300 1:300 2:300");
  CHECK(counts("minority") == "0:300 1:90 2:300");
  CHECK(counts("{1:100,2:250}") == "0:300 1:100 2:250");
  test_data::Labelled b = test_data::blobs({300, 60}, 3, RandomStream::keyed("kmeans_smote-binary"));
  CHECK(test_data::describe_counts(run("kmeans_smote:sampling_strategy=0.5", b, "x").y, 2) == "0:300 1:150");
}

TEST_CASE("kmeans_smote: deterministic across thread counts; clear errors") {
  test_data::Labelled d = test_data::blobs({4000, 300, 200}, 4, RandomStream::keyed("kmeans_smote-threads"));
  auto sampler = test_data::resampler("kmeans_smote:cluster_balance_threshold=0.05");
  test_data::check_thread_determinism(*sampler, d.view(), true);
  CHECK_THROWS_WITH_AS(run("kmeans_smote:cluster_balance_threshold=0.99", d, "x"),
                       doctest::Contains("kmeans_smote: no cluster holds at least 3 rows of class 1"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("kmeans_smote:density_exponent=high"),
                       doctest::Contains("'density_exponent' of 'kmeans_smote': value 'high'"), Error);
  CHECK_THROWS_WITH_AS(run("kmeans_smote:n_clusters=5000", d, "x"),
                       doctest::Contains("kmeans_smote: k-means needs between 1 and 4500 clusters"), Error);
}
