#include "reports/lib/figures/convert.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "core/error.hpp"

extern char** environ;

namespace imbench::reports::figures {
namespace {
constexpr const char* kTool = "rsvg-convert";
}  // namespace

bool svg_converter_available() {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && std::filesystem::exists(std::filesystem::path(dir) / kTool)) return true;
  return false;
}

std::string convert_svg(const std::string& svg_path, const std::string& format) {
  if (format != "pdf" && format != "png") throw Error("unknown figure format '" + format + "' (pdf or png)");
  if (!svg_converter_available())
    throw Error("--" + format + " needs " + kTool + " on PATH (Debian: apt-get install librsvg2-bin); the SVG is at " +
                svg_path);
  const std::string out = std::filesystem::path(svg_path).replace_extension(format).string();
  // Direct exec, no shell: paths are passed as they are.
  std::vector<std::string> args = {kTool, "-f", format, "-o", out};
  if (format == "png") args.insert(args.end(), {"-z", "2", "-b", "white"});
  args.push_back(svg_path);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, kTool, nullptr, nullptr, argv.data(), environ) != 0)
    throw Error(std::string("cannot start ") + kTool);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(std::string(kTool) + " failed to convert '" + svg_path + "' to " + format);
  return out;
}

std::vector<std::string> write_figure(const Svg& svg, const std::string& svg_path,
                                      const std::vector<std::string>& formats) {
  svg.save(svg_path);
  std::vector<std::string> written{svg_path};
  for (const std::string& format : formats) written.push_back(convert_svg(svg_path, format));
  return written;
}

}  // namespace imbench::reports::figures
