#include "reports/lib/markup_escape.hpp"

namespace imbench::reports {

std::string escape_markup(const std::string& text, bool apostrophe) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += apostrophe ? "&apos;" : "'"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace imbench::reports
