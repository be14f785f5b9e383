#include "bench/engine/run_info.hpp"

#include <H5public.h>
#include <link.h>
#include <sqlite3.h>
#include <unistd.h>

#include <Eigen/Core>
#include <array>
#include <boost/version.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <oneapi/tbb/version.h>

#include "core/hash.hpp"

namespace imbench {
namespace {

// First line of a shell command's output, or "" when it fails.
std::string first_line_of(const std::string& command) {
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  if (!pipe) return "";
  std::array<char, 256> buf{};
  std::string line = std::fgets(buf.data(), buf.size(), pipe) ? buf.data() : "";
  if (pclose(pipe) != 0) return "";
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

std::string git_revision() {
  const std::string dir = IMBENCH_SOURCE_DIR;
  std::string commit = first_line_of("git -C '" + dir + "' rev-parse HEAD");
  if (commit.empty()) return "unknown";
  std::string changes = first_line_of("git -C '" + dir + "' status --porcelain --untracked-files=no");
  return changes.empty() ? commit : commit + "-dirty";
}

// yaml-cpp has no version macro; the loaded shared object's file name
// (libyaml-cpp.so.0.7.0) carries it.
std::string yaml_cpp_version() {
  std::string found;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        std::string name = info->dlpi_name ? info->dlpi_name : "";
        if (name.find("libyaml-cpp") == std::string::npos) return 0;
        std::error_code ec;
        std::string real = std::filesystem::canonical(name, ec).filename().string();
        auto pos = real.find(".so.");
        if (!ec && pos != std::string::npos) *static_cast<std::string*>(out) = real.substr(pos + 4);
        return 1;
      },
      &found);
  return found.empty() ? "unknown" : found;
}

std::map<std::string, std::string> library_versions() {
  unsigned hmaj = 0, hmin = 0, hrel = 0;
  H5get_libversion(&hmaj, &hmin, &hrel);
  std::string boost = std::to_string(BOOST_VERSION / 100000) + "." + std::to_string(BOOST_VERSION / 100 % 1000) +
                      "." + std::to_string(BOOST_VERSION % 100);
  return {
      {"oneTBB", TBB_runtime_version()},
      {"Eigen", std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
                    std::to_string(EIGEN_MINOR_VERSION)},
      {"HDF5", std::to_string(hmaj) + "." + std::to_string(hmin) + "." + std::to_string(hrel)},
      {"SQLite", sqlite3_libversion()},
      {"Boost", boost},
      {"yaml-cpp", yaml_cpp_version()},
  };
}

}  // namespace

std::string host_name() {
  std::array<char, 256> buf{};
  return gethostname(buf.data(), buf.size() - 1) == 0 ? std::string(buf.data()) : std::string();
}

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

std::string cpu_model_from_cpuinfo(const std::string& cpuinfo_text) {
  std::istringstream in(cpuinfo_text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("model name", 0) != 0) continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r')) value.pop_back();
    return value;
  }
  return "";
}

std::string read_cpu_model(const std::string& cpuinfo_path) {
  std::ifstream in(cpuinfo_path);
  if (!in) return "";
  std::stringstream text;
  text << in.rdbuf();
  return cpu_model_from_cpuinfo(text.str());
}

RunInfo collect_run_info() {
  RunInfo info;
  info.imbench_version = IMBENCH_VERSION;
  info.git_revision = git_revision();
  info.compiler = IMBENCH_COMPILER;
  info.build_flags = IMBENCH_BUILD_FLAGS;
  info.libraries = library_versions();
  info.host = host_name();
  if (info.host.empty()) info.host = "unknown";
  info.cpu = read_cpu_model();
  info.started_at = utc_now();
  auto ticks = std::chrono::system_clock::now().time_since_epoch().count();
  Hasher id;
  id.text(info.host).u64(static_cast<std::uint64_t>(getpid())).u64(static_cast<std::uint64_t>(ticks));
  info.run_id = id.digest().hex().substr(0, 16);
  return info;
}

}  // namespace imbench
