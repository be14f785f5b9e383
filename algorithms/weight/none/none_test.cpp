#include <doctest/doctest.h>

#include "core/registry.hpp"

using namespace imbench;

TEST_CASE("weight none gives every sample weight 1") {
  auto built = Registry::instance().build<Weighting>(Kind::Weight, parse_spec("none"));
  Matrix X = Matrix::Zero(5, 2);
  Labels y = {0, 1, 1, 1, 2};
  CHECK(built.plugin->weights({X, y, 3}) == Weights(5, 1.0));
}
