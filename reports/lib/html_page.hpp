// The self-contained HTML report page: one file with its stylesheet inline,
// tables as html_table fragments and figures as inline SVG, so it can be
// mailed, archived or opened offline and still show everything.
#pragma once

#include <string>
#include <vector>

namespace imbench::reports {

struct HtmlSection {
  std::string title;                // heading, and the entry in the contents list
  std::string intro;                // plain text above the blocks (escaped); may be empty
  std::vector<std::string> blocks;  // ready HTML: <table> fragments, <svg> elements, <pre> blocks
};

// The whole page: a title, a subtitle line (escaped), a contents list linking
// every section, then the sections. Section anchors are "s1", "s2", ...
std::string html_page(const std::string& title, const std::string& subtitle, const std::vector<HtmlSection>& sections);

// A figure block: the SVG element with a caption under it.
std::string html_figure(const std::string& svg_element, const std::string& caption);

// Preformatted text (escaped), for provenance and LaTeX snippets.
std::string html_preformatted(const std::string& text);

}  // namespace imbench::reports
