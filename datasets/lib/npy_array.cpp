#include "datasets/lib/npy_array.hpp"

#include <cstring>
#include <regex>

#include "core/error.hpp"

namespace imbench {
namespace {

std::uint64_t read_unsigned(const unsigned char* p, std::size_t width, bool big_endian) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < width; ++i) v = (v << 8) | p[big_endian ? i : width - 1 - i];
  return v;
}

double read_number(const unsigned char* p, char kind, std::size_t width, bool big_endian) {
  std::uint64_t bits = read_unsigned(p, width, big_endian);
  switch (kind) {
    case 'b':
    case 'u': return static_cast<double>(bits);
    case 'i': {
      if (width < 8 && (bits >> (8 * width - 1)) & 1) bits |= ~std::uint64_t{0} << (8 * width);  // sign-extend
      return static_cast<double>(static_cast<std::int64_t>(bits));
    }
    default: {
      if (width == 8) {
        double d;
        std::memcpy(&d, &bits, 8);
        return d;
      }
      auto narrow = static_cast<std::uint32_t>(bits);
      float f;
      std::memcpy(&f, &narrow, 4);
      return f;
    }
  }
}

void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Position of element `c` (a C-order index) in a Fortran-order buffer.
std::size_t fortran_position(std::size_t c, const std::vector<std::size_t>& shape) {
  std::size_t position = 0, stride = 1;
  std::vector<std::size_t> index(shape.size());
  for (std::size_t d = shape.size(); d-- > 0;) {
    index[d] = c % shape[d];
    c /= shape[d];
  }
  for (std::size_t d = 0; d < shape.size(); ++d) {
    position += index[d] * stride;
    stride *= shape[d];
  }
  return position;
}

}  // namespace

std::size_t NpyArray::size() const {
  std::size_t n = 1;
  for (std::size_t s : shape) n *= s;
  return n;
}

NpyArray parse_npy(const std::string& bytes, const std::string& where) {
  auto fail = [&](const std::string& why) { return Error(where + ": " + why); };
  if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0) throw fail("not a .npy array (bad magic)");
  const auto* raw = reinterpret_cast<const unsigned char*>(bytes.data());
  const int major = raw[6];
  std::size_t header_length = major == 1 ? read_unsigned(raw + 8, 2, false) : read_unsigned(raw + 8, 4, false);
  std::size_t header_start = major == 1 ? 10 : 12;
  if (major < 1 || major > 3) throw fail(".npy version " + std::to_string(major) + " is not supported");
  if (header_start + header_length > bytes.size()) throw fail("truncated .npy header");
  const std::string header = bytes.substr(header_start, header_length);

  std::smatch m;
  if (!std::regex_search(header, m, std::regex(R"('descr'\s*:\s*'([<>|=])([a-zA-Z])(\d+)')")))
    throw fail("unsupported dtype in header " + header + " (numbers or unicode strings only)");
  const bool big_endian = m[1] == ">";
  NpyArray a;
  a.kind = m[2].str()[0];
  const std::size_t width = std::stoul(m[3]);
  bool number_ok = (a.kind == 'f' && (width == 4 || width == 8)) ||
                   ((a.kind == 'i' || a.kind == 'u') && (width == 1 || width == 2 || width == 4 || width == 8)) ||
                   (a.kind == 'b' && width == 1);
  if (!number_ok && a.kind != 'U') throw fail("dtype '" + m[2].str() + m[3].str() + "' is not supported");
  const bool fortran = std::regex_search(header, std::regex(R"('fortran_order'\s*:\s*True)"));
  if (!std::regex_search(header, m, std::regex(R"('shape'\s*:\s*\(([^)]*)\))"))) throw fail("no shape in header");
  std::string dims = m[1];
  const std::regex number(R"(\d+)");
  for (std::sregex_iterator it(dims.begin(), dims.end(), number), end; it != end; ++it)
    a.shape.push_back(std::stoul(it->str()));

  const std::size_t item = a.kind == 'U' ? 4 * width : width;
  const std::size_t n = a.size();
  const std::size_t data_start = header_start + header_length;
  if (bytes.size() - data_start < n * item)
    throw fail("data is truncated (" + std::to_string(bytes.size() - data_start) + " bytes for " +
               std::to_string(n) + " items of " + std::to_string(item) + ")");
  const unsigned char* data = raw + data_start;
  for (std::size_t c = 0; c < n; ++c) {
    const unsigned char* p = data + item * (fortran ? fortran_position(c, a.shape) : c);
    if (a.kind != 'U') {
      a.numbers.push_back(read_number(p, a.kind, width, big_endian));
      continue;
    }
    std::string text;
    for (std::size_t ch = 0; ch < width; ++ch) {
      auto code = static_cast<std::uint32_t>(read_unsigned(p + 4 * ch, 4, big_endian));
      if (code == 0) break;  // numpy pads short strings with NULs
      append_utf8(text, code);
    }
    a.texts.push_back(std::move(text));
  }
  return a;
}

}  // namespace imbench
