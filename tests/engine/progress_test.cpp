#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "bench/engine/progress.hpp"

using namespace imbench;

TEST_CASE("the progress line shows counts, elapsed time and an estimate") {
  CHECK(Progress::line(37, 120, 1, 42) == "tasks 37/120, 1 failed, 00:42 elapsed, ETA 01:34");
  CHECK(Progress::line(0, 10, 0, 3) == "tasks 0/10, 0 failed, 00:03 elapsed");
  CHECK(Progress::line(10, 10, 2, 61) == "tasks 10/10, 2 failed, 01:01 elapsed");
  CHECK(Progress::clock_text(3723) == "1:02:03");
}

TEST_CASE("in logs a line is written per tenth of the tasks; quiet writes nothing") {
  std::ostringstream log;
  Progress p(40, Progress::Style::Log, log);
  for (int i = 0; i < 40; ++i) p.task_done(i != 5);
  p.finish();
  std::string text = log.str();
  CHECK(std::count(text.begin(), text.end(), '\n') == 10);
  CHECK(text.find("tasks 4/40, 0 failed") != std::string::npos);
  CHECK(text.find("tasks 40/40, 1 failed") != std::string::npos);
  CHECK(text.find('\r') == std::string::npos);
  CHECK(p.failed() == 1);

  std::ostringstream none;
  Progress q(5, Progress::Style::Quiet, none);
  for (int i = 0; i < 5; ++i) q.task_done(true);
  q.finish();
  CHECK(none.str().empty());
}

TEST_CASE("on a terminal the line is redrawn in place and ended once") {
  std::ostringstream term;
  Progress p(3, Progress::Style::Terminal, term);
  for (int i = 0; i < 3; ++i) p.task_done(true);
  p.finish();
  std::string text = term.str();
  CHECK(text.rfind("\rtasks 3/3, 0 failed") != std::string::npos);
  CHECK(text.back() == '\n');
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);
}
