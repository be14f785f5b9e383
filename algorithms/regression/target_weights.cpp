#include "algorithms/regression/target_weights.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/error.hpp"

namespace imbench::regression {
namespace {

void check_targets(std::span<const double> y, const std::string& method) {
  if (y.empty()) throw Error(method + ": the target is empty");
  for (double v : y)
    if (!std::isfinite(v)) throw Error(method + ": the target holds a NaN or infinite value");
}

void rescale_to_mean_one(std::vector<double>& w) {
  double sum = 0.0;
  for (double v : w) sum += v;
  for (double& v : w) v *= static_cast<double>(w.size()) / sum;
}

// scipy.ndimage.gaussian_filter1d of a unit impulse of length n at its centre (truncate 4, mode 'reflect').
std::vector<double> gaussian_filtered_impulse(int n, double sigma) {
  const int radius = static_cast<int>(4.0 * sigma + 0.5);
  std::vector<double> taps(static_cast<std::size_t>(2 * radius + 1));
  double total = 0.0;
  for (int j = -radius; j <= radius; ++j) total += taps[static_cast<std::size_t>(j + radius)] = std::exp(-0.5 * j * j / (sigma * sigma));
  std::vector<double> out(static_cast<std::size_t>(n), 0.0);
  const int centre = n / 2;
  for (int i = 0; i < n; ++i)
    for (int j = -radius; j <= radius; ++j) {
      int m = (i + j) % (2 * n);  // 'reflect': d c b a | a b c d | d c b a
      if (m < 0) m += 2 * n;
      if (m >= n) m = 2 * n - 1 - m;
      if (m == centre) out[static_cast<std::size_t>(i)] += taps[static_cast<std::size_t>(j + radius)] / total;
    }
  return out;
}

}  // namespace

std::vector<double> dense_weights(std::span<const double> y, double alpha) {
  check_targets(y, "dense_weight");
  if (!(alpha >= 0.0) || !std::isfinite(alpha)) throw Error("dense_weight: alpha must be >= 0, got " + std::to_string(alpha));
  const auto n = static_cast<double>(y.size());
  double mean = 0.0, var = 0.0;
  for (double v : y) mean += v / n;
  for (double v : y) var += (v - mean) * (v - mean);
  // min == max, not var == 0: the summed squares of a constant target can round to a tiny positive value.
  if (*std::min_element(y.begin(), y.end()) == *std::max_element(y.begin(), y.end()) || y.size() < 2)
    throw Error("dense_weight: the target is constant; there is no density to flatten");
  const double bandwidth = 1.06 * std::sqrt(var / (n - 1.0)) * std::pow(n, -0.2);
  std::vector<double> density(y.size(), 0.0);
  for (std::size_t i = 0; i < y.size(); ++i)
    for (double v : y) {
      const double z = (y[i] - v) / bandwidth;
      density[i] += std::exp(-0.5 * z * z);  // constant factors cancel in the min-max scaling
    }
  const auto [lo, hi] = std::minmax_element(density.begin(), density.end());
  const double dmin = *lo, span = *hi - *lo;
  std::vector<double> w(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double scaled = span == 0.0 ? 0.0 : (density[i] - dmin) / span;
    w[i] = std::max(1.0 - alpha * scaled, 1e-6);
  }
  rescale_to_mean_one(w);
  return w;
}

std::vector<double> lds_kernel_window(const std::string& kernel, int kernel_size, double sigma) {
  if (kernel_size < 1 || kernel_size % 2 == 0)
    throw Error("lds: kernel_size must be a positive odd number, got " + std::to_string(kernel_size));
  if (!(sigma > 0.0)) throw Error("lds: sigma must be > 0, got " + std::to_string(sigma));
  const int half = kernel_size / 2;
  std::vector<double> w;
  if (kernel == "gaussian") {
    w = gaussian_filtered_impulse(kernel_size, sigma);
  } else if (kernel == "triang") {  // scipy.signal.windows.triang for odd sizes: 2k / (size + 1), k = 1..half+1..1
    for (int i = -half; i <= half; ++i) w.push_back(2.0 * (half + 1 - std::abs(i)) / (kernel_size + 1));
  } else if (kernel == "laplace") {
    for (int i = -half; i <= half; ++i) w.push_back(std::exp(-std::abs(i) / sigma) / (2.0 * sigma));
  } else {
    throw Error("lds: kernel must be 'gaussian', 'triang' or 'laplace', got '" + kernel + "'");
  }
  const double peak = *std::max_element(w.begin(), w.end());
  for (double& v : w) v /= peak;
  return w;
}

std::vector<double> lds_weights(std::span<const double> y, const LdsOptions& o) {
  check_targets(y, "lds");
  if (!(o.bin_width > 0.0) || !std::isfinite(o.bin_width))
    throw Error("lds: bin_width must be a positive number, got " + std::to_string(o.bin_width));
  if (o.reweight != "sqrt_inv" && o.reweight != "inverse")
    throw Error("lds: reweight must be 'sqrt_inv' or 'inverse', got '" + o.reweight + "'");
  const double lo = *std::min_element(y.begin(), y.end());
  std::vector<std::size_t> bin(y.size());
  std::size_t n_bins = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    bin[i] = static_cast<std::size_t>(std::floor((y[i] - lo) / o.bin_width));
    n_bins = std::max(n_bins, bin[i] + 1);
  }
  if (n_bins > 10'000'000) throw Error("lds: bin_width " + std::to_string(o.bin_width) + " gives too many bins");
  std::vector<double> counts(n_bins, 0.0);
  for (std::size_t b : bin) counts[b] += 1.0;
  for (double& c : counts) c = o.reweight == "sqrt_inv" ? std::sqrt(c) : std::clamp(c, 5.0, 1000.0);
  std::vector<double> smoothed = counts;
  if (o.smooth) {
    const std::vector<double> window = lds_kernel_window(o.kernel, o.kernel_size, o.sigma);
    const auto half = static_cast<std::ptrdiff_t>(window.size() / 2);
    for (std::size_t b = 0; b < n_bins; ++b) {
      double s = 0.0;
      for (std::ptrdiff_t j = -half; j <= half; ++j) {
        const std::ptrdiff_t src = static_cast<std::ptrdiff_t>(b) + j;
        if (src >= 0 && src < static_cast<std::ptrdiff_t>(n_bins))
          s += window[static_cast<std::size_t>(j + half)] * counts[static_cast<std::size_t>(src)];
      }
      smoothed[b] = s;
    }
  }
  std::vector<double> w(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) w[i] = 1.0 / smoothed[bin[i]];
  rescale_to_mean_one(w);
  return w;
}

}  // namespace imbench::regression
