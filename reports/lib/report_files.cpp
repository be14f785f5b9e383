#include "reports/lib/report_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "reports/lib/aggregate.hpp"
#include "reports/lib/seed_course_table.hpp"
#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

enum class Format { Markdown, Latex, Csv, Html };

Format parse_format(const std::string& name) {
  if (name == "md" || name == "markdown") return Format::Markdown;
  if (name == "latex" || name == "tex") return Format::Latex;
  if (name == "csv") return Format::Csv;
  if (name == "html") return Format::Html;
  throw Error("report format: " +
              unknown_name_message("format", name, {"md", "markdown", "latex", "tex", "csv", "html"}));
}

template <typename Write>
std::filesystem::path write_file(const std::filesystem::path& path, Write write) {
  std::ofstream out(path, std::ios::binary);  // binary: CSV's CRLF must stay CRLF
  if (!out) throw Error("cannot open '" + path.string() + "' for writing");
  write(out);
  out.close();
  if (!out) throw Error("could not write '" + path.string() + "'");
  return path;
}

// The distinct values of one field over the runs, in run order, joined.
template <typename Field>
std::string distinct(const std::vector<RunInfo>& runs, Field field) {
  std::vector<std::string> values;
  for (const RunInfo& run : runs) {
    std::string value = field(run);
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) text += (i ? " / " : "") + values[i];
  return text;
}

}  // namespace

std::string provenance_note(const std::string& store, const std::vector<RunInfo>& runs) {
  std::string note = "Source: " + store;
  if (runs.empty()) return note + ".";
  note += ", " + std::to_string(runs.size()) + (runs.size() == 1 ? " run" : " runs");
  note += "; imbench " +
          distinct(runs, [](const RunInfo& r) { return r.imbench_version + " (git " + r.git_revision + ")"; });
  note += ", seed " + distinct(runs, [](const RunInfo& r) { return std::to_string(r.seed); });
  note += ", host " + distinct(runs, [](const RunInfo& r) { return r.host; });
  auto unfinished = std::count_if(runs.begin(), runs.end(), [](const RunInfo& r) { return r.finished_at.empty(); });
  if (unfinished) note += "; " + std::to_string(unfinished) + " unfinished";
  return note + ".";
}

Report build_report(const std::vector<TaskResult>& results, const ReportOptions& options) {
  if (results.empty()) throw Error("there are no task results to report");
  Aggregate aggregated = aggregate(results);
  Report report{seed_course_table(aggregated, select_metrics(aggregated.metrics, options.metrics), options.decimals),
                std::nullopt};
  if (!aggregated.failures.empty()) report.failures = failures_table(aggregated);
  return report;
}

std::string markdown_text(const Report& report) {
  std::ostringstream out;
  write_markdown(report.results, out);
  if (report.failures) {
    out << "\n";
    write_markdown(*report.failures, out);
  }
  return out.str();
}

namespace {
// Checks the format names and creates the output directory.
std::vector<Format> prepare_output(const ReportOptions& options, const std::filesystem::path& dir) {
  std::vector<Format> formats;
  for (const auto& name : options.formats) formats.push_back(parse_format(name));
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error("cannot create the report directory '" + dir.string() + "': " + ec.message());
  return formats;
}
}  // namespace

std::vector<std::filesystem::path> write_report(const Report& report, const ReportOptions& options,
                                                const std::filesystem::path& dir) {
  std::vector<Format> formats = prepare_output(options, dir);
  std::error_code ec;

  std::vector<std::filesystem::path> written;
  for (Format format : formats) {
    switch (format) {
      case Format::Markdown:
        written.push_back(write_file(dir / "results.md", [&](std::ostream& out) { out << markdown_text(report); }));
        break;
      case Format::Latex:
        written.push_back(write_file(dir / "results.tex", [&](std::ostream& out) {
          std::vector<Table> tables = {report.results};
          if (report.failures) tables.push_back(*report.failures);
          write_latex_document(tables, out, options.latex_standalone);
        }));
        break;
      case Format::Csv:
        written.push_back(write_file(dir / "results.csv", [&](std::ostream& out) { write_csv(report.results, out); }));
        if (report.failures)
          written.push_back(
              write_file(dir / "failures.csv", [&](std::ostream& out) { write_csv(*report.failures, out); }));
        else
          std::filesystem::remove(dir / "failures.csv", ec);  // from an earlier report; it would mislead now
        break;
      case Format::Html:
        written.push_back(write_file(dir / "results.html", [&](std::ostream& out) {
          std::vector<Table> tables = {report.results};
          if (report.failures) tables.push_back(*report.failures);
          write_html(tables, out);
        }));
        break;
    }
  }
  return written;
}

std::vector<std::filesystem::path> write_tables(const std::vector<Table>& tables, const std::string& stem,
                                                const std::vector<std::string>& csv_stems, const ReportOptions& options,
                                                const std::filesystem::path& dir) {
  if (csv_stems.size() != tables.size())
    throw Error("writing " + stem + ": " + std::to_string(tables.size()) + " tables but " +
                std::to_string(csv_stems.size()) + " CSV names");
  std::vector<Format> formats = prepare_output(options, dir);
  std::vector<std::filesystem::path> written;
  for (Format format : formats) {
    switch (format) {
      case Format::Markdown:
        written.push_back(write_file(dir / (stem + ".md"), [&](std::ostream& out) {
          for (std::size_t i = 0; i < tables.size(); ++i) {
            if (i) out << "\n";
            write_markdown(tables[i], out);
          }
        }));
        break;
      case Format::Latex:
        written.push_back(write_file(dir / (stem + ".tex"),
                                     [&](std::ostream& out) { write_latex_document(tables, out, options.latex_standalone); }));
        break;
      case Format::Csv:
        for (std::size_t i = 0; i < tables.size(); ++i)
          written.push_back(
              write_file(dir / (csv_stems[i] + ".csv"), [&](std::ostream& out) { write_csv(tables[i], out); }));
        break;
      case Format::Html:
        written.push_back(write_file(dir / (stem + ".html"), [&](std::ostream& out) { write_html(tables, out); }));
        break;
    }
  }
  return written;
}

std::vector<std::filesystem::path> write_statistics(const std::vector<Table>& tables, const ReportOptions& options,
                                                    const std::filesystem::path& dir) {
  std::vector<std::string> csv_stems;
  for (const Table& t : tables)
    csv_stems.push_back("stats_" + (t.label.empty() ? "table" : t.label.substr(t.label.find(':') + 1)));
  return write_tables(tables, "stats", csv_stems, options, dir);
}

std::vector<std::filesystem::path> write_text_file(const std::filesystem::path& path, const std::string& text) {
  return {write_file(path, [&](std::ostream& out) { out << text; })};
}

}  // namespace imbench::reports
