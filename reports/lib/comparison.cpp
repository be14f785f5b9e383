#include "reports/lib/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "core/error.hpp"
#include "core/params.hpp"
#include "core/registry.hpp"
#include "reports/lib/stats/bayesian_signed_rank.hpp"
#include "reports/lib/stats/critical_difference.hpp"
#include "reports/lib/stats/friedman.hpp"
#include "reports/lib/stats/multiple_testing.hpp"
#include "reports/lib/spec_display.hpp"
#include "reports/lib/stats/wilcoxon.hpp"

namespace imbench::reports {
namespace {

std::string fixed(double v, int digits) { return format_number(v, digits); }

std::string p_value_text(double p) {
  if (p >= 1e-4) return format_number(p, 4);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1e", p);
  return buf;
}

std::vector<double> column(const Matrix& m, Eigen::Index j) {
  std::vector<double> out(static_cast<std::size_t>(m.rows()));
  for (Eigen::Index i = 0; i < m.rows(); ++i) out[static_cast<std::size_t>(i)] = m(i, j);
  return out;
}

Column text_column(std::string header) { return Column{std::move(header), "", "", Align::Left}; }
Column number_column(std::string header, int decimals) {
  Column c{std::move(header), "", "", Align::Right};
  c.decimals = decimals;
  return c;
}

Table ranking_table(const ScoreMatrix& m, const stats::FriedmanResult* friedman, const ComparisonOptions& options,
                    stats::Order order) {
  Table t;
  t.caption = "Average ranks over " + std::to_string(m.datasets.size()) + " data sets (test " +
              short_spec(Kind::Metric, options.metric) + ", mean over folds x repeats; rank 1 = best)";
  t.label = "tab:ranks";
  Column full = text_column("Canonical pipeline");
  full.csv_only = true;
  t.columns = {text_column("Pipeline"), number_column("Average rank", 3), number_column("Mean score", 4), full};
  Vector ranks = stats::average_ranks(m.scores, order);
  std::vector<std::size_t> by_rank(m.pipelines.size());
  for (std::size_t j = 0; j < by_rank.size(); ++j) by_rank[j] = j;
  std::stable_sort(by_rank.begin(), by_rank.end(), [&](std::size_t a, std::size_t b) {
    return ranks(static_cast<Eigen::Index>(a)) < ranks(static_cast<Eigen::Index>(b));
  });
  for (std::size_t j : by_rank) {
    auto jj = static_cast<Eigen::Index>(j);
    t.add_row({pipeline_label(m.pipelines[j]), ranks(jj), m.scores.col(jj).mean(), m.pipelines[j]});
  }
  const int k = static_cast<int>(m.pipelines.size()), n = static_cast<int>(m.datasets.size());
  if (friedman) {
    t.notes.push_back("Friedman chi2_F = " + fixed(friedman->chi_square, 3) + " (df " + std::to_string(k - 1) +
                      ", p = " + p_value_text(friedman->chi_square_p) + "); Iman-Davenport F_F = " +
                      fixed(friedman->iman_davenport, 3) + " (df " + std::to_string(k - 1) + ", " +
                      std::to_string((k - 1) * (n - 1)) + ", p = " + p_value_text(friedman->iman_davenport_p) + ").");
    double cd_nemenyi = stats::critical_difference(stats::nemenyi_q(k, options.alpha), k, n);
    double cd_bd = stats::critical_difference(stats::bonferroni_dunn_q(k, options.alpha), k, n);
    t.notes.push_back("Critical difference at alpha = " + fixed(options.alpha, 2) + ": Nemenyi " + fixed(cd_nemenyi, 3) +
                      ", Bonferroni-Dunn (vs one control) " + fixed(cd_bd, 3) + ".");
  } else {
    t.notes.push_back("The Friedman test needs at least 3 pipelines and 2 data sets.");
  }
  return t;
}

Table pairwise_table(const ScoreMatrix& m, const ComparisonOptions& options, stats::Order order) {
  Table t;
  t.caption = "Pairwise comparisons over data sets (test " + short_spec(Kind::Metric, options.metric) + ")";
  t.label = "tab:pairwise";
  t.columns = {text_column("A"), text_column("B"), text_column("A wins/ties/losses"), number_column("Wilcoxon p", 4),
               number_column("Holm p", 4), number_column("P(A better)", 3), number_column("P(rope)", 3),
               number_column("P(B better)", 3)};
  struct Pair {
    std::size_t a, b;
    stats::WinTieLoss wtl;
    double p = std::nan("");
    stats::BayesianSignedRankResult bayes;
  };
  std::vector<Pair> pairs;
  RandomStream stream = RandomStream::keyed(options.seed, "bayesian_signed_rank", options.metric);
  stats::BayesianSignedRankOptions bayes_options;
  bayes_options.rope = options.rope;
  for (std::size_t a = 0; a < m.pipelines.size(); ++a)
    for (std::size_t b = a + 1; b < m.pipelines.size(); ++b) {
      std::vector<double> x = column(m.scores, static_cast<Eigen::Index>(a));
      std::vector<double> y = column(m.scores, static_cast<Eigen::Index>(b));
      PairTest test = pair_test(x, y, order);
      Pair pair{a, b, test.wtl, test.p, {}};
      // Differences oriented so that "right" means A is better.
      std::vector<double> d(x.size());
      for (std::size_t i = 0; i < x.size(); ++i) d[i] = order == stats::Order::higher_is_better ? x[i] - y[i] : y[i] - x[i];
      pair.bayes = stats::bayesian_signed_rank(d, stream.substream(pairs.size()), bayes_options);
      pairs.push_back(pair);
    }
  std::vector<double> raw;
  for (const Pair& p : pairs) raw.push_back(p.p);
  std::vector<double> adjusted = holm_where_defined(raw);
  std::size_t tested = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const Pair& p = pairs[i];
    std::string wtl = std::to_string(p.wtl.wins) + "/" + std::to_string(p.wtl.ties) + "/" + std::to_string(p.wtl.losses);
    Cell p_cell = std::isnan(p.p) ? Cell{} : Cell{p.p};
    Cell holm_cell = std::isnan(p.p) ? Cell{} : Cell{adjusted[i]};
    tested += std::isnan(p.p) ? 0 : 1;
    t.add_row({pipeline_label(m.pipelines[p.a]), pipeline_label(m.pipelines[p.b]), wtl, p_cell, holm_cell, p.bayes.right, p.bayes.rope, p.bayes.left});
  }
  t.notes.push_back("Wilcoxon signed-rank (two-sided, zero differences dropped), Holm-corrected over all " +
                    std::to_string(tested) + " pairs; Bayesian signed-rank test (Benavoli et al. 2017, prior s = 0.5, "
                    "rope = +-" + fixed(options.rope, 3) + ").");
  return t;
}

}  // namespace

PairTest pair_test(const std::vector<double>& a, const std::vector<double>& b, stats::Order order) {
  PairTest test{stats::win_tie_loss(a, b, order), std::nan("")};
  if (test.wtl.wins + test.wtl.losses > 0) test.p = stats::wilcoxon_signed_rank(a, b).p_value;
  return test;
}

std::vector<double> holm_where_defined(const std::vector<double>& p_values) {
  std::vector<double> defined;
  for (double p : p_values)
    if (!std::isnan(p)) defined.push_back(p);
  std::vector<double> adjusted = stats::holm_adjust(defined), out;
  std::size_t next = 0;
  for (double p : p_values) out.push_back(std::isnan(p) ? p : adjusted[next++]);
  return out;
}

stats::Order metric_order(const std::string& canonical_metric) {
  return metric_higher_is_better(parse_spec(canonical_metric)) ? stats::Order::higher_is_better
                                                                : stats::Order::lower_is_better;
}

ScoreMatrix score_matrix(const Aggregate& aggregate, const std::string& metric) {
  std::map<std::string, std::map<std::string, double>> by_pipeline;  // pipeline -> data set -> mean
  std::map<std::string, bool> datasets;
  for (const Group& g : aggregate.groups) {
    datasets[g.key.dataset] = true;
    auto it = g.test.find(metric);
    if (it != g.test.end() && it->second.count > 0) by_pipeline[g.pipeline][g.key.dataset] = it->second.mean;
    else by_pipeline[g.pipeline];  // the pipeline exists; its cell is missing
  }
  bool stored = false;
  for (const auto& name : aggregate.metrics) stored = stored || name == metric;
  if (!stored) throw Error(unknown_name_message("metric in the store", metric, aggregate.metrics));
  ScoreMatrix m;
  for (const auto& [d, _] : datasets) m.datasets.push_back(d);
  for (const auto& [p, _] : by_pipeline) m.pipelines.push_back(p);
  m.scores.resize(static_cast<Eigen::Index>(m.datasets.size()), static_cast<Eigen::Index>(m.pipelines.size()));
  for (std::size_t j = 0; j < m.pipelines.size(); ++j)
    for (std::size_t i = 0; i < m.datasets.size(); ++i) {
      const auto& cells = by_pipeline[m.pipelines[j]];
      auto it = cells.find(m.datasets[i]);
      if (it == cells.end() || !std::isfinite(it->second))
        throw Error("no test " + metric + " for data set '" + m.datasets[i] + "' and pipeline '" + m.pipelines[j] +
                    "' (failed or undefined in every fold); statistics need a full data sets x pipelines grid");
      m.scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = it->second;
    }
  return m;
}

std::vector<Table> comparison_tables(const Aggregate& aggregate, const ComparisonOptions& options) {
  Spec canonical = Registry::instance().canonicalize(Kind::Metric, parse_spec(options.metric));
  ComparisonOptions resolved = options;
  resolved.metric = canonical.text();
  if (!(options.alpha > 0 && options.alpha < 1)) throw Error("--alpha " + canonical_number(options.alpha) + " is outside (0, 1)");
  if (!(options.rope >= 0)) throw Error("--rope " + canonical_number(options.rope) + " is negative");
  stats::Order order = metric_order(resolved.metric);
  ScoreMatrix m = score_matrix(aggregate, resolved.metric);
  if (m.pipelines.size() < 2) throw Error("statistics need at least 2 pipelines; the store has " + std::to_string(m.pipelines.size()));
  std::optional<stats::FriedmanResult> friedman;
  if (m.pipelines.size() >= 3 && m.datasets.size() >= 2) friedman = stats::friedman_test(m.scores, order);
  return {ranking_table(m, friedman ? &*friedman : nullptr, resolved, order), pairwise_table(m, resolved, order)};
}

}  // namespace imbench::reports
