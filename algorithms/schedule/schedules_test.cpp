#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "algorithms/schedule/dynamic_sampling/dynamic_sampling.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "core/schedule.hpp"

using namespace imbench;

namespace {

std::unique_ptr<Schedule> make_schedule(const std::string& spec) {
  return Registry::instance().build<Schedule>(Kind::Schedule, parse_spec(spec)).plugin;
}

// Labels 0..2 with 60, 30 and 10 rows, interleaved.
Labels three_classes() {
  Labels y;
  for (int i = 0; i < 100; ++i) y.push_back(i % 10 == 0 ? 2 : (i % 10 < 4 ? 1 : 0));
  return y;
}

std::vector<std::size_t> counts_of(const Indices& rows, const Labels& y, int n_classes) {
  std::vector<std::size_t> counts(static_cast<std::size_t>(n_classes), 0);
  for (std::size_t r : rows) ++counts[static_cast<std::size_t>(y[r])];
  return counts;
}

std::size_t distinct(const Indices& rows) { return std::set<std::size_t>(rows.begin(), rows.end()).size(); }

}  // namespace

TEST_CASE("schedule none: every epoch the rows as they are") {
  auto schedule = make_schedule("none");
  const Labels y = three_classes();
  schedule->start(y, 3, 10);
  RandomStream rng = RandomStream::keyed(1);
  const EpochRows rows = schedule->epoch_rows(4, rng);
  CHECK(rows.rows.size() == 100);
  CHECK(distinct(rows.rows) == 100);
  CHECK_FALSE(schedule->needs_validation());
}

TEST_CASE("dynamic_sampling: class counts follow (1 - F1_c) / sum_j (1 - F1_j) * N after every epoch") {
  const Labels y = three_classes();
  auto schedule = make_schedule("dynamic_sampling");
  CHECK(schedule->needs_validation());
  schedule->start(y, 3, 10);
  RandomStream rng = RandomStream::keyed(2);
  // No F1 yet: the first epoch trains on the rows as they are.
  CHECK(counts_of(schedule->epoch_rows(0, rng).rows, y, 3) == std::vector<std::size_t>{60, 30, 10});

  struct Step {
    std::vector<double> f1;
    std::vector<std::size_t> expected;
  };
  // 1 - F1 = {0.1, 0.4, 0.5}: shares 0.1, 0.4, 0.5 of 100 rows; then {0.2, 0.2, 0.6} -> {20, 20, 60};
  // then all perfect: equal thirds, rounded.
  for (const Step& step : {Step{{0.9, 0.6, 0.5}, {10, 40, 50}}, Step{{0.9, 0.9, 0.7}, {20, 20, 60}},
                           Step{{1.0, 1.0, 1.0}, {33, 33, 33}}, Step{{0.0, 1.0, 1.0}, {100, 0, 0}}}) {
    schedule->end_epoch({0, 0.5, step.f1});
    const Indices rows = schedule->epoch_rows(1, rng).rows;
    const std::vector<std::size_t> counts = counts_of(rows, y, 3);
    CHECK(counts == step.expected);
    // Under-sampled classes draw distinct rows; over-sampled ones keep every row and add copies.
    for (int c = 0; c < 3; ++c) {
      Indices of_class;
      for (std::size_t r : rows)
        if (y[r] == c) of_class.push_back(r);
      const std::size_t size = c == 0 ? 60 : (c == 1 ? 30 : 10);
      CHECK(distinct(of_class) == std::min(size, of_class.size()));
    }
  }
  CHECK_THROWS_WITH_AS(schedule->end_epoch({0, 0.5, {0.5, 0.5}}), doctest::Contains("2 per-class F1"), Error);
}

TEST_CASE("dynamic_sampling: budget scales the epoch; a class without rows takes no share") {
  auto schedule = make_schedule("dynamic_sampling:budget=2");
  Labels y = {0, 0, 0, 0, 2, 2};  // class 1 absent
  schedule->start(y, 3, 5);
  schedule->end_epoch({0, 1.0, {0.5, 0.0, 0.75}});
  // Shares of (0.5, 0.25) over 12 rows.
  auto& dynamic = dynamic_cast<DynamicSampling&>(*schedule);
  CHECK(dynamic.next_counts() == std::vector<std::size_t>{8, 0, 4});
  RandomStream rng = RandomStream::keyed(3);
  CHECK(counts_of(schedule->epoch_rows(1, rng).rows, y, 3) == std::vector<std::size_t>{8, 0, 4});
  CHECK_THROWS_WITH_AS(make_schedule("dynamic_sampling:budget=0"), doctest::Contains("budget"), Error);
}

TEST_CASE("two_phase: a fixed balanced resample for pretrain_epochs, then the original rows") {
  const Labels y = three_classes();
  for (const std::string sampling : {"under", "over"}) {
    CAPTURE(sampling);
    auto schedule = make_schedule("two_phase:pretrain_epochs=2,sampling=" + sampling);
    schedule->start(y, 3, 10);
    RandomStream rng = RandomStream::keyed(4);
    const EpochRows first = schedule->epoch_rows(0, rng), second = schedule->epoch_rows(1, rng);
    const std::size_t size = sampling == "under" ? 10 : 60;
    CHECK(counts_of(first.rows, y, 3) == std::vector<std::size_t>{size, size, size});
    CHECK(first.rows == second.rows);
    CHECK_FALSE(second.new_phase);
    const EpochRows fine = schedule->epoch_rows(2, rng), later = schedule->epoch_rows(3, rng);
    CHECK(counts_of(fine.rows, y, 3) == std::vector<std::size_t>{60, 30, 10});
    CHECK(fine.new_phase);
    CHECK_FALSE(later.new_phase);
  }
  CHECK_THROWS_WITH_AS(make_schedule("two_phase:pretrain_epochs=-1"), doctest::Contains("pretrain_epochs"), Error);
}
