// The `imbench datasets` command, run as a user would.
#include <doctest/doctest.h>

#include "datasets/lib/hdf5_file.hpp"
#include "tests/datasets/dataset_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::testing;

namespace {
std::string imbench_cli(const std::string& args) { return run_command(std::string(IMBENCH_BINARY) + " " + args); }

// Runs a command expected to fail; returns its stderr.
std::string failing(const std::string& args, const std::string& dir) {
  const std::string err = dir + "/err.txt";
  int status = std::system((std::string(IMBENCH_BINARY) + " " + args + " >/dev/null 2>" + err).c_str());
  CHECK(status != 0);
  std::ifstream in(err);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("datasets import, info, generate and list") {
  const std::string dir = temp_dir();
  write_text(dir + "/in.csv", "a;b;kind\n1;x;no\n2;y;yes\n3;x;no\n4;x;no\n");
  write_text(dir + "/prov.md", "# where it came from\n");
  std::string out = imbench_cli("datasets import " + dir + "/in.csv --target kind -o " + dir +
                                "/in.h5 --name demo --source 'a test' --licence CC0 --citation 'me' --provenance " +
                                dir + "/prov.md");
  CHECK(out.find("4 x 2, 2 classes, IR 3") != std::string::npos);
  Dataset d = read_dataset(dir + "/in.h5");
  CHECK(d.name == "demo");
  CHECK(d.attributes.at("source") == "a test");
  CHECK(d.attributes.at("provenance") == "# where it came from\n");
  CHECK(d.categorical == std::vector<std::uint8_t>{0, 1});

  std::string info = imbench_cli("datasets info " + dir + "/in.h5");
  CHECK(info.find("shape:           4 x 2 (1 categorical)") != std::string::npos);
  CHECK(info.find("  1  yes  1  (positive)") != std::string::npos);
  CHECK(info.find("content hash:    " + d.content_hash().hex()) != std::string::npos);

  imbench_cli("datasets generate 'make_classification:n_samples=200,weights=0.8' -o " + dir + "/g.h5");
  CHECK(read_dataset(dir + "/g.h5").n_samples() == 200);

  std::string list = imbench_cli("datasets list");
  CHECK(list.find("ecoli ") != std::string::npos);
  CHECK(list.find("keel_wisconsin") != std::string::npos);
}

TEST_CASE("datasets reports bad arguments clearly") {
  const std::string dir = temp_dir();
  CHECK(failing("datasets improt x", dir).find("did you mean 'import'") != std::string::npos);
  CHECK(failing("datasets import " + dir + "/x.csv", dir).find("'--output' is required") != std::string::npos);
  CHECK(failing("datasets import " + dir + "/x.xlsx -o y.h5", dir).find("give --format") != std::string::npos);
  CHECK(failing("datasets import " + dir + "/x.csv -o y.h5", dir).find("x.csv': cannot open") != std::string::npos);
  CHECK(failing("datasets generate smote:k=5 -o y.h5", dir).find("unknown generator 'smote'") != std::string::npos);
  CHECK(failing("datasets info nosuchset", dir).find("unknown data set 'nosuchset'") != std::string::npos);
}
