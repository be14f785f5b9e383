// Progress of a run on stderr. On a terminal, one line rewritten in place;
// otherwise (CI logs, pipes) a plain line every few seconds or 10 % of tasks.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace imbench {

class Progress {
 public:
  enum class Style { Terminal, Log, Quiet };
  // Terminal when stderr is a terminal, Log otherwise; Quiet when asked.
  static Style style_for_stderr(bool quiet);

  Progress(std::size_t total, Style style, std::ostream& out);
  // Called once per finished task, by one thread at a time.
  void task_done(bool ok);
  // Ends the in-place line so later output starts on a fresh line.
  void finish();

  std::size_t done() const { return done_; }
  std::size_t failed() const { return failed_; }
  double elapsed_seconds() const;

  // "tasks 37/120, 1 failed, 00:42 elapsed, ETA 01:10"
  static std::string line(std::size_t done, std::size_t total, std::size_t failed, double elapsed_seconds);
  // "00:42", or "1:02:03" from an hour on.
  static std::string clock_text(double seconds);

 private:
  void show();

  std::size_t total_;
  Style style_;
  std::ostream& out_;
  std::size_t done_ = 0, failed_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_shown_ = start_;
  std::size_t last_step_ = 0;  // tenths of the plan reported in Log style
};

}  // namespace imbench
