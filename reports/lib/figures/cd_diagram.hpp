// Critical-difference diagrams (Demsar 2006, figures 1 and 2): methods on an
// average-rank axis, names on both sides with leader lines, and either thick
// bars joining the groups that are not significantly different (Nemenyi) or
// the critical interval around a control method (Bonferroni-Dunn).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "reports/lib/aggregate.hpp"
#include "reports/lib/figures/plot.hpp"
#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

struct CdDiagram {
  std::vector<std::string> names;  // one per method
  std::vector<double> ranks;       // average rank of each method, 1 = best
  double cd = 0;                   // critical difference, in ranks
  std::string test = "Nemenyi";    // named beside the CD bar
  int control = -1;                // index into names: draw its critical interval instead of groups
  std::string title;               // above the diagram; may be empty
};

// Maximal groups of methods whose average ranks differ by less than `cd`
// (Demsar: two methods differ when their ranks differ by at least CD). Each
// group lists method indices in rank order; only groups of 2 or more.
std::vector<std::vector<std::size_t>> cd_cliques(const std::vector<double>& ranks, double cd);

// Where the diagram puts things; cd_diagram draws from it.
struct CdLayout {
  double width = 0, height = 0;
  double axis_y = 0;
  LinearScale rank_to_x;  // rank 1 at the left end of the axis, rank k at the right
  std::vector<std::vector<std::size_t>> cliques;  // empty with a control
};
// Throws imbench::Error when names and ranks differ in size, there are fewer
// than two methods, a rank is outside [1, k], cd is negative or the control is out of range.
CdLayout cd_layout(const CdDiagram& diagram);

Svg cd_diagram(const CdDiagram& diagram);

// Building one from a result store's aggregate.
enum class CdTest { nemenyi, bonferroni_dunn };
struct CdOptions {
  std::string metric;  // a metric spec, canonicalised through the registry
  double alpha = 0.05;
  CdTest test = CdTest::nemenyi;
  std::string control;  // Bonferroni-Dunn: a canonical pipeline, or its short label as reports show it
};
// Test-fold means per (data set, pipeline) through score_matrix, average ranks
// with the metric's direction, and the chosen critical difference. Errors name
// an unknown control and list the candidates.
CdDiagram cd_diagram_from(const Aggregate& aggregate, const CdOptions& options);

}  // namespace imbench::reports::figures
