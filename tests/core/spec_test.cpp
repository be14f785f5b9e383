#include <doctest/doctest.h>

#include "core/error.hpp"
#include "core/params.hpp"
#include "core/spec.hpp"

using namespace imbench;

TEST_CASE("a plugin spec parses name and parameters, braces protect commas") {
  Spec s = parse_spec(" smote : k_neighbors=5, sampling_strategy={0:10,1:20} ");
  CHECK(s.name == "smote");
  CHECK(s.params.at("k_neighbors") == "5");
  CHECK(s.params.at("sampling_strategy") == "{0:10,1:20}");
  CHECK(s.text() == "smote:k_neighbors=5,sampling_strategy={0:10,1:20}");
  CHECK(parse_spec("none").text() == "none");
}

TEST_CASE("malformed specs are errors that quote the spec") {
  CHECK_THROWS_WITH_AS(parse_spec("smote:k"), doctest::Contains("'k' has no '=value'"), Error);
  CHECK_THROWS_WITH_AS(parse_spec("smote:k=1,k=2"), doctest::Contains("given twice"), Error);
  CHECK_THROWS_WITH_AS(parse_spec("smote:s={1:2"), doctest::Contains("unbalanced"), Error);
  CHECK_THROWS_AS(parse_spec("bad name"), Error);
}

TEST_CASE("a pipeline is canonical in stage order whatever the input order") {
  PipelineSpec p = parse_pipeline("model=random_forest:n_trees=10 resample=smote weight=balanced");
  CHECK(p.text() == "resample=smote weight=balanced model=random_forest:n_trees=10");
  CHECK_THROWS_WITH_AS(parse_pipeline("modle=x"), doctest::Contains("did you mean 'model'"), Error);
  CHECK_THROWS_AS(parse_pipeline(""), Error);
}

TEST_CASE("parameters are validated, bounded and canonical") {
  ParamSchema schema;
  schema.integer("k", 5, 1, std::nullopt, "neighbours")
      .real("beta", 0.999, 0, 1, "beta", false, true)
      .boolean("shrink", false, "smooth bootstrap")
      .choice("criterion", "gini", {"gini", "entropy"}, "split criterion");
  Params p = resolve_params(schema, {{"k", "7.0"}, {"beta", "0.90"}}, "demo");
  CHECK(p.integer("k") == 7);
  CHECK(p.values().at("k") == "7");
  CHECK(p.values().at("beta") == "0.9");
  CHECK(p.text("criterion") == "gini");
  CHECK_FALSE(p.boolean("shrink"));
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"k", "0"}}, "demo"), doctest::Contains("out of bounds [1, inf)"),
                       Error);
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"beta", "1"}}, "demo"), doctest::Contains("[0, 1)"), Error);
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"k", "2.5"}}, "demo"), doctest::Contains("not an integer"), Error);
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"kk", "2"}}, "demo"), doctest::Contains("did you mean 'k'"), Error);
  CHECK_THROWS_WITH_AS(resolve_params(schema, {{"criterion", "gain"}}, "demo"),
                       doctest::Contains("{gini, entropy}"), Error);
  Params big = resolve_params(schema, {{"k", "1e6"}}, "demo");
  CHECK(big.values().at("k") == "1000000");
  CHECK(big.integer("k") == 1000000);
  CHECK(canonical_number(0.1) == "0.1");
  CHECK(canonical_number(-0.0) == "0");
  CHECK(canonical_number(1e-6) == "1e-06");
}
