// The statistics library against scipy.stats (scripts/oracles/scipy_stats.py)
// on random inputs: ranks, Friedman, Wilcoxon (exact, approximate, zeros,
// ties), Holm and the studentized range quantile, all to 1e-10; and the
// Bayesian signed-rank test against a numpy Monte Carlo run, to Monte Carlo error.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/rng.hpp"
#include "reports/lib/stats/bayesian_signed_rank.hpp"
#include "reports/lib/stats/critical_difference.hpp"
#include "reports/lib/stats/friedman.hpp"
#include "reports/lib/stats/multiple_testing.hpp"
#include "reports/lib/stats/ranks.hpp"
#include "reports/lib/stats/wilcoxon.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::reports::stats;

namespace {

std::string joined(const std::vector<double>& values) {
  std::string out;
  char buffer[32];
  for (double v : values) {
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    out += (out.empty() ? "" : ",") + std::string(buffer);
  }
  return out;
}

// Runs every case line through the oracle; returns one vector of numbers per line.
std::vector<std::vector<double>> scipy(const std::vector<std::string>& cases) {
  const std::string path = testing::temp_dir() + "/cases.txt";
  {
    std::ofstream out(path);
    for (const auto& c : cases) out << c << "\n";
  }
  std::istringstream lines(testing::run_python("scripts/oracles/scipy_stats.py", {path}));
  std::vector<std::vector<double>> answers;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::vector<double> row;
    for (std::string f; fields >> f;) row.push_back(f == "nan" ? std::nan("") : std::stod(f));
    answers.push_back(row);
  }
  REQUIRE(answers.size() == cases.size());
  return answers;
}

void check_close(double got, double want) {
  CHECK(std::abs(got - want) <= 1e-10 * std::max(1.0, std::abs(want)));
}

// Scores in [0, 1); `grid` > 0 rounds them to multiples of 1/grid so that ties happen.
std::vector<double> scores(RandomStream& r, int n, int grid) {
  std::vector<double> v(static_cast<std::size_t>(n));
  for (double& x : v) x = grid > 0 ? std::floor(r.uniform() * grid) / grid : r.uniform();
  return v;
}

}  // namespace

TEST_CASE("ranks with ties match scipy.stats.rankdata") {
  RandomStream r = RandomStream::keyed("stats", "rank");
  std::vector<std::vector<double>> inputs;
  std::vector<std::string> cases;
  for (int t = 0; t < 20; ++t) {
    inputs.push_back(scores(r, 1 + static_cast<int>(r.below(15)), t % 2 ? 4 : 0));
    cases.push_back("rank " + joined(inputs.back()));
  }
  const auto want = scipy(cases);
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    const std::vector<double> got = rank_ascending(inputs[t]);
    REQUIRE(got.size() == want[t].size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i] == want[t][i]);
  }
}

TEST_CASE("Friedman's tie-corrected chi-square and p match scipy.stats.friedmanchisquare") {
  RandomStream r = RandomStream::keyed("stats", "friedman");
  std::vector<Matrix> inputs;
  std::vector<std::string> cases;
  for (int t = 0; t < 16; ++t) {
    const int n = 2 + static_cast<int>(r.below(30)), k = 3 + static_cast<int>(r.below(8));
    Matrix m(n, k);
    const std::vector<double> v = scores(r, n * k, t % 2 ? 5 : 0);
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < k; ++j) m(i, j) = v[static_cast<std::size_t>(i * k + j)];
    inputs.push_back(m);
    cases.push_back("friedman " + std::to_string(n) + " " + std::to_string(k) + " " + joined(v));
  }
  const auto want = scipy(cases);
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    // scipy ranks ascending; the statistic is the same either way, the ranks mirror.
    const FriedmanResult got = friedman_test(inputs[t], Order::lower_is_better);
    check_close(got.chi_square_tie_corrected, want[t][0]);
    check_close(got.chi_square_tie_corrected_p, want[t][1]);
    const FriedmanResult mirrored = friedman_test(inputs[t], Order::higher_is_better);
    check_close(mirrored.chi_square_tie_corrected, want[t][0]);
    if (t % 2 == 0) check_close(got.chi_square, want[t][0]);  // no ties: no correction
  }
}

TEST_CASE("Wilcoxon signed-rank matches scipy.stats.wilcoxon") {
  RandomStream r = RandomStream::keyed("stats", "wilcoxon");
  struct Input {
    std::vector<double> x, y;
    ZeroMethod zero_method;
    bool exact;
  };
  std::vector<Input> inputs;
  std::vector<std::string> cases;
  auto add = [&](int n, int grid, ZeroMethod zm, bool exact) {
    Input in{scores(r, n, grid), scores(r, n, grid), zm, exact};
    const std::string method = exact ? "exact" : "approx";
    cases.push_back(std::string("wilcoxon ") + (zm == ZeroMethod::wilcox ? "wilcox " : "zsplit ") + method + " " +
                    joined(in.x) + " " + joined(in.y));
    inputs.push_back(std::move(in));
  };
  for (int t = 0; t < 8; ++t) add(1 + static_cast<int>(r.below(50)), 0, ZeroMethod::wilcox, true);  // exact
  for (int t = 0; t < 4; ++t) add(51 + static_cast<int>(r.below(60)), 0, ZeroMethod::wilcox, false);  // large
  for (int t = 0; t < 6; ++t) add(10 + static_cast<int>(r.below(40)), 8, ZeroMethod::wilcox, false);  // zeros, ties: 7 magnitudes
  for (int t = 0; t < 6; ++t) add(10 + static_cast<int>(r.below(40)), 8, ZeroMethod::zsplit, false);
  const auto want = scipy(cases);
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    const WilcoxonResult got = wilcoxon_signed_rank(inputs[t].x, inputs[t].y, inputs[t].zero_method);
    CAPTURE(t);
    CHECK(got.exact == inputs[t].exact);
    check_close(got.statistic, want[t][0]);
    check_close(got.p_value, want[t][1]);
    CHECK(got.r_plus + got.r_minus == doctest::Approx(got.n * (got.n + 1) / 2.0));
  }
}

TEST_CASE("Holm adjusted p-values match a direct implementation") {
  RandomStream r = RandomStream::keyed("stats", "holm");
  std::vector<std::vector<double>> inputs;
  std::vector<std::string> cases;
  for (int t = 0; t < 10; ++t) {
    std::vector<double> p = scores(r, 1 + static_cast<int>(r.below(12)), 0);
    for (double& v : p) v *= v * v * 0.2;  // many small p-values, so the cap at 1 and the running max both occur
    if (t == 0) p = {0.01, 0.01, 0.2, 0.0};  // tied and zero p-values
    inputs.push_back(p);
    cases.push_back("holm " + joined(p));
  }
  const auto want = scipy(cases);
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    const std::vector<double> got = holm_adjust(inputs[t]);
    REQUIRE(got.size() == want[t].size());
    for (std::size_t i = 0; i < got.size(); ++i) check_close(got[i], want[t][i]);
  }
}

TEST_CASE("the studentized range quantile matches scipy.stats.studentized_range with df = inf") {
  std::vector<std::pair<int, double>> inputs = {{2, 0.05}, {3, 0.1}, {4, 0.05}, {7, 0.01}, {12, 0.05}, {25, 0.1}};
  std::vector<std::string> cases;
  for (auto [k, alpha] : inputs) cases.push_back("srange " + std::to_string(k) + " " + std::to_string(alpha));
  const auto want = scipy(cases);
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    // scipy integrates to about 1e-9 here, so this comparison is looser than the others.
    CHECK(studentized_range_quantile(inputs[t].first, inputs[t].second) == doctest::Approx(want[t][0]).epsilon(1e-8));
  }
}

TEST_CASE("Bayesian signed-rank probabilities agree with an independent numpy Monte Carlo run") {
  RandomStream r = RandomStream::keyed("stats", "bayes");
  std::vector<std::vector<double>> inputs;
  std::vector<std::string> cases;
  for (int t = 0; t < 4; ++t) {
    // Differences around the rope's edge, so that all three regions get weight.
    std::vector<double> d(static_cast<std::size_t>(5 + 4 * t));
    for (double& v : d) v = 0.004 + 0.02 * r.normal();
    inputs.push_back(d);
    cases.push_back("bayes 0.01 40000 " + joined(d));
  }
  const auto want = scipy(cases);
  BayesianSignedRankOptions o;
  o.samples = 40000;
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    const auto got = bayesian_signed_rank(inputs[t], RandomStream::keyed("stats", "bayes", t), o);
    CAPTURE(t);
    // Two independent runs of 40000 draws: the difference has sd <= 0.0036.
    CHECK(std::abs(got.left - want[t][0]) < 0.015);
    CHECK(std::abs(got.rope - want[t][1]) < 0.015);
    CHECK(std::abs(got.right - want[t][2]) < 0.015);
  }
}
