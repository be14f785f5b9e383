#include <doctest/doctest.h>

#include <numeric>

#include "algorithms/resample/adasyn/seed_counts.hpp"
#include "algorithms/resample/borderline_smote/test_geometry.hpp"

using namespace imbench;
using test_data::run;

namespace {

std::string our_counts(const test_data::Labelled& d, std::size_t k, const std::string& strategy) {
  try {
    Resampled r = run("adasyn:n_neighbors=" + std::to_string(k) + ",sampling_strategy=" + strategy, d, "adasyn-counts");
    return test_data::describe_counts(r.y, d.n_classes);
  } catch (const Error&) {
    return "error";
  }
}

void compare_counts_with_imblearn(const test_data::Labelled& d, const std::vector<std::string>& strategies) {
  std::vector<std::pair<std::size_t, std::string>> cases;
  for (std::size_t k : {3, 5, 9})
    for (const std::string& s : strategies) cases.push_back({k, s});
  std::vector<std::string> lines;
  for (const auto& [k, s] : cases) lines.push_back(std::to_string(k) + " " + s);
  const std::vector<std::string> want = variants_test::oracle_lines("adasyn", d, lines);
  REQUIRE(want.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("n_neighbors=" << cases[i].first << " sampling_strategy=" << cases[i].second);
    CHECK(our_counts(d, cases[i].first, cases[i].second) == want[i]);
  }
}

}  // namespace

TEST_CASE("adasyn: per-class totals equal imbalanced-learn's, binary and 3 classes") {
  compare_counts_with_imblearn(test_data::blobs({300, 45}, 3, RandomStream::keyed("adasyn-binary")),
                               {"auto", "0.6", "{1:500}", "all"});
  compare_counts_with_imblearn(test_data::blobs({200, 70, 33}, 2, RandomStream::keyed("adasyn-3")),
                               {"auto", "minority", "not_minority", "{1:250,2:90}"});
}

TEST_CASE("adasyn: seed counts round each share half to even, or hit the request exactly") {
  using V = std::vector<std::size_t>;
  // Shares 4/3 each: rint gives 1 + 1 + 1 = 3 for 4 asked; largest remainders 2 + 1 + 1.
  CHECK(adasyn_seed_counts({1, 1, 1}, 5, 4, false, "t") == V{1, 1, 1});
  CHECK(adasyn_seed_counts({1, 1, 1}, 5, 4, true, "t") == V{2, 1, 1});
  // Shares 1.5 each round half to even: 2 + 2 = 4 for 3 asked.
  CHECK(adasyn_seed_counts({2, 2}, 4, 3, false, "t") == V{2, 2});
  CHECK(adasyn_seed_counts({2, 2}, 4, 3, true, "t") == V{2, 1});
  CHECK(adasyn_seed_counts({0, 3, 1}, 3, 8, false, "t") == V{0, 6, 2});
  // Shares 0.25 round to nothing: an error, unless the total must be exact.
  CHECK_THROWS_WITH_AS(adasyn_seed_counts({1, 1, 1, 1}, 5, 1, false, "adasyn: class 3"),
                       doctest::Contains("adasyn: class 3: 1 new samples spread over the seeds round to none"), Error);
  CHECK(adasyn_seed_counts({1, 1, 1, 1}, 5, 1, true, "t") == V{1, 0, 0, 0});
  CHECK_THROWS_WITH_AS(adasyn_seed_counts({0, 0}, 5, 10, false, "adasyn: class 2"),
                       doctest::Contains("adasyn: class 2: no row has a neighbour of another class"), Error);
}

TEST_CASE("adasyn: new rows lie between a seed and a same-class neighbour; exact_total hits the request") {
  test_data::Labelled d = test_data::blobs({150, 40, 30}, 2, RandomStream::keyed("adasyn-segments"));
  for (bool exact : {false, true}) {
    Resampled r = run(std::string("adasyn:n_neighbors=4,exact_total=") + (exact ? "true" : "false"), d, "adasyn-run");
    CHECK(r.X.topRows(220) == d.X);
    CHECK(r.n_synthetic == static_cast<std::size_t>(r.X.rows() - 220));
    if (exact) CHECK(r.X.rows() == 450);
    const std::vector<Indices> rows = rows_by_class(d.y, 3);
    for (int cls : {1, 2}) {
      const Matrix X_c = take_rows(d.X, rows[static_cast<std::size_t>(cls)]);
      for (Eigen::Index s = 220; s < r.X.rows(); ++s) {
        if (r.y[static_cast<std::size_t>(s)] != cls) continue;
        bool found = false;
        for (Eigen::Index seed = 0; seed < X_c.rows() && !found; ++seed)
          for (Eigen::Index p : variants_test::nearest(X_c, X_c.row(seed), seed, 4)) {
            auto u = variants_test::step_on_segment(X_c.row(seed), X_c.row(p), r.X.row(s));
            if (u && *u >= 0.0 && *u < 1.0) found = true;
          }
        INFO("synthetic row " << s << " of class " << cls);
        CHECK(found);
      }
    }
  }
}

TEST_CASE("adasyn: deterministic for a stream and identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 300, 200}, 4, RandomStream::keyed("adasyn-threads"));
  test_data::check_thread_determinism(*test_data::resampler("adasyn"), d.view(), true);
}

TEST_CASE("adasyn: errors name the class and the parameter") {
  test_data::Labelled apart = variants_test::separated({60, 20}, 100.0, "adasyn-apart");
  CHECK_THROWS_WITH_AS(run("adasyn", apart, "x"),
                       doctest::Contains("adasyn: class 1: no row has a neighbour of another class among its 5"), Error);
  test_data::Labelled small = test_data::blobs({50, 4}, 2, RandomStream::keyed("adasyn-small"));
  CHECK_THROWS_WITH_AS(run("adasyn", small, "x"),
                       doctest::Contains("adasyn: class 1 has 4 samples, but n_neighbors=5 needs at least 6"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("adasyn:n_neighbors=0"), doctest::Contains("n_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("adasyn:exact_total=maybe"), doctest::Contains("exact_total"), Error);
}
