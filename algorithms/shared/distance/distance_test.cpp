#include <doctest/doctest.h>

#include <array>

#include "algorithms/shared/distance/mixed_embedding.hpp"
#include "algorithms/shared/distance/value_difference.hpp"
#include "core/error.hpp"

using namespace imbench;

TEST_CASE("nominal codes: categories sorted per column, codes index them") {
  Matrix X(4, 2);
  X << 7, 0.5, 3, 0.5, 7, -1, 5, 2;
  const std::array<std::size_t, 2> columns{1, 0};
  const NominalCodes codes = encode_nominal(X, columns, "test");
  CHECK(codes.values[0] == std::vector<double>{-1, 0.5, 2});
  CHECK(codes.codes[0] == std::vector<int>{1, 1, 0, 2});
  CHECK(codes.values[1] == std::vector<double>{3, 5, 7});
  CHECK(codes.codes[1] == std::vector<int>{2, 0, 2, 1});
  X(2, 0) = std::nan("");
  CHECK_THROWS_WITH_AS(encode_nominal(X, columns, "owner"), doctest::Contains("owner: nominal feature 0 holds NaN"),
                       Error);
}

TEST_CASE("mixed embedding: continuous distance plus 2 indicator^2 per differing nominal feature") {
  Matrix X(3, 3);
  X << 0.0, 1, 10, 3.0, 1, 20, 1.0, 2, 20;
  const std::array<std::size_t, 1> continuous{0};
  const std::array<std::size_t, 2> nominal{1, 2};
  const Matrix E = mixed_embedding(X, continuous, encode_nominal(X, nominal, "test"), 0.75);
  CHECK(E.cols() == 1 + 2 + 2);
  const double mismatch = 2 * 0.75 * 0.75;
  CHECK((E.row(0) - E.row(1)).squaredNorm() == doctest::Approx(9.0 + mismatch));
  CHECK((E.row(0) - E.row(2)).squaredNorm() == doctest::Approx(1.0 + 2 * mismatch));
  CHECK((E.row(1) - E.row(2)).squaredNorm() == doctest::Approx(4.0 + mismatch));
}

TEST_CASE("value difference metric: squared L1 distance of class distributions, summed over features") {
  // Feature 0: category a in classes {0, 0, 1}, b in {1}; feature 1 the same for every row.
  Matrix X(4, 2);
  X << 0, 5, 0, 5, 0, 5, 1, 5;
  const Labels y{0, 0, 1, 1};
  const std::array<std::size_t, 2> columns{0, 1};
  const NominalCodes codes = encode_nominal(X, columns, "test");
  const ValueDifferenceMetric vdm(codes, y, 2);
  // P(.|a) = (2/3, 1/3), P(.|b) = (0, 1): L1 = 2/3 + 2/3 = 4/3, squared 16/9.
  CHECK(vdm.distance(0, 3) == doctest::Approx(16.0 / 9.0));
  CHECK(vdm.distance(0, 1) == 0.0);
  const NeighbourLists nn = vdm.neighbours_within({0, 1, 2, 3}, 2);
  CHECK(nn.index_at(3, 0) == 0);  // all three at 16/9: lower position first
  CHECK(nn.index_at(3, 1) == 1);
  CHECK(nn.index_at(0, 0) == 1);
  CHECK(nn.distance_at(0, 1) == 0.0);
}
