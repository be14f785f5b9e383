#include "reports/lib/long_results.hpp"

#include <cmath>

namespace imbench::reports {

Table long_results_table(const std::vector<TaskResult>& results) {
  Table t;
  t.caption = "Results in long format";
  t.label = "tab:results_long";
  for (const char* name : {"dataset", "pipeline", "cv", "seed", "repeat", "fold", "split", "metric", "value", "status",
                           "error"})
    t.columns.push_back(Column{name, "", ""});
  for (const TaskResult& r : results) {
    // The seed can exceed a double's exact range; its decimal text cannot lose digits.
    std::vector<Cell> task{r.dataset, r.pipeline, r.cv, std::to_string(r.seed), static_cast<double>(r.repeat),
                           static_cast<double>(r.fold)};
    auto add = [&](Cell split, Cell metric, Cell value) {
      std::vector<Cell> row = task;
      row.insert(row.end(), {std::move(split), std::move(metric), std::move(value), r.status, r.error});
      t.add_row(std::move(row));
    };
    if (r.status != "ok") {
      add(Cell{}, Cell{}, Cell{});
      continue;
    }
    for (const auto* split : {&r.train_metrics, &r.test_metrics})
      for (const auto& [metric, value] : *split)
        add(std::string(split == &r.train_metrics ? "train" : "test"), metric,
            std::isnan(value) ? Cell{} : Cell{value});
  }
  return t;
}

}  // namespace imbench::reports
