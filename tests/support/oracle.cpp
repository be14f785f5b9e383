#include "tests/support/oracle.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace imbench::testing {
namespace fs = std::filesystem;

std::string source_path(const std::string& relative) { return std::string(IMBENCH_SOURCE_DIR) + "/" + relative; }

namespace {
struct TempDirs {
  std::vector<fs::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (auto& d : dirs) fs::remove_all(d, ec);
  }
};
TempDirs& temp_dirs() {
  static TempDirs t;
  return t;
}
}  // namespace

std::string temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "imbench-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temp dir");
  temp_dirs().dirs.push_back(pattern);
  return pattern;
}

std::string run_command(const std::string& command) {
  std::string err_file = temp_dir() + "/stderr";
  FILE* pipe = popen((command + " 2>" + err_file).c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run: " + command);
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  if (status != 0) {
    std::ifstream e(err_file);
    std::stringstream ss;
    ss << e.rdbuf();
    throw std::runtime_error("command failed (" + std::to_string(status) + "): " + command + "\n" + ss.str());
  }
  return out;
}

std::string run_python(const std::string& script_relative, const std::vector<std::string>& args) {
  std::string cmd = "/usr/bin/python3 '" + source_path(script_relative) + "'";
  for (const auto& a : args) cmd += " '" + a + "'";
  return run_command(cmd);
}

void write_csv(const std::string& path, const Matrix& M) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) throw std::runtime_error("cannot write " + path);
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    for (Eigen::Index j = 0; j < M.cols(); ++j) std::fprintf(f, j ? ",%.17g" : "%.17g", M(i, j));
    std::fputc('\n', f);
  }
  std::fclose(f);
}

Matrix read_csv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::vector<double>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<double> row;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) row.push_back(std::stod(cell));
    rows.push_back(std::move(row));
  }
  Matrix M(static_cast<Eigen::Index>(rows.size()), rows.empty() ? 0 : static_cast<Eigen::Index>(rows[0].size()));
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t j = 0; j < rows[i].size(); ++j) M(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
  return M;
}

void write_labels(const std::string& path, const Labels& y) {
  std::ofstream out(path);
  for (int v : y) out << v << '\n';
}

Labels read_labels(const std::string& path) {
  std::ifstream in(path);
  Labels y;
  int v;
  while (in >> v) y.push_back(v);
  return y;
}

}  // namespace imbench::testing
