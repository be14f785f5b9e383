#include "reports/lib/context_tex.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

RunInfo run(const std::string& id, std::uint64_t seed) {
  RunInfo r;
  r.run_id = id;
  r.imbench_version = "0.1.0";
  r.git_revision = "0123456789abcdef0123456789abcdef01234567-dirty";
  r.compiler = "GNU 12.2.0";
  r.build_flags = "Release -O3 --param=x";
  r.libraries = {{"Eigen", "3.4.0"}, {"oneTBB", "2021.8"}};
  r.host = "lab_node#1";
  r.threads = 8;
  r.seed = seed;
  return r;
}

std::vector<TaskResult> tasks() {
  std::vector<TaskResult> out;
  for (const char* dataset : {"ecoli", "yeast_me2"})
    for (const char* pipeline : {"model=a", "model=b", "model=c"})
      for (int repeat = 0; repeat < 2; ++repeat)
        for (int fold = 0; fold < 5; ++fold) {
          TaskResult r;
          r.dataset = dataset;
          r.pipeline = pipeline;
          r.cv = "stratified_kfold:folds=5";
          r.repeat = repeat;
          r.fold = fold;
          r.status = fold == 4 && repeat == 1 && std::string(pipeline) == "model=c" ? "failed" : "ok";
          out.push_back(r);
        }
  return out;
}

}  // namespace

TEST_CASE("context.tex: escaped macros from the runs and the results, and a ready sentence") {
  std::string tex = context_tex({run("r1", 7)}, tasks(), "Intel(R) Xeon(R) CPU @ 2.20GHz & co");
  CHECK(tex.find("\\newcommand{\\imbenchVersion}{0.1.0}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchRevision}{0123456789ab-dirty}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchCPU}{Intel(R) Xeon(R) CPU @ 2.20GHz \\& co}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchHost}{lab\\_node\\#1}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchThreads}{8}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchCompiler}{GNU 12.2.0}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchFlags}{Release -O3 -{}-param=x}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchLibraries}{Eigen 3.4.0, oneTBB 2021.8}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchSeeds}{7}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchCV}{stratified 5-fold cross-validation repeated 2 times}\n") !=
        std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchDatasets}{2}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchPipelines}{3}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchTasks}{60}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchFailedTasks}{2}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchSetupSentence}{We evaluated \\imbenchPipelines{} pipelines on "
                 "\\imbenchDatasets{} data sets with \\imbenchCV{}") != std::string::npos);
}

TEST_CASE("context.tex: differing runs list their distinct values, nothing recorded reads 'unknown'") {
  std::string tex = context_tex({run("r1", 7), run("r2", 8), run("r3", 7)}, tasks(), "");
  CHECK(tex.find("\\newcommand{\\imbenchSeeds}{7 / 8}\n") != std::string::npos);
  CHECK(tex.find("\\newcommand{\\imbenchCPU}{unknown}\n") != std::string::npos);
  std::string bare = context_tex({}, {}, "");
  CHECK(bare.find("\\newcommand{\\imbenchCompiler}{unknown}\n") != std::string::npos);
  CHECK(bare.find("\\newcommand{\\imbenchTasks}{0}\n") != std::string::npos);
  CHECK(cv_prose("stratified_holdout:test_fraction=0.3", 1) == "a stratified hold-out split (test fraction 0.3)");
  CHECK(cv_prose("leave_one_out", 3) == "leave_one_out repeated 3 times");
}

TEST_CASE("the CPU model comes from cpuinfo only when the report runs on the study's host") {
  const std::string path = testing::temp_dir() + "/cpuinfo";
  std::ofstream(path) << "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: AMD EPYC 7B13 \nprocessor\t: 1\n"
                         "model name\t: other\n";
  CHECK(cpu_model_from_cpuinfo("processor\t: 0\nmodel name\t: AMD EPYC 7B13 \n") == "AMD EPYC 7B13");
  CHECK(cpu_model_from_cpuinfo("processor\t: 0\n").empty());
  CHECK(study_cpu_model({run("r1", 1)}, "lab_node#1", path) == "AMD EPYC 7B13");
  CHECK(study_cpu_model({run("r1", 1)}, "elsewhere", path).empty());
  CHECK(study_cpu_model({}, "lab_node#1", path).empty());
  // Runs that recorded their CPU name it wherever the report is written.
  RunInfo a = run("r1", 1), b = run("r2", 1);
  a.cpu = "AMD EPYC 7B13";
  b.cpu = "Intel Xeon 8375C";
  CHECK(study_cpu_model({a}, "elsewhere", path) == "AMD EPYC 7B13");
  CHECK(study_cpu_model({a, b, a}, "elsewhere", path) == "AMD EPYC 7B13 / Intel Xeon 8375C");
}
