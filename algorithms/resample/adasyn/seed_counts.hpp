// ADASYN's share of new samples per seed (He et al. 2008, step (d)): a seed
// gets new samples in proportion to how many of its neighbours are foreign.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace imbench {

// `foreign[i]` is the number of seed i's n_neighbors nearest rows (whole data)
// of another class; `requested` is the number of new samples asked for.
// Default (imblearn): g_i = rint(foreign_i / sum * requested), rounding half
// to even, computed in double as imblearn does, so sum g_i may differ from
// `requested`. exact_total: floor of each exact quota plus one for the
// largest remainders (ties: lower seed), so sum g_i == requested.
// Throws Error (naming `where`) when every foreign count is 0 or when the
// counts round to no sample at all.
std::vector<std::size_t> adasyn_seed_counts(const std::vector<std::size_t>& foreign, std::size_t n_neighbors,
                                            std::size_t requested, bool exact_total, const std::string& where);

}  // namespace imbench
