#include "bench/engine/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <ostream>

namespace imbench {
namespace {
constexpr double kTerminalInterval = 0.2;  // seconds between redraws
constexpr double kLogInterval = 5.0;       // seconds between log lines
}  // namespace

Progress::Style Progress::style_for_stderr(bool quiet) {
  if (quiet) return Style::Quiet;
  return isatty(STDERR_FILENO) ? Style::Terminal : Style::Log;
}

Progress::Progress(std::size_t total, Style style, std::ostream& out) : total_(total), style_(style), out_(out) {}

double Progress::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::string Progress::clock_text(double seconds) {
  long long s = std::llround(std::max(0.0, seconds));
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%02lld:%02lld", s / 60, s % 60);
  return text;
}

std::string Progress::line(std::size_t done, std::size_t total, std::size_t failed, double elapsed) {
  std::string s = "tasks " + std::to_string(done) + "/" + std::to_string(total) + ", " + std::to_string(failed) +
                  " failed, " + clock_text(elapsed) + " elapsed";
  if (done > 0 && done < total)
    s += ", ETA " + clock_text(elapsed / static_cast<double>(done) * static_cast<double>(total - done));
  return s;
}

void Progress::task_done(bool ok) {
  ++done_;
  if (!ok) ++failed_;
  if (style_ == Style::Quiet) return;
  auto now = std::chrono::steady_clock::now();
  double since = std::chrono::duration<double>(now - last_shown_).count();
  if (style_ == Style::Terminal) {
    if (since >= kTerminalInterval || done_ == total_) show();
    return;
  }
  std::size_t step = total_ == 0 ? 10 : done_ * 10 / total_;
  if (since >= kLogInterval || step > last_step_) {
    last_step_ = step;
    show();
  }
}

void Progress::show() {
  last_shown_ = std::chrono::steady_clock::now();
  std::string text = line(done_, total_, failed_, elapsed_seconds());
  if (style_ == Style::Terminal)
    out_ << "\r" << text << "\033[K" << std::flush;  // \033[K clears what a longer line left behind
  else
    out_ << text << "\n" << std::flush;
}

void Progress::finish() {
  if (style_ == Style::Terminal && done_ > 0) out_ << "\n" << std::flush;
}

}  // namespace imbench
