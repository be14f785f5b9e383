#include <doctest/doctest.h>

#include "core/registry.hpp"
#include "reports/lib/spec_display.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {
std::string canonical(Kind kind, const std::string& spec) {
  return Registry::instance().canonicalize(kind, parse_spec(spec)).text();
}
}  // namespace

TEST_CASE("report cells drop the parameters a spec leaves at their defaults") {
  CHECK(short_spec(Kind::Model, canonical(Kind::Model, "decision_tree:max_depth=3")) == "decision_tree:max_depth=3");
  CHECK(short_spec(Kind::Model, canonical(Kind::Model, "decision_tree")) == "decision_tree");
  CHECK(short_spec(Kind::Resample, canonical(Kind::Resample, "none")) == "none");
  CHECK(short_spec(Kind::Resample, canonical(Kind::Resample, "smote:k_neighbors=3")) == "smote:k_neighbors=3");
}

TEST_CASE("specs of unknown plugins and texts that are not specs are shown as they are") {
  CHECK(short_spec(Kind::Model, "no_such_model:depth=3") == "no_such_model:depth=3");
  CHECK(short_spec(Kind::Weight, "weight=a loss=b") == "weight=a loss=b");
  CHECK(short_spec(Kind::Model, "smote:k_neighbors=5") == "smote:k_neighbors=5");  // a resampler, not a model
}
