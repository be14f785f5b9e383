#include "reports/lib/figures/cd_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "reports/lib/comparison.hpp"
#include "reports/lib/spec_display.hpp"
#include "reports/lib/stats/critical_difference.hpp"
#include "reports/lib/stats/ranks.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports::figures {
namespace {

constexpr double kFont = 12, kRowStep = 20, kCliqueStep = 9, kGap = 14;

std::vector<std::size_t> rank_order(const std::vector<double>& ranks) {
  std::vector<std::size_t> order(ranks.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
  return order;
}

std::string label_of(const CdDiagram& d, std::size_t i) {
  return d.names[i] + " (" + format_number(d.ranks[i], 2) + ")";
}

void check(const CdDiagram& d) {
  const std::size_t k = d.names.size();
  if (d.ranks.size() != k)
    throw Error("CD diagram: " + std::to_string(k) + " names but " + std::to_string(d.ranks.size()) + " ranks");
  if (k < 2) throw Error("CD diagram: needs at least 2 methods, got " + std::to_string(k));
  for (std::size_t i = 0; i < k; ++i)
    if (!(d.ranks[i] >= 1 - 1e-9 && d.ranks[i] <= static_cast<double>(k) + 1e-9))
      throw Error("CD diagram: average rank " + std::to_string(d.ranks[i]) + " of '" + d.names[i] +
                  "' is outside [1, " + std::to_string(k) + "]");
  if (!(d.cd >= 0)) throw Error("CD diagram: critical difference " + std::to_string(d.cd) + " is negative or NaN");
  if (d.control >= static_cast<int>(k))
    throw Error("CD diagram: control index " + std::to_string(d.control) + " is out of range");
}

}  // namespace

std::vector<std::vector<std::size_t>> cd_cliques(const std::vector<double>& ranks, double cd) {
  std::vector<std::size_t> order = rank_order(ranks);
  std::vector<std::vector<std::size_t>> cliques;
  std::size_t last_end = 0;  // one past the furthest method covered by a group so far
  for (std::size_t i = 0; i < order.size(); ++i) {
    std::size_t end = i + 1;
    while (end < order.size() && ranks[order[end]] - ranks[order[i]] < cd) ++end;
    // A group inside the previous one adds nothing.
    if (end - i >= 2 && end > last_end) {
      cliques.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end));
      last_end = end;
    }
  }
  return cliques;
}

CdLayout cd_layout(const CdDiagram& d) {
  check(d);
  const std::size_t k = d.names.size(), left_count = (k + 1) / 2;
  std::vector<std::size_t> order = rank_order(d.ranks);
  double left_text = 0, right_text = 0;
  for (std::size_t j = 0; j < k; ++j)
    (j < left_count ? left_text : right_text) =
        std::max(j < left_count ? left_text : right_text, text_width(label_of(d, order[j]), kFont));
  CdLayout l;
  if (d.control < 0) l.cliques = cd_cliques(d.ranks, d.cd);
  const double axis_length = std::clamp(70.0 * static_cast<double>(k), 320.0, 640.0);
  const double axis_left = 28 + left_text + kGap, axis_right = axis_left + axis_length;
  l.width = axis_right + kGap + right_text + 28;
  const double top = d.title.empty() ? 8 : 30;
  l.axis_y = top + 62;
  l.rank_to_x = {1, static_cast<double>(k), axis_left, axis_right};
  const double first_row = l.axis_y + 16 + kCliqueStep * static_cast<double>(l.cliques.size()) + 10;
  l.height = first_row + kRowStep * static_cast<double>(left_count - 1) + 18;
  return l;
}

Svg cd_diagram(const CdDiagram& d) {
  const CdLayout l = cd_layout(d);
  const std::size_t k = d.names.size(), left_count = (k + 1) / 2;
  const std::vector<std::size_t> order = rank_order(d.ranks);
  const LinearScale& x = l.rank_to_x;
  Svg svg(l.width, l.height);
  if (!d.title.empty())
    svg.text({l.width / 2, 20}, d.title, TextStyle{13, Anchor::middle, "#000000", true});

  // The CD bar, drawn to the axis's scale at its left end.
  const double bar_y = l.axis_y - 42;
  const double bar_left = x(1), bar_right = x(1) + (x(2) - x(1)) * d.cd;
  const Style black{"#000000", "", 1.2};
  svg.begin_group("critical-difference");
  svg.line({bar_left, bar_y}, {bar_right, bar_y}, Style{"#000000", "", 1.6});
  svg.line({bar_left, bar_y - 4}, {bar_left, bar_y + 4}, black);
  svg.line({bar_right, bar_y - 4}, {bar_right, bar_y + 4}, black);
  svg.text({bar_right + 8, bar_y}, "CD = " + format_number(d.cd, 3) + " (" + d.test + ")",
           TextStyle{11, Anchor::start, "#000000", false, 0, "middle"});
  svg.end_group();

  // The rank axis: 1 (best) on the left, ticks at whole and half ranks.
  svg.begin_group("rank-axis");
  svg.line({x(1), l.axis_y}, {x(static_cast<double>(k)), l.axis_y}, black);
  for (std::size_t r = 1; r <= k; ++r) {
    double xr = x(static_cast<double>(r));
    svg.line({xr, l.axis_y - 7}, {xr, l.axis_y}, black);
    svg.text({xr, l.axis_y - 11}, std::to_string(r), TextStyle{11, Anchor::middle});
    if (r < k) svg.line({xr + (x(2) - x(1)) / 2, l.axis_y - 4}, {xr + (x(2) - x(1)) / 2, l.axis_y}, black);
  }
  svg.end_group();

  // Groups not significantly different, or the control's critical interval.
  if (d.control >= 0) {
    double rc = d.ranks[static_cast<std::size_t>(d.control)];
    double lo = std::max(1.0, rc - d.cd), hi = std::min(static_cast<double>(k), rc + d.cd);
    svg.begin_group("control-interval");
    svg.rect(x(lo), l.axis_y - 3, x(hi) - x(lo), 6, Style{"", "#0072B2", 1, 0.55});
    svg.end_group();
  } else {
    svg.begin_group("cliques");
    for (std::size_t c = 0; c < l.cliques.size(); ++c) {
      double y = l.axis_y + 12 + kCliqueStep * static_cast<double>(c);
      svg.line({x(d.ranks[l.cliques[c].front()]) - 4, y}, {x(d.ranks[l.cliques[c].back()]) + 4, y},
               Style{"#000000", "", 3.2, 1, "", "clique"});
    }
    svg.end_group();
  }

  // Names: the better half on the left (best on the top row), the rest on the
  // right (worst on the top row), so leader lines never cross.
  const double first_row = l.axis_y + 16 + kCliqueStep * static_cast<double>(l.cliques.size()) + 10;
  svg.begin_group("methods");
  for (std::size_t j = 0; j < k; ++j) {
    const std::size_t i = order[j];
    const bool left = j < left_count;
    const double row = first_row + kRowStep * static_cast<double>(left ? j : k - 1 - j);
    const double xr = x(d.ranks[i]);
    const double end = left ? x(1) - kGap / 2 : x(static_cast<double>(k)) + kGap / 2;
    svg.polyline({{xr, l.axis_y}, {xr, row}, {end, row}}, Style{"#000000", "", 1, 1, "", "method"});
    TextStyle t{kFont, left ? Anchor::end : Anchor::start};
    t.baseline = "middle";
    t.bold = static_cast<int>(i) == d.control;
    svg.text({left ? end - 4 : end + 4, row}, label_of(d, i), t);
  }
  svg.end_group();
  return svg;
}

CdDiagram cd_diagram_from(const Aggregate& aggregate, const CdOptions& options) {
  if (!(options.alpha > 0 && options.alpha < 1)) throw Error("alpha " + std::to_string(options.alpha) + " is outside (0, 1)");
  const std::string metric = Registry::instance().canonicalize(Kind::Metric, parse_spec(options.metric)).text();
  const ScoreMatrix m = score_matrix(aggregate, metric);
  const int k = static_cast<int>(m.pipelines.size()), n = static_cast<int>(m.datasets.size());
  if (k < 2) throw Error("a CD diagram needs at least 2 pipelines; the store has " + std::to_string(k));
  const Vector ranks = stats::average_ranks(m.scores, metric_order(metric));
  CdDiagram d;
  for (int j = 0; j < k; ++j) {
    d.names.push_back(pipeline_label(m.pipelines[static_cast<std::size_t>(j)]));
    d.ranks.push_back(ranks(j));
  }
  const bool nemenyi = options.test == CdTest::nemenyi;
  d.cd = stats::critical_difference(nemenyi ? stats::nemenyi_q(k, options.alpha) : stats::bonferroni_dunn_q(k, options.alpha),
                                    k, n);
  d.test = std::string(nemenyi ? "Nemenyi" : "Bonferroni-Dunn") + ", alpha = " + format_number(options.alpha, 2);
  d.title = "Test " + metric + " over " + std::to_string(n) + " data sets";
  if (!nemenyi) {
    if (options.control.empty()) throw Error("the Bonferroni-Dunn diagram needs a control pipeline (--control)");
    for (int j = 0; j < k; ++j)
      if (m.pipelines[static_cast<std::size_t>(j)] == options.control || d.names[static_cast<std::size_t>(j)] == options.control)
        d.control = j;
    if (d.control < 0) throw Error(unknown_name_message("control pipeline", options.control, d.names));
  }
  return d;
}

}  // namespace imbench::reports::figures
