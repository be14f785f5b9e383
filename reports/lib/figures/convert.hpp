// PDF and PNG copies of an SVG figure through rsvg-convert (Debian package
// librsvg2-bin), when it is installed.
#pragma once

#include <string>
#include <vector>

#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

// True when rsvg-convert is found on PATH.
bool svg_converter_available();

// Writes FILE.pdf or FILE.png beside FILE.svg and returns its path. `format`
// is "pdf" or "png" (PNG at twice the SVG's size). Throws imbench::Error when
// rsvg-convert is missing (saying which package installs it) or fails.
std::string convert_svg(const std::string& svg_path, const std::string& format);

// Saves the SVG, then converts it to each of `formats` ("pdf", "png");
// returns every path written, the SVG first.
std::vector<std::string> write_figure(const Svg& svg, const std::string& svg_path,
                                      const std::vector<std::string>& formats);

}  // namespace imbench::reports::figures
