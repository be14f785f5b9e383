#include "algorithms/regression/bumps.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "core/error.hpp"

namespace imbench::regression {
namespace {

double round_to(double x, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::nearbyint(x * scale) / scale;
}

}  // namespace

std::vector<Bump> relevance_bumps(std::span<const double> y, std::span<const double> relevance, double threshold) {
  if (y.empty()) throw Error("relevance bumps: the target is empty");
  if (relevance.size() != y.size())
    throw Error("relevance bumps: " + std::to_string(relevance.size()) + " relevance values for " +
                std::to_string(y.size()) + " targets");
  for (double v : y)
    if (!std::isfinite(v)) throw Error("relevance bumps: the target holds a NaN or infinite value");
  if (!(threshold > 0.0 && threshold <= 1.0))
    throw Error("relevance bumps: the relevance threshold must lie in (0, 1], got " + std::to_string(threshold));
  Indices order(y.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return y[a] < y[b]; });
  std::vector<Bump> bumps;
  std::size_t n_rare = 0;
  for (std::size_t i : order) {
    const bool rare = relevance[i] >= threshold;
    n_rare += rare ? 1 : 0;
    if (bumps.empty() || bumps.back().rare != rare) bumps.push_back({{}, rare});
    bumps.back().rows.push_back(i);
  }
  if (n_rare == 0)
    throw Error("relevance bumps: no case has relevance >= " + std::to_string(threshold) +
                "; there is no rare region to re-sample (lower the threshold or give control points)");
  if (n_rare == y.size())
    throw Error("relevance bumps: every case has relevance >= " + std::to_string(threshold) +
                "; there is no normal region (raise the threshold)");
  return bumps;
}

BumpPercentages parse_bump_percentages(const std::string& text) {
  if (text == "balance") return {BumpPercentages::Mode::Balance, {}};
  if (text == "extreme") return {BumpPercentages::Mode::Extreme, {}};
  BumpPercentages p{BumpPercentages::Mode::Explicit, {}};
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ';')) {
    std::size_t used = 0;
    double f = 0.0;
    try {
      f = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != item.size() || !(f > 0.0) || !std::isfinite(f))
      throw Error("percentages: expected 'balance', 'extreme' or positive factors like '0.5;2', got '" + text + "'");
    p.factors.push_back(f);
  }
  if (p.factors.empty()) throw Error("percentages: no factors given");
  return p;
}

std::vector<double> bump_factors(const std::vector<Bump>& bumps, const BumpPercentages& percentages) {
  std::size_t n = 0;
  for (const Bump& b : bumps) n += b.rows.size();
  const double n_bumps = static_cast<double>(bumps.size());
  const double B = std::nearbyint(static_cast<double>(n) / n_bumps);
  std::vector<double> f;
  switch (percentages.mode) {
    case BumpPercentages::Mode::Explicit:
      if (percentages.factors.size() != bumps.size())
        throw Error("percentages: " + std::to_string(percentages.factors.size()) + " factors given but the target has " +
                    std::to_string(bumps.size()) + " bumps");
      return percentages.factors;
    case BumpPercentages::Mode::Balance:
      for (const Bump& b : bumps) f.push_back(B / static_cast<double>(b.rows.size()));
      return f;
    case BumpPercentages::Mode::Extreme: {
      double inverse_sum = 0.0;
      for (const Bump& b : bumps) inverse_sum += B * B / static_cast<double>(b.rows.size());
      const double rescale = n_bumps * B / inverse_sum;
      for (const Bump& b : bumps) {
        const double size = static_cast<double>(b.rows.size());
        f.push_back(round_to(round_to(B * B / size * rescale, 2) / size, 1));
      }
      return f;
    }
  }
  return f;
}

std::size_t synthetic_count(std::size_t bump_size, double factor) {
  if (factor <= 1.0) return 0;
  const double whole = std::floor(factor - 1.0);
  return bump_size * static_cast<std::size_t>(whole) +
         static_cast<std::size_t>(static_cast<double>(bump_size) * (factor - 1.0 - whole));
}

std::size_t kept_count(std::size_t bump_size, double factor) {
  if (factor >= 1.0) return bump_size;
  return static_cast<std::size_t>(factor * static_cast<double>(bump_size));
}

}  // namespace imbench::regression
