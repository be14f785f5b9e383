#include "algorithms/resample/smote_tomek/smote_then_clean.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <bit>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/registry.hpp"

namespace imbench {

SmoteThenClean::SmoteThenClean(std::string owner, const Spec& smote, const Spec& cleaner)
    : owner_(std::move(owner)),
      cleaner_spec_(cleaner),
      smote_(Registry::instance().build<Resampler>(Kind::Resample, smote).plugin),
      cleaner_(Registry::instance().build<Resampler>(Kind::Resample, cleaner).plugin) {}

Resampled SmoteThenClean::resample(const LabelledData& data, RandomStream& rng) const {
  const Resampled over = smote_->resample(data, rng);
  Resampled cleaned;
  try {
    cleaned = cleaner_->resample(LabelledData{over.X, over.y, data.n_classes}, rng);
  } catch (const Error& e) {
    // The cleaner's message names its own parameters; say which composite
    // parameter they came from (sampling_strategy there is clean_strategy here).
    throw Error(owner_ + ": cleaning step " + cleaner_spec_.text() +
                " (its sampling_strategy is this plugin's clean_strategy) failed: " + e.what());
  }
  cleaned.n_synthetic = count_new_rows(data, cleaned);
  return cleaned;
}

namespace {

// A hash of a row's values and label; 0.0 and -0.0 compare equal, so they hash alike.
std::uint64_t row_hash(const double* row, std::size_t d, int label) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(label));
  for (std::size_t j = 0; j < d; ++j) {
    h ^= std::bit_cast<std::uint64_t>(row[j] + 0.0);
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  return h;
}

std::vector<std::uint64_t> row_hashes(const Matrix& X, const Labels& y) {
  std::vector<std::uint64_t> hashes(y.size());
  const auto d = static_cast<std::size_t>(X.cols());
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, hashes.size(), 4096), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i != r.end(); ++i)
      hashes[i] = row_hash(X.row(static_cast<Eigen::Index>(i)).data(), d, y[i]);
  });
  return hashes;
}

}  // namespace

std::size_t count_new_rows(const LabelledData& in, const Resampled& out) {
  // Groups of equal input rows (same values and label) with their unused
  // copies; groups whose hashes collide are chained and told apart by value.
  struct Group {
    Eigen::Index row;
    std::size_t copies;
    std::size_t next;  // next group with the same hash, or npos
  };
  constexpr std::size_t npos = SIZE_MAX;
  const auto d = static_cast<std::size_t>(in.X.cols());
  auto same = [&](const Matrix& X, const Labels& y, Eigen::Index i, const Group& g) {
    if (y[static_cast<std::size_t>(i)] != in.y[static_cast<std::size_t>(g.row)]) return false;
    for (std::size_t j = 0; j < d; ++j)
      if (X(i, static_cast<Eigen::Index>(j)) != in.X(g.row, static_cast<Eigen::Index>(j))) return false;
    return true;
  };
  std::vector<Group> groups;
  std::unordered_map<std::uint64_t, std::size_t> first_group;
  // The group holding row i of (X, y), or npos.
  auto find = [&](const Matrix& X, const Labels& y, Eigen::Index i, std::uint64_t hash) {
    const auto it = first_group.find(hash);
    for (std::size_t g = it == first_group.end() ? npos : it->second; g != npos; g = groups[g].next)
      if (same(X, y, i, groups[g])) return g;
    return npos;
  };

  const std::vector<std::uint64_t> in_hashes = row_hashes(in.X, in.y);
  first_group.reserve(in_hashes.size());
  for (Eigen::Index i = 0; i < in.X.rows(); ++i) {
    const std::uint64_t hash = in_hashes[static_cast<std::size_t>(i)];
    const std::size_t g = find(in.X, in.y, i, hash);
    if (g != npos) {
      ++groups[g].copies;
      continue;
    }
    auto [it, added] = first_group.try_emplace(hash, groups.size());
    groups.push_back({i, 1, added ? npos : it->second});
    if (!added) it->second = groups.size() - 1;
  }
  const std::vector<std::uint64_t> out_hashes = row_hashes(out.X, out.y);
  std::size_t fresh = 0;
  for (Eigen::Index i = 0; i < out.X.rows(); ++i) {
    const std::size_t g = find(out.X, out.y, i, out_hashes[static_cast<std::size_t>(i)]);
    if (g == npos || groups[g].copies == 0)
      ++fresh;
    else
      --groups[g].copies;
  }
  return fresh;
}

ParamSchema& add_smote_then_clean_params(ParamSchema& schema) {
  schema.integer("k_neighbors", 5, 1, std::nullopt, "SMOTE step: same-class neighbours a seed's partner is drawn from");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema.text("clean_strategy", "all",
                     "Cleaning step: the classes it may remove rows from (auto, majority, not_minority, "
                     "not_majority, all or {class,...})",
                     [](const std::string& value, const std::string& owner) {
                       return SamplingStrategy(value, owner + " clean_strategy").canonical();
                     });
}

Spec smote_step(const Params& p) {
  return Spec{"smote", {{"k_neighbors", p.text("k_neighbors")}, {"sampling_strategy", p.text("sampling_strategy")}}};
}

}  // namespace imbench
