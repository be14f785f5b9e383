// The result store: one SQLite database per experiment (schema in
// bench/engine/README.md). WAL journal and one transaction per task, so a
// killed run loses nothing it had finished and a new run resumes from there.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "bench/engine/run_info.hpp"
#include "bench/engine/task_result.hpp"

struct sqlite3;

namespace imbench {

class ResultStore {
 public:
  static ResultStore open(const std::string& path);           // create or open for writing (WAL mode)
  static ResultStore open_existing(const std::string& path);  // Error if missing or not an imbench store

  ResultStore(ResultStore&&) noexcept;
  ResultStore& operator=(ResultStore&&) noexcept;
  ~ResultStore();

  // Inserts or updates (same run_id) the provenance of one `imbench run`.
  void record_run(const RunInfo& info);
  // Writes one task in its own transaction, replacing an earlier result with
  // the same key (a retried failure). Safe to call from several threads.
  void record(const TaskResult& result);

  std::set<std::string> finished_keys() const;  // tasks already done, ok or failed
  std::set<std::string> failed_keys() const;    // the failed ones among them
  std::vector<TaskResult> load_results() const;  // ordered by dataset, pipeline, repeat, fold
  std::vector<RunInfo> load_runs() const;        // in start order
  // Stored test-fold predictions by task key, of one data set or (empty name)
  // of all; empty for a store written without --store-predictions, including
  // stores made before the predictions table existed.
  std::map<std::string, TaskPredictions> load_predictions(const std::string& dataset = "") const;

  const std::string& path() const { return path_; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  ResultStore(std::string path, sqlite3* db);

  std::string path_;
  std::unique_ptr<sqlite3, Closer> db_;
  std::unique_ptr<std::mutex> mutex_;  // one statement sequence at a time on the connection
};

}  // namespace imbench
