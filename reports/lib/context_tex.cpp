#include "reports/lib/context_tex.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/spec.hpp"
#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

// Escaped for LaTeX, spaces collapsed, with "--" kept as two hyphens (compiler flags) rather than a dash.
std::string latex_value(const std::string& text) {
  std::string collapsed;  // "Release  -O3": an empty CMAKE_CXX_FLAGS leaves a double space
  for (char c : text)
    if (c != ' ' || collapsed.empty() || collapsed.back() != ' ') collapsed += c;
  std::string out = escape_latex(collapsed);
  for (auto at = out.find("--"); at != std::string::npos; at = out.find("--", at + 3)) out.insert(at + 1, "{}");
  return out;
}

std::string joined_distinct(const std::vector<std::string>& values) {
  std::vector<std::string> seen;
  for (const auto& v : values)
    if (!v.empty() && std::find(seen.begin(), seen.end(), v) == seen.end()) seen.push_back(v);
  if (seen.empty()) return "unknown";
  std::string text;
  for (std::size_t i = 0; i < seen.size(); ++i) text += (i ? " / " : "") + seen[i];
  return text;
}

template <typename Field>
std::string over_runs(const std::vector<RunInfo>& runs, Field field) {
  std::vector<std::string> values;
  for (const RunInfo& r : runs) values.push_back(field(r));
  return joined_distinct(values);
}

// Long hashes break lines; twelve hex digits identify a commit in practice.
std::string short_revision(const std::string& revision) {
  const bool dirty = revision.size() > 6 && revision.compare(revision.size() - 6, 6, "-dirty") == 0;
  std::string commit = dirty ? revision.substr(0, revision.size() - 6) : revision;
  if (commit.size() > 12 && commit.find_first_not_of("0123456789abcdef") == std::string::npos) commit.resize(12);
  return commit + (dirty ? "-dirty" : "");
}

std::string libraries_text(const std::map<std::string, std::string>& libraries) {
  std::string text;
  for (const auto& [name, version] : libraries) text += (text.empty() ? "" : ", ") + name + " " + version;
  return text;
}

std::string count_text(std::size_t n) { return std::to_string(n); }

}  // namespace

std::string study_cpu_model(const std::vector<RunInfo>& runs, const std::string& current_host,
                            const std::string& cpuinfo_path) {
  std::set<std::string> recorded;
  for (const RunInfo& r : runs)
    if (!r.cpu.empty()) recorded.insert(r.cpu);
  if (!recorded.empty()) {
    std::string joined;
    for (const std::string& cpu : recorded) joined += (joined.empty() ? "" : " / ") + cpu;
    return joined;
  }
  if (runs.empty() || current_host.empty()) return "";
  for (const RunInfo& r : runs)
    if (r.host != current_host) return "";
  return read_cpu_model(cpuinfo_path);
}

std::string cv_prose(const std::string& cv, int repeats) {
  std::string text = cv;
  try {
    Spec spec = parse_spec(cv);
    if (spec.name == "stratified_kfold" && spec.params.count("folds"))
      text = "stratified " + spec.params.at("folds") + "-fold cross-validation";
    else if (spec.name == "stratified_holdout" && spec.params.count("test_fraction"))
      text = "a stratified hold-out split (test fraction " + spec.params.at("test_fraction") + ")";
  } catch (const Error&) {
    // not a spec: shown as stored
  }
  if (repeats > 1) text += " repeated " + std::to_string(repeats) + " times";
  return text;
}

std::string context_tex(const std::vector<RunInfo>& runs, const std::vector<TaskResult>& results,
                        const std::string& cpu_model) {
  std::set<std::string> datasets, pipelines;
  std::map<std::string, int> repeats_by_cv;  // cv -> number of repeats seen
  std::size_t failed = 0;
  std::vector<std::string> result_seeds;
  for (const TaskResult& r : results) {
    datasets.insert(r.dataset);
    pipelines.insert(r.pipeline);
    repeats_by_cv[r.cv] = std::max(repeats_by_cv[r.cv], r.repeat + 1);
    failed += r.status == "ok" ? 0 : 1;
    result_seeds.push_back(std::to_string(r.seed));
  }
  std::vector<std::string> cv_texts;
  for (const auto& [cv, repeats] : repeats_by_cv) cv_texts.push_back(cv_prose(cv, repeats));

  const std::vector<std::pair<std::string, std::string>> macros = {
      {"imbenchVersion", over_runs(runs, [](const RunInfo& r) { return r.imbench_version; })},
      {"imbenchRevision", over_runs(runs, [](const RunInfo& r) { return short_revision(r.git_revision); })},
      {"imbenchCPU", cpu_model.empty() ? "unknown" : cpu_model},
      {"imbenchHost", over_runs(runs, [](const RunInfo& r) { return r.host; })},
      {"imbenchThreads", over_runs(runs, [](const RunInfo& r) { return r.threads > 0 ? std::to_string(r.threads) : ""; })},
      {"imbenchCompiler", over_runs(runs, [](const RunInfo& r) { return r.compiler; })},
      {"imbenchFlags", over_runs(runs, [](const RunInfo& r) { return r.build_flags; })},
      {"imbenchLibraries", over_runs(runs, [](const RunInfo& r) { return libraries_text(r.libraries); })},
      {"imbenchSeeds", runs.empty() ? joined_distinct(result_seeds)
                                    : over_runs(runs, [](const RunInfo& r) { return std::to_string(r.seed); })},
      {"imbenchCV", joined_distinct(cv_texts)},
      {"imbenchDatasets", count_text(datasets.size())},
      {"imbenchPipelines", count_text(pipelines.size())},
      {"imbenchTasks", count_text(results.size())},
      {"imbenchFailedTasks", count_text(failed)},
  };
  std::ostringstream out;
  out << "% Written by imbench report from the result store's provenance. In the preamble: \\input{context.tex};\n"
         "% in the text: \\imbenchSetupSentence, or the single macros.\n";
  for (const auto& [name, value] : macros) out << "\\newcommand{\\" << name << "}{" << latex_value(value) << "}\n";
  out << "\\newcommand{\\imbenchSetupSentence}{We evaluated \\imbenchPipelines{} pipelines on \\imbenchDatasets{} "
         "data sets with \\imbenchCV{} (\\imbenchTasks{} tasks, \\imbenchFailedTasks{} of them failed), using imbench "
         "\\imbenchVersion{} (revision \\texttt{\\imbenchRevision}) with master seed \\imbenchSeeds{}. The runs used "
         "\\imbenchThreads{} threads on \\imbenchCPU{} (host \\texttt{\\imbenchHost}); imbench was built with "
         "\\imbenchCompiler{} (flags \\texttt{\\imbenchFlags}) against \\imbenchLibraries{}.}\n";
  return out.str();
}

}  // namespace imbench::reports
