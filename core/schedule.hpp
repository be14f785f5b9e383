// The interface of training-schedule plugins (Kind::Schedule): models that
// train in epochs (Capabilities::epochs, e.g. mlp) ask the schedule before
// every epoch which training rows to use, and tell it afterwards how the
// epoch went, so it can change the class mix between epochs (dynamic
// sampling, two-phase learning).
#pragma once

#include <vector>

#include "core/plugin.hpp"

namespace imbench {

// What the model knows after an epoch.
struct EpochReport {
  int epoch = 0;                   // 0-based
  double training_loss = 0.0;      // mean loss over the epoch's rows
  std::vector<double> class_f1;    // per class on the validation split; empty without one
};

// The rows of one epoch.
struct EpochRows {
  Indices rows;            // positions into the training labels given to start(); repeats allowed
  bool new_phase = false;  // the data changed in kind: the model restarts its convergence bookkeeping
};

class Schedule : public Plugin {
 public:
  // Called once before the first epoch with the rows the model trains on
  // (the validation split already held out) and its epoch budget.
  virtual void start(const Labels& y, int n_classes, int max_epochs) = 0;
  // The rows for epoch `epoch`; all randomness comes from `rng`.
  virtual EpochRows epoch_rows(int epoch, RandomStream& rng) = 0;
  // True when end_epoch needs class_f1: the model then holds out a validation split.
  virtual bool needs_validation() const { return false; }
  virtual void end_epoch(const EpochReport& report) { (void)report; }
};

}  // namespace imbench
