#include "bench/engine/result_store.hpp"

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <sstream>

#include "core/error.hpp"

namespace imbench {
namespace {

constexpr const char* kFormat = "imbench-results";
constexpr int kSchemaVersion = 1;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  run_id TEXT PRIMARY KEY, imbench_version TEXT, git_revision TEXT, compiler TEXT, build_flags TEXT,
  libraries TEXT, host TEXT, threads INTEGER, seed INTEGER, started_at TEXT, finished_at TEXT,
  command_line TEXT, experiment TEXT, cpu TEXT);
CREATE TABLE IF NOT EXISTS results (
  task_key TEXT PRIMARY KEY, run_id TEXT, dataset TEXT NOT NULL, dataset_hash TEXT NOT NULL,
  pipeline TEXT NOT NULL, cv TEXT NOT NULL, seed INTEGER NOT NULL, repeat INTEGER NOT NULL,
  fold INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok', 'failed')), error TEXT,
  n_train INTEGER, n_test INTEGER, n_train_resampled INTEGER, n_synthetic INTEGER,
  peak_memory_bytes INTEGER, dataset_samples INTEGER, dataset_features INTEGER, minority_percent REAL);
CREATE TABLE IF NOT EXISTS metrics (
  task_key TEXT NOT NULL, split TEXT NOT NULL CHECK (split IN ('train', 'test')), metric TEXT NOT NULL,
  value REAL, PRIMARY KEY (task_key, split, metric)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stage_times (
  task_key TEXT NOT NULL, stage TEXT NOT NULL, seconds REAL NOT NULL,
  PRIMARY KEY (task_key, stage)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS predictions (
  task_key TEXT PRIMARY KEY, n_classes INTEGER NOT NULL, positive_class INTEGER NOT NULL,
  row_index BLOB NOT NULL, label BLOB NOT NULL, proba BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS results_order ON results (dataset, pipeline, repeat, fold);
)sql";

[[noreturn]] void fail(sqlite3* db, const std::string& path, const std::string& doing) {
  throw Error("result store '" + path + "': " + doing + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

// A prepared statement that binds by position and steps through rows.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, path, "preparing a query");
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, const std::string& v) {
    check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind_blob(int i, const std::string& bytes) {
    check(sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int i, long long v) {
    check(sqlite3_bind_int64(stmt_, i, v));
    return *this;
  }
  // NaN (an undefined metric) is stored as NULL and read back as NaN.
  Statement& bind_real(int i, double v) {
    check(std::isnan(v) ? sqlite3_bind_null(stmt_, i) : sqlite3_bind_double(stmt_, i, v));
    return *this;
  }
  bool step() {  // true while a row is available
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail(db_, path_, "running a query");
    return false;
  }
  void run_and_reset() {
    step();
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::string blob(int col) const {
    const void* b = sqlite3_column_blob(stmt_, col);
    return b ? std::string(static_cast<const char*>(b), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  long long integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(stmt_, col);
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(db_, path_, "binding a value");
  }
  sqlite3* db_;
  const std::string& path_;
  sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const std::string& path, const char* sql, const std::string& doing) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, path, doing);
}

bool has_table(sqlite3* db, const std::string& path, const char* table) {
  Statement s(db, path, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  s.bind(1, std::string(table));
  return s.step();
}

// Stores written before a column was added get it (empty for their old rows).
void add_missing_columns(sqlite3* db, const std::string& path) {
  Statement columns(db, path, "SELECT 1 FROM pragma_table_info('runs') WHERE name = 'cpu'");
  if (!columns.step()) exec(db, path, "ALTER TABLE runs ADD COLUMN cpu TEXT", "adding the runs.cpu column");
}

// Throws unless the database is an imbench store this code can read.
void check_format(sqlite3* db, const std::string& path) {
  if (!has_table(db, path, "meta"))
    throw Error("'" + path + "' is not an imbench result store (it has no 'meta' table)");
  Statement s(db, path, "SELECT key, value FROM meta");
  std::map<std::string, std::string> meta;
  while (s.step()) meta[s.text(0)] = s.text(1);
  if (meta["format"] != kFormat) throw Error("'" + path + "' is not an imbench result store (format '" + meta["format"] + "')");
  if (std::stoi(meta["schema_version"].empty() ? "0" : meta["schema_version"]) > kSchemaVersion)
    throw Error("result store '" + path + "' has schema version " + meta["schema_version"] +
                ", newer than this imbench understands (" + std::to_string(kSchemaVersion) + ")");
}

std::string libraries_text(const std::map<std::string, std::string>& libraries) {
  std::string s;
  for (const auto& [name, version] : libraries) s += name + "=" + version + "\n";
  return s;
}

std::map<std::string, std::string> libraries_from_text(const std::string& text) {
  std::map<std::string, std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq != std::string::npos) out[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return out;
}

sqlite3* open_handle(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw Error("cannot open result store '" + path + "': " + message);
  }
  sqlite3_busy_timeout(db, 10000);
  return db;
}

}  // namespace

void ResultStore::Closer::operator()(sqlite3* db) const { sqlite3_close(db); }

ResultStore::ResultStore(std::string path, sqlite3* db)
    : path_(std::move(path)), db_(db), mutex_(std::make_unique<std::mutex>()) {}
ResultStore::ResultStore(ResultStore&&) noexcept = default;
ResultStore& ResultStore::operator=(ResultStore&&) noexcept = default;
ResultStore::~ResultStore() = default;

ResultStore ResultStore::open(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  ResultStore store(path, open_handle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite3* db = store.db_.get();
  bool fresh = !has_table(db, path, "meta");
  if (fresh && has_table(db, path, "results"))
    throw Error("'" + path + "' is a database but not an imbench result store");
  {
    Statement mode(db, path, "PRAGMA journal_mode = WAL");
    if (!mode.step() || mode.text(0) != "wal") fail(db, path, "switching to WAL mode");
  }
  // NORMAL keeps every committed task through a process crash; only a power
  // cut may lose the last few, and never leaves a half-written task.
  exec(db, path, "PRAGMA synchronous = NORMAL", "setting synchronous mode");
  exec(db, path, "BEGIN IMMEDIATE", "starting the schema transaction");
  exec(db, path, kSchema, "creating the tables");
  add_missing_columns(db, path);
  if (fresh) {
    Statement meta(db, path, "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)");
    meta.bind(1, std::string("format")).bind(2, std::string(kFormat)).run_and_reset();
    meta.bind(1, std::string("schema_version")).bind(2, std::to_string(kSchemaVersion)).run_and_reset();
  }
  exec(db, path, "COMMIT", "creating the tables");
  check_format(db, path);
  return store;
}

ResultStore ResultStore::open_existing(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) throw Error("result store '" + path + "' does not exist");
  ResultStore store(path, open_handle(path, SQLITE_OPEN_READWRITE));
  check_format(store.db_.get(), path);
  add_missing_columns(store.db_.get(), path);
  return store;
}

void ResultStore::record_run(const RunInfo& info) {
  std::lock_guard lock(*mutex_);
  Statement s(db_.get(), path_,
              "INSERT OR REPLACE INTO runs (run_id, imbench_version, git_revision, compiler, build_flags, libraries, "
              "host, threads, seed, started_at, finished_at, command_line, experiment, cpu) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, info.run_id).bind(2, info.imbench_version).bind(3, info.git_revision).bind(4, info.compiler);
  s.bind(5, info.build_flags).bind(6, libraries_text(info.libraries)).bind(7, info.host);
  s.bind(8, static_cast<long long>(info.threads)).bind(9, static_cast<long long>(info.seed));
  s.bind(10, info.started_at).bind(11, info.finished_at).bind(12, info.command_line).bind(13, info.experiment);
  s.bind(14, info.cpu);
  s.step();
}

void ResultStore::record(const TaskResult& r) {
  std::lock_guard lock(*mutex_);
  sqlite3* db = db_.get();
  exec(db, path_, "BEGIN IMMEDIATE", "starting a task transaction");
  try {
    for (const char* sql : {"DELETE FROM metrics WHERE task_key = ?", "DELETE FROM stage_times WHERE task_key = ?",
                            "DELETE FROM predictions WHERE task_key = ?"}) {
      Statement del(db, path_, sql);
      del.bind(1, r.task_key).step();
    }
    Statement s(db, path_,
                "INSERT OR REPLACE INTO results (task_key, run_id, dataset, dataset_hash, pipeline, cv, seed, repeat, "
                "fold, status, error, n_train, n_test, n_train_resampled, n_synthetic, peak_memory_bytes, "
                "dataset_samples, dataset_features, minority_percent) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, r.task_key).bind(2, r.run_id).bind(3, r.dataset).bind(4, r.dataset_hash).bind(5, r.pipeline);
    s.bind(6, r.cv).bind(7, static_cast<long long>(r.seed)).bind(8, static_cast<long long>(r.repeat));
    s.bind(9, static_cast<long long>(r.fold)).bind(10, r.status).bind(11, r.error);
    s.bind(12, static_cast<long long>(r.n_train)).bind(13, static_cast<long long>(r.n_test));
    s.bind(14, static_cast<long long>(r.n_train_resampled)).bind(15, static_cast<long long>(r.n_synthetic));
    s.bind(16, static_cast<long long>(r.peak_memory_bytes)).bind(17, static_cast<long long>(r.dataset_samples));
    s.bind(18, static_cast<long long>(r.dataset_features)).bind_real(19, r.minority_percent);
    s.step();
    Statement m(db, path_, "INSERT INTO metrics (task_key, split, metric, value) VALUES (?, ?, ?, ?)");
    for (const auto* split : {&r.train_metrics, &r.test_metrics})
      for (const auto& [name, value] : *split)
        m.bind(1, r.task_key).bind(2, std::string(split == &r.train_metrics ? "train" : "test")).bind(3, name)
            .bind_real(4, value).run_and_reset();
    Statement t(db, path_, "INSERT INTO stage_times (task_key, stage, seconds) VALUES (?, ?, ?)");
    for (const auto& [stage, seconds] : r.stage_seconds)
      t.bind(1, r.task_key).bind(2, stage).bind_real(3, seconds).run_and_reset();
    if (!r.test_predictions.empty()) {
      const TaskPredictions& p = r.test_predictions;
      Statement s(db, path_,
                  "INSERT INTO predictions (task_key, n_classes, positive_class, row_index, label, proba) "
                  "VALUES (?, ?, ?, ?, ?, ?)");
      s.bind(1, r.task_key).bind(2, static_cast<long long>(p.n_classes)).bind(3, static_cast<long long>(p.positive_class));
      s.bind_blob(4, encode_int64(p.rows)).bind_blob(5, encode_int32(p.labels)).bind_blob(6, encode_float64(p.proba));
      s.step();
    }
    exec(db, path_, "COMMIT", "committing a task");
  } catch (...) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

std::set<std::string> ResultStore::finished_keys() const {
  std::lock_guard lock(*mutex_);
  std::set<std::string> keys;
  Statement s(db_.get(), path_, "SELECT task_key FROM results");
  while (s.step()) keys.insert(s.text(0));
  return keys;
}

std::set<std::string> ResultStore::failed_keys() const {
  std::lock_guard lock(*mutex_);
  std::set<std::string> keys;
  Statement s(db_.get(), path_, "SELECT task_key FROM results WHERE status = 'failed'");
  while (s.step()) keys.insert(s.text(0));
  return keys;
}

std::vector<TaskResult> ResultStore::load_results() const {
  std::lock_guard lock(*mutex_);
  sqlite3* db = db_.get();
  // One read transaction, so a concurrent writer cannot slip a task in
  // between reading the results and their metrics.
  exec(db, path_, "BEGIN", "starting a read");
  std::vector<TaskResult> results;
  try {
    std::map<std::string, std::size_t> index;
    Statement s(db, path_,
                "SELECT task_key, run_id, dataset, dataset_hash, pipeline, cv, seed, repeat, fold, status, error, "
                "n_train, n_test, n_train_resampled, n_synthetic, peak_memory_bytes, dataset_samples, "
                "dataset_features, minority_percent FROM results ORDER BY dataset, pipeline, repeat, fold, task_key");
    while (s.step()) {
      TaskResult r;
      r.task_key = s.text(0), r.run_id = s.text(1), r.dataset = s.text(2), r.dataset_hash = s.text(3);
      r.pipeline = s.text(4), r.cv = s.text(5), r.seed = static_cast<std::uint64_t>(s.integer(6));
      r.repeat = static_cast<int>(s.integer(7)), r.fold = static_cast<int>(s.integer(8));
      r.status = s.text(9), r.error = s.text(10);
      r.n_train = static_cast<std::size_t>(s.integer(11)), r.n_test = static_cast<std::size_t>(s.integer(12));
      r.n_train_resampled = static_cast<std::size_t>(s.integer(13));
      r.n_synthetic = static_cast<std::size_t>(s.integer(14));
      r.peak_memory_bytes = static_cast<std::size_t>(s.integer(15));
      r.dataset_samples = static_cast<std::size_t>(s.integer(16));
      r.dataset_features = static_cast<std::size_t>(s.integer(17));
      r.minority_percent = s.real(18);
      index[r.task_key] = results.size();
      results.push_back(std::move(r));
    }
    Statement m(db, path_, "SELECT task_key, split, metric, value FROM metrics");
    while (m.step()) {
      auto it = index.find(m.text(0));
      if (it == index.end()) continue;
      TaskResult& r = results[it->second];
      (m.text(1) == "train" ? r.train_metrics : r.test_metrics)[m.text(2)] = m.real(3);
    }
    Statement t(db, path_, "SELECT task_key, stage, seconds FROM stage_times");
    while (t.step()) {
      auto it = index.find(t.text(0));
      if (it != index.end()) results[it->second].stage_seconds[t.text(1)] = t.real(2);
    }
  } catch (...) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec(db, path_, "COMMIT", "ending a read");
  return results;
}

std::map<std::string, TaskPredictions> ResultStore::load_predictions(const std::string& dataset) const {
  std::lock_guard lock(*mutex_);
  std::map<std::string, TaskPredictions> out;
  if (!has_table(db_.get(), path_, "predictions")) return out;  // a store from before the table existed
  Statement s(db_.get(), path_,
              "SELECT p.task_key, p.n_classes, p.positive_class, p.row_index, p.label, p.proba FROM predictions p "
              "JOIN results r USING (task_key) WHERE ? = '' OR r.dataset = ?");
  s.bind(1, dataset).bind(2, dataset);
  while (s.step()) {
    const std::string key = s.text(0);
    const std::string where = "result store '" + path_ + "': predictions of task " + key;
    TaskPredictions p;
    p.n_classes = static_cast<int>(s.integer(1));
    p.positive_class = static_cast<int>(s.integer(2));
    p.rows = decode_int64(s.blob(3), where + " (row_index)");
    p.labels = decode_int32(s.blob(4), where + " (label)");
    p.proba = decode_float64(s.blob(5), where + " (proba)");
    if (p.n_classes < 1 || p.labels.size() != p.rows.size() ||
        p.proba.size() != p.rows.size() * static_cast<std::size_t>(p.n_classes))
      throw Error(where + ": " + std::to_string(p.rows.size()) + " rows, " + std::to_string(p.labels.size()) +
                  " labels and " + std::to_string(p.proba.size()) + " probabilities do not fit " +
                  std::to_string(p.n_classes) + " classes");
    out.emplace(key, std::move(p));
  }
  return out;
}

std::vector<RunInfo> ResultStore::load_runs() const {
  std::lock_guard lock(*mutex_);
  std::vector<RunInfo> runs;
  Statement s(db_.get(), path_,
              "SELECT run_id, imbench_version, git_revision, compiler, build_flags, libraries, host, threads, seed, "
              "started_at, finished_at, command_line, experiment, cpu FROM runs ORDER BY started_at, run_id");
  while (s.step()) {
    RunInfo r;
    r.run_id = s.text(0), r.imbench_version = s.text(1), r.git_revision = s.text(2), r.compiler = s.text(3);
    r.build_flags = s.text(4), r.libraries = libraries_from_text(s.text(5)), r.host = s.text(6);
    r.threads = static_cast<int>(s.integer(7)), r.seed = static_cast<std::uint64_t>(s.integer(8));
    r.started_at = s.text(9), r.finished_at = s.text(10), r.command_line = s.text(11), r.experiment = s.text(12);
    r.cpu = s.text(13);
    runs.push_back(std::move(r));
  }
  return runs;
}

}  // namespace imbench
