#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;
using variants_test::step_on_segment;

namespace {

// The class rows in data order, as the topologies see them.
Matrix class_matrix(const test_data::Labelled& d, int cls) {
  return take_rows(d.X, rows_by_class(d.y, d.n_classes)[static_cast<std::size_t>(cls)]);
}

// Steps u of row s on the segments from[i] -> to[i]; empty when on none.
std::vector<std::pair<std::size_t, double>> placements(const std::vector<Eigen::RowVectorXd>& from,
                                                       const std::vector<Eigen::RowVectorXd>& to,
                                                       const Eigen::RowVectorXd& s) {
  std::vector<std::pair<std::size_t, double>> found;
  for (std::size_t i = 0; i < from.size(); ++i)
    if (auto u = step_on_segment(from[i], to[i], s); u && *u > 0.0 && *u < 1.0) found.push_back({i, *u});
  return found;
}

}  // namespace

TEST_CASE("polynom_fit_smote star: n_new / n rows per class row, evenly spaced towards the class mean") {
  test_data::Labelled d = test_data::blobs({100, 20}, 3, RandomStream::keyed("pfs-star"));
  Resampled r = run("polynom_fit_smote:topology=star", d, "pfs-star-run");
  REQUIRE(r.X.rows() == 200);
  CHECK(r.n_synthetic == 80);
  CHECK(r.X.topRows(120) == d.X);
  const Matrix X_c = class_matrix(d, 1);
  const Eigen::RowVectorXd mean = X_c.colwise().mean();
  // 80 new rows over 20 class rows: 4 per row, at 1/5, 2/5, 3/5, 4/5 of the way to the mean.
  std::map<std::size_t, std::multiset<long>> fifths;
  for (Eigen::Index i = 120; i < 200; ++i) {
    CHECK(r.y[static_cast<std::size_t>(i)] == 1);
    bool placed = false;
    for (Eigen::Index p = 0; p < X_c.rows() && !placed; ++p) {
      auto u = step_on_segment(X_c.row(p), mean, r.X.row(i));
      if (u && std::abs(*u * 5 - std::round(*u * 5)) < 1e-9) {
        fifths[static_cast<std::size_t>(p)].insert(std::lround(*u * 5));
        placed = true;
      }
    }
    CHECK(placed);
  }
  CHECK(fifths.size() == 20);
  for (const auto& [row, steps] : fifths) CHECK(steps == std::multiset<long>{1, 2, 3, 4});
}

TEST_CASE("polynom_fit_smote bus and mesh: rows on the right segments, remainder spread one per segment") {
  test_data::Labelled d = test_data::blobs({60, 7, 9}, 2, RandomStream::keyed("pfs-bus"));
  for (const char* topology : {"bus", "mesh"}) {
    CAPTURE(topology);
    Resampled r = run(std::string("polynom_fit_smote:topology=") + topology, d, "pfs-bus-run");
    REQUIRE(r.X.rows() == 180);
    CHECK(r.n_synthetic == 53 + 51);
    for (int cls : {1, 2}) {
      const Matrix X_c = class_matrix(d, cls);
      std::vector<Eigen::RowVectorXd> from, to;
      for (Eigen::Index j = 1; j < X_c.rows(); ++j)
        for (Eigen::Index i = std::string(topology) == "bus" ? j - 1 : 0; i < j; ++i) {
          from.push_back(X_c.row(j));
          to.push_back(X_c.row(i));
        }
      const std::size_t n_new = cls == 1 ? 53 : 51;
      std::map<std::size_t, std::vector<double>> steps;
      for (Eigen::Index i = 0; i < r.X.rows(); ++i) {
        if (i < d.X.rows() || r.y[static_cast<std::size_t>(i)] != cls) continue;
        auto found = placements(from, to, r.X.row(i));
        REQUIRE(found.size() == 1);
        steps[found[0].first].push_back(found[0].second);
      }
      // Every segment holds floor(n_new / segments) or one more rows, at j / (m + 1).
      const std::size_t base = n_new / from.size();
      std::size_t total = 0;
      for (std::size_t s = 0; s < from.size(); ++s) {
        const std::vector<double>& u = steps[s];
        CHECK((u.size() == base || u.size() == base + 1));
        total += u.size();
        for (std::size_t j = 0; j < u.size(); ++j)
          CHECK(u[j] == doctest::Approx(static_cast<double>(j + 1) / static_cast<double>(u.size() + 1)));
      }
      CHECK(total == n_new);
    }
  }
}

TEST_CASE("polynom_fit_smote poly_2: new rows lie on the fitted curve, inside the fitted range") {
  // Class 1 lies exactly on x1 = 0.5 x0^2 - x0 + 3 with x0 = t, so the fit recovers the curve.
  test_data::Labelled d = test_data::blobs({40, 12}, 2, RandomStream::keyed("pfs-poly"));
  const Indices minority = rows_by_class(d.y, 2)[1];
  for (std::size_t t = 0; t < minority.size(); ++t) {
    const double x0 = static_cast<double>(t);
    d.X.row(static_cast<Eigen::Index>(minority[t])) << x0, 0.5 * x0 * x0 - x0 + 3.0;
  }
  Resampled r = run("polynom_fit_smote:topology=poly_2", d, "pfs-poly-run");
  REQUIRE(r.X.rows() == 80);
  std::set<double> distinct;
  for (Eigen::Index i = 52; i < 80; ++i) {
    const double x0 = r.X(i, 0);
    CHECK(x0 >= -1e-9);
    CHECK(x0 <= 11.0 + 1e-9);
    CHECK(r.X(i, 1) == doctest::Approx(0.5 * x0 * x0 - x0 + 3.0).epsilon(1e-9));
    distinct.insert(x0);
  }
  CHECK(distinct.size() == 28);  // one curve position per new row

  // poly_1 through non-collinear rows: every new row on the least-squares line of each feature.
  test_data::Labelled b = test_data::blobs({40, 12}, 3, RandomStream::keyed("pfs-line"));
  Resampled line = run("polynom_fit_smote:topology=poly_1", b, "pfs-line-run");
  const Matrix X_c = class_matrix(b, 1);
  Eigen::MatrixXd A(12, 2);
  for (Eigen::Index t = 0; t < 12; ++t) A.row(t) << 1.0, static_cast<double>(t);
  const Eigen::MatrixXd coef = (A.transpose() * A).ldlt().solve(A.transpose() * Eigen::MatrixXd(X_c));
  for (Eigen::Index i = 52; i < 80; ++i) {
    const double t = (line.X(i, 0) - coef(0, 0)) / coef(1, 0);  // position from feature 0
    CHECK(t >= -1e-9);
    CHECK(t <= 11.0 + 1e-9);
    for (Eigen::Index f = 1; f < 3; ++f) CHECK(line.X(i, f) == doctest::Approx(coef(0, f) + coef(1, f) * t));
  }
}

TEST_CASE("polynom_fit_smote: class counts for the strategy forms, multi-class") {
  test_data::Labelled d = test_data::blobs({90, 30, 12}, 2, RandomStream::keyed("pfs-counts"));
  for (const char* topology : {"star", "bus", "mesh", "poly_3"}) {
    CAPTURE(topology);
    const std::string spec = std::string("polynom_fit_smote:topology=") + topology;
    CHECK(test_data::describe_counts(run(spec, d, "c").y, 3) == "0:90 1:90 2:90");
    CHECK(test_data::describe_counts(run(spec + ",sampling_strategy=minority", d, "c").y, 3) == "0:90 1:30 2:90");
    CHECK(test_data::describe_counts(run(spec + ",sampling_strategy={1:31,2:100}", d, "c").y, 3) ==
          "0:90 1:31 2:100");
  }
}

TEST_CASE("polynom_fit_smote: deterministic for a stream, fresh draws on the next call") {
  test_data::Labelled d = test_data::blobs({300, 40}, 3, RandomStream::keyed("pfs-det"));
  for (const char* topology : {"mesh", "poly_2", "star"}) {
    CAPTURE(topology);
    auto sampler = test_data::resampler(std::string("polynom_fit_smote:topology=") + topology);
    RandomStream a = RandomStream::keyed("same"), b = RandomStream::keyed("same");
    Resampled first = sampler->resample(d.view(), a), again = sampler->resample(d.view(), b);
    CHECK(first.X == again.X);
    CHECK(first.y == again.y);
    // Star places 260 = 6 * 40 + 20 rows: the 20 extra segments are drawn, so a new stream moves some rows.
    CHECK(sampler->resample(d.view(), a).X != first.X);
  }
}

TEST_CASE("polynom_fit_smote: bad topology and tiny classes are errors naming the parameter") {
  test_data::Labelled d = test_data::blobs({30, 1}, 2, RandomStream::keyed("pfs-bad"));
  for (const char* bad : {"ring", "poly_0", "poly_", "poly_2x", "poly_21"})
    CHECK_THROWS_WITH_AS(test_data::resampler(std::string("polynom_fit_smote:topology=") + bad),
                         doctest::Contains("'topology'"), Error);
  CHECK_THROWS_WITH_AS(run("polynom_fit_smote:topology=bus", d, "x"), doctest::Contains("class 1 has 1 sample"),
                       Error);
  // A single row: star copies it, the curve through one point is that point.
  for (const char* topology : {"star", "poly_2"}) {
    Resampled r = run(std::string("polynom_fit_smote:topology=") + topology, d, "x");
    const Eigen::RowVectorXd only = class_matrix(d, 1).row(0);
    for (Eigen::Index i = 31; i < r.X.rows(); ++i) CHECK(r.X.row(i).isApprox(only));
  }
  CHECK_THROWS_WITH_AS(run("polynom_fit_smote:sampling_strategy=sideways", d, "x"),
                       doctest::Contains("'sampling_strategy' of 'polynom_fit_smote'"), Error);
}
