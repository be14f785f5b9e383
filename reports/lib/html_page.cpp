#include "reports/lib/html_page.hpp"

#include <sstream>

#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

// Quiet, print-friendly styling close to a paper's: serif text, booktabs-like
// rules, figures scaled to the column width.
constexpr const char* kStyle = R"(
body { font-family: Georgia, 'Times New Roman', serif; max-width: 1300px; margin: 2em auto; padding: 0 1em;
       color: #222; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; border-bottom: 1px solid #999; padding-bottom: 0.15em; margin-top: 2em; }
.subtitle { color: #555; margin-top: 0; }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.88em; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3em; }
thead { border-top: 2px solid #222; border-bottom: 1px solid #222; }
tbody { border-bottom: 2px solid #222; }
th, td { padding: 0.2em 0.6em; vertical-align: top; }
th { font-weight: normal; font-style: italic; }
tbody td { white-space: nowrap; }
tfoot td { font-size: 0.9em; color: #555; overflow-wrap: anywhere; white-space: normal; }
.table-scroll { overflow-x: auto; }
figure { margin: 1.2em 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; color: #444; }
pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }
)";

}  // namespace

std::string html_figure(const std::string& svg_element, const std::string& caption) {
  return "<figure>\n" + svg_element + "\n<figcaption>" + escape_html(caption) + "</figcaption>\n</figure>\n";
}

std::string html_preformatted(const std::string& text) { return "<pre>" + escape_html(text) + "</pre>\n"; }

std::string html_page(const std::string& title, const std::string& subtitle, const std::vector<HtmlSection>& sections) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << escape_html(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<h1>" << escape_html(title) << "</h1>\n";
  if (!subtitle.empty()) out << "<p class=\"subtitle\">" << escape_html(subtitle) << "</p>\n";
  out << "<nav><ol>\n";
  for (std::size_t i = 0; i < sections.size(); ++i)
    out << "<li><a href=\"#s" << i + 1 << "\">" << escape_html(sections[i].title) << "</a></li>\n";
  out << "</ol></nav>\n";
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const HtmlSection& section = sections[i];
    out << "<section id=\"s" << i + 1 << "\">\n<h2>" << escape_html(section.title) << "</h2>\n";
    if (!section.intro.empty()) out << "<p>" << escape_html(section.intro) << "</p>\n";
    for (const std::string& block : section.blocks) {
      // Wide tables scroll inside their own box instead of widening the page.
      const bool table = block.rfind("<table", 0) == 0;
      out << (table ? "<div class=\"table-scroll\">\n" : "") << block << (table ? "</div>\n" : "");
    }
    out << "</section>\n";
  }
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace imbench::reports
