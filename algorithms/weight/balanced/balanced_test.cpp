#include <doctest/doctest.h>

#include "core/error.hpp"
#include "core/registry.hpp"

using namespace imbench;

TEST_CASE("weight balanced is n / (classes present * n_c)") {
  auto built = Registry::instance().build<Weighting>(Kind::Weight, parse_spec("balanced"));
  Matrix X = Matrix::Zero(8, 1);
  // Class 1 is absent: two classes present, n = 8, sizes 2 and 6.
  Labels y = {0, 2, 2, 0, 2, 2, 2, 2};
  Weights w = built.plugin->weights({X, y, 3});
  CHECK(w[0] == doctest::Approx(8.0 / (2 * 2)));
  CHECK(w[1] == doctest::Approx(8.0 / (2 * 6)));
  double total_0 = 0, total_2 = 0;
  for (std::size_t i = 0; i < y.size(); ++i) (y[i] == 0 ? total_0 : total_2) += w[i];
  CHECK(total_0 == doctest::Approx(total_2));  // each class carries n / C
  Labels none;
  Matrix empty(0, 1);
  CHECK_THROWS_WITH_AS(built.plugin->weights({empty, none, 2}), doctest::Contains("'balanced'"), Error);
}
