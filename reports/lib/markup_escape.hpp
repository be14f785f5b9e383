// Escaping text for HTML and SVG/XML output.
#pragma once

#include <string>

namespace imbench::reports {

// Replaces & < > " by entities, and ' by &apos; when `apostrophe` is set, so the text is safe inside an
// element or a double-quoted attribute (a single-quoted one needs the apostrophe escaped too).
std::string escape_markup(const std::string& text, bool apostrophe);

}  // namespace imbench::reports
