// The edited-nearest-neighbours pass (Wilson 1972) shared by enn, renn and
// all_knn, with imbalanced-learn 0.10's conventions
// (imblearn/under_sampling/_prototype_selection/_edited_nearest_neighbours.py).
#pragma once

#include <string>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"
#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench {

// kind_sel: keep a row when all k neighbours share its class, or when their
// most common class (ties to the lower class) is its class.
enum class NeighbourVote { All, Mode };

NeighbourVote parse_vote(const std::string& kind_sel);
ParamSchema& add_kind_sel(ParamSchema& schema);

// True when query `query`'s neighbours in `nn` (rows of y) vote for class
// `own` under `vote`; `tally` is scratch space of n_classes counts.
bool survives(const NeighbourLists& nn, std::size_t query, const Labels& y, int own, int n_classes,
              NeighbourVote vote, std::vector<std::size_t>& tally);

// One pass over (X, y): the rows that survive, grouped by class in class
// order, ascending within a class. A row of a targeted class survives when
// its k nearest other rows (all of X, any class) vote for its class;
// untargeted classes survive whole. `owner` names the plugin in errors.
Indices edit_once(const Matrix& X, const Labels& y, int n_classes, const ClassTargets& targets, std::size_t k,
                  NeighbourVote vote, const std::string& owner);

// The minority as collections.Counter picks it (imblearn's RENN, AllKNN and
// NearMiss do): the smallest count, ties going to the class that appears
// first in y (not to the lower class index as in sampling_strategy).
// -1 when y is empty.
int first_seen_minority(const Labels& y, int n_classes);

// The stopping rules of imblearn's RENN and AllKNN, which compare each pass
// with the original labels and their first_seen_minority.
class EditingStop {
 public:
  EditingStop(const Labels& original_y, int n_classes);

  // Some class other than the original minority now has fewer rows than
  // the original minority had.
  bool minority_overtaken(const Labels& y) const;
  // Fewer classes are present than at the start.
  bool class_vanished(const Labels& y) const;

 private:
  int n_classes_;
  int minority_;
  std::size_t minority_count_;
  std::size_t n_present_;
};

}  // namespace imbench
