// User-facing errors. Every message names what is wrong and where
// (file, line, field or parameter), so it can be shown to the user as is.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace imbench {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// "'x' is unknown; known: a, b, c" with the closest candidates first.
std::string unknown_name_message(const std::string& what, const std::string& name,
                                 const std::vector<std::string>& candidates);

}  // namespace imbench
