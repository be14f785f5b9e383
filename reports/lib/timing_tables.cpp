#include "reports/lib/timing_tables.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/error.hpp"
#include "reports/lib/quantile.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports {
namespace {

const std::vector<std::string> kStageOrder = {"split", "resample", "weight", "fit", "predict", "metrics"};

Column number_column(std::string header, std::string group, std::string key, int decimals) {
  return Column{std::move(header), std::move(group), std::move(key), Align::Right, decimals};
}

// Known stages first, in the order a task runs them, then others alphabetically.
std::vector<std::string> stages_of(const std::vector<TaskResult>& results) {
  std::set<std::string> seen;
  for (const auto& r : results)
    for (const auto& [stage, _] : r.stage_seconds) seen.insert(stage);
  std::vector<std::string> stages;
  for (const auto& s : kStageOrder)
    if (seen.erase(s)) stages.push_back(s);
  stages.insert(stages.end(), seen.begin(), seen.end());
  return stages;
}

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// The fields of a Google Benchmark run that are not counters.
bool is_run_field(const std::string& key) {
  static const std::set<std::string> fields = {
      "name",        "family_index",   "per_family_instance_index", "run_name", "run_type", "repetitions",
      "repetition_index", "threads",   "iterations", "real_time", "cpu_time", "time_unit", "aggregate_name",
      "aggregate_unit", "error_occurred", "error_message", "label", "big_o", "rms"};
  return fields.count(key) > 0;
}

template <typename T>
T field(const nlohmann::json& run, const char* key, const std::string& where) {
  auto it = run.find(key);
  if (it == run.end()) throw Error(where + " has no \"" + key + "\"");
  try {
    return it->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw Error(where + ": \"" + key + "\" is not a " + (std::is_same_v<T, std::string> ? "string" : "number"));
  }
}

}  // namespace

Table timing_table(const std::vector<TaskResult>& results, const std::vector<std::string>& pipelines) {
  const std::vector<std::string> stages = stages_of(results);
  Table t;
  t.caption = "Wall time per stage and task in milliseconds: median (IQR) over successful tasks";
  t.label = "tab:timing";
  Column full{"Canonical pipeline", "", "pipeline"};
  full.csv_only = true;
  t.columns = {Column{"Pipeline", "", "label"}, number_column("Tasks", "", "tasks", 0)};
  std::vector<std::string> groups = stages;
  groups.push_back("total");
  for (const auto& g : groups) {
    t.columns.push_back(number_column("median", capitalized(g), g + " median ms", 3));
    t.columns.push_back(number_column("IQR", capitalized(g), g + " iqr ms", 3));
  }
  t.columns.push_back(full);

  for (const auto& pipeline : pipelines) {
    std::map<std::string, std::vector<double>> ms;  // stage -> milliseconds per task
    std::size_t tasks = 0;
    for (const auto& r : results) {
      if (r.pipeline != pipeline || r.status != "ok") continue;
      ++tasks;
      double total = 0;
      for (const auto& [stage, seconds] : r.stage_seconds) {
        ms[stage].push_back(1000 * seconds);
        total += seconds;
      }
      if (!r.stage_seconds.empty()) ms["total"].push_back(1000 * total);
    }
    std::vector<Cell> row{pipeline_label(pipeline), static_cast<double>(tasks)};
    for (const auto& g : groups) {
      auto it = ms.find(g);
      if (it == ms.end()) {
        row.insert(row.end(), {Cell{}, Cell{}});
        continue;
      }
      MedianIqr m = median_iqr(it->second);
      row.insert(row.end(), {m.median, m.iqr});
    }
    row.push_back(pipeline);
    t.add_row(std::move(row));
  }
  t.notes.push_back("IQR: 75th minus 25th percentile (linear interpolation, as numpy). Total: the sum of a task's "
                    "stages. Split: computing the fold's row indices; predict and metrics: on the training and the test fold.");
  return t;
}

Table benchmark_table(const std::string& json_text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error("benchmark JSON '" + source + "': " + e.what());
  }
  if (!doc.is_object() || !doc.contains("benchmarks") || !doc["benchmarks"].is_array())
    throw Error("benchmark JSON '" + source + "' has no \"benchmarks\" array; write it with --benchmark_format=json "
                "or --benchmark_out=FILE.json");
  const auto& runs = doc["benchmarks"];
  std::vector<std::string> counters;
  bool labels = false, errors = false;
  for (const auto& run : runs) {
    if (!run.is_object()) throw Error("benchmark JSON '" + source + "': an entry of \"benchmarks\" is not an object");
    for (const auto& [key, value] : run.items())
      if (!is_run_field(key) && value.is_number() &&
          std::find(counters.begin(), counters.end(), key) == counters.end())
        counters.push_back(key);
    labels = labels || run.contains("label");
    errors = errors || run.value("error_occurred", false);
  }

  Table t;
  t.caption = "Micro-benchmarks (Google Benchmark)";
  t.label = "tab:benchmarks";
  t.columns = {Column{"Benchmark", "", "name"}, number_column("Iterations", "", "iterations", 0),
               number_column("Real time", "", "real_time", 3), number_column("CPU time", "", "cpu_time", 3),
               Column{"Unit", "", "time_unit"}};
  for (const auto& c : counters) {
    Column column = number_column(c, "", c, 2);
    column.integral = true;
    t.columns.push_back(column);
  }
  if (labels) t.columns.push_back(Column{"Label", "", "label"});
  if (errors) t.columns.push_back(Column{"Error", "", "error_message"});

  for (std::size_t i = 0; i < runs.size(); ++i) {
    const auto& run = runs[i];
    const std::string where = "benchmark JSON '" + source + "', benchmark " + std::to_string(i + 1);
    std::vector<Cell> row{field<std::string>(run, "name", where)};
    const bool failed = run.value("error_occurred", false);
    // A benchmark that reported an error ran no timed iterations worth showing.
    if (failed) {
      row.insert(row.end(), {Cell{}, Cell{}, Cell{}, Cell{}});
    } else {
      row.push_back(field<double>(run, "iterations", where));
      row.push_back(field<double>(run, "real_time", where));
      row.push_back(field<double>(run, "cpu_time", where));
      row.push_back(field<std::string>(run, "time_unit", where));
    }
    for (const auto& c : counters) {
      auto it = run.find(c);
      row.push_back(it != run.end() && it->is_number() ? Cell{it->get<double>()} : Cell{});
    }
    if (labels) row.push_back(run.contains("label") ? Cell{field<std::string>(run, "label", where)} : Cell{});
    if (errors) row.push_back(failed ? Cell{run.value("error_message", std::string("error"))} : Cell{});
    t.add_row(std::move(row));
  }

  if (doc.contains("context") && doc["context"].is_object()) {
    const auto& c = doc["context"];
    std::string note = "Context:";
    auto add = [&](const char* key, const std::string& label) {
      if (!c.contains(key)) return;
      const auto& v = c[key];
      note += " " + label + " " + (v.is_string() ? v.get<std::string>() : v.dump()) + ";";
    };
    add("date", "date");
    add("host_name", "host");
    add("executable", "executable");
    add("num_cpus", "CPUs");
    add("mhz_per_cpu", "MHz per CPU");
    add("library_build_type", "benchmark library build");
    if (note.back() == ';') note.back() = '.';
    if (note != "Context:") t.notes.push_back(note);
  }
  t.notes.push_back("Times per iteration in the unit shown; counters as the benchmark reports them (per_second ones are rates).");
  return t;
}

}  // namespace imbench::reports
