#include <doctest/doctest.h>

#include "algorithms/regression/plugins/shared/relevance_params.hpp"
#include "algorithms/regression/test_data.hpp"
#include "core/error.hpp"

using namespace imbench;
using namespace imbench::regression;

namespace {

ParamSchema schema(Threshold threshold) {
  ParamSchema s;
  add_relevance_params(s, threshold);
  return s;
}

RelevanceParams relevance(const std::map<std::string, std::string>& given) {
  return RelevanceParams(resolve_params(schema(Threshold::With), given, "probe"), "probe");
}

}  // namespace

TEST_CASE("relevance parameters: UBL's names and defaults") {
  const Params defaults = resolve_params(schema(Threshold::With), {}, "probe");
  CHECK(defaults.values() == std::map<std::string, std::string>{{"coef", "1.5"},
                                                                {"control_pts", "none"},
                                                                {"extr_type", "both"},
                                                                {"method", "extremes"},
                                                                {"thr_rel", "0.5"}});
  CHECK(schema(Threshold::Without).find("thr_rel") == nullptr);
  CHECK(resolve_params(schema(Threshold::With), {{"method", "range"}, {"control_pts", "{1.0:0:0,2:1.00:0.5}"}}, "probe")
            .text("control_pts") == "{1:0:0,2:1:0.5}");
}

TEST_CASE("relevance parameters: phi fitted to the given training targets") {
  const test_data::Set s = test_data::skewed(200, 1, 131);
  const Relevance phi = relevance({{"coef", "1"}, {"extr_type", "high"}}).fit(s.y);
  const Relevance expected = Relevance::extremes(s.y, 1.0, Tails::High);
  CHECK(phi(s.y) == expected(s.y));
  CHECK(relevance({}).of_training(s.y) == Relevance::extremes(s.y)(s.y));
  // range: UBL's default slopes without a third field, the given slopes with one.
  const Relevance by_points = relevance({{"method", "range"}, {"control_pts", "{0:0,1:0.2,3:1}"}}).fit(s.y);
  const Relevance expected_points(range_control_points({{0.0, 0.0}, {1.0, 0.2}, {3.0, 1.0}}));
  CHECK(by_points(s.y) == expected_points(s.y));
  const Relevance sloped = relevance({{"method", "range"}, {"control_pts", "{0:0:0,1:0.2:0.5,3:1:0}"}}).fit(s.y);
  CHECK(sloped(s.y) == Relevance({{0.0, 0.0, 0.0}, {1.0, 0.2, 0.5}, {3.0, 1.0, 0.0}})(s.y));
  CHECK(relevance({{"thr_rel", "0.8"}}).threshold() == 0.8);
}

TEST_CASE("relevance parameters: clear errors naming the plugin and the parameter") {
  auto rejects = [](const std::map<std::string, std::string>& given, const char* words) {
    CAPTURE(words);
    CHECK_THROWS_WITH_AS(relevance(given), doctest::Contains(words), Error);
  };
  rejects({{"method", "range"}}, "'control_pts' of 'probe' is required");
  rejects({{"control_pts", "{0:0,1:1}"}}, "'control_pts' of 'probe' is used only with method=range");
  rejects({{"method", "range"}, {"control_pts", "0:0,1:1"}}, "braces");
  rejects({{"method", "range"}, {"control_pts", "{0:0}"}}, "fewer than two");
  rejects({{"method", "range"}, {"control_pts", "{0:0,0:1}"}}, "do not increase");
  rejects({{"method", "range"}, {"control_pts", "{0:0:0,1:1}"}}, "mixes");
  rejects({{"method", "range"}, {"control_pts", "{0:0,1:x}"}}, "not a finite number");
  rejects({{"thr_rel", "0"}}, "'thr_rel'");
  rejects({{"coef", "-0.5"}}, "'coef'");
  const RelevanceParams automatic = relevance({});
  const std::vector<double> constant(30, 2.0), with_nan{1.0, std::nan(""), 3.0};
  CHECK_THROWS_WITH_AS(automatic.fit(constant), doctest::Contains("probe: relevance"), Error);
  CHECK_THROWS_WITH_AS(automatic.of_training(with_nan), doctest::Contains("NaN"), Error);
  const RelevanceParams ranged = relevance({{"method", "range"}, {"control_pts", "{0:0,1:1}"}});
  CHECK_THROWS_WITH_AS(ranged.of_training(with_nan), doctest::Contains("probe: relevance"), Error);
}
