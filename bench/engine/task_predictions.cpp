#include "bench/engine/task_predictions.hpp"

#include <bit>

#include "core/error.hpp"

namespace imbench {
namespace {

template <class Unsigned>
void put(std::string& out, Unsigned bits) {
  for (std::size_t b = 0; b < sizeof(Unsigned); ++b) out += static_cast<char>((bits >> (8 * b)) & 0xFF);
}

template <class Unsigned>
Unsigned get(const std::string& bytes, std::size_t at) {
  Unsigned bits = 0;
  for (std::size_t b = 0; b < sizeof(Unsigned); ++b)
    bits |= static_cast<Unsigned>(static_cast<unsigned char>(bytes[at + b])) << (8 * b);
  return bits;
}

template <class Value, class Unsigned>
std::vector<Value> decode(const std::string& bytes, const std::string& what) {
  if (bytes.size() % sizeof(Unsigned) != 0)
    throw Error(what + ": " + std::to_string(bytes.size()) + " bytes is not a whole number of " +
                std::to_string(sizeof(Unsigned)) + "-byte values");
  std::vector<Value> out(bytes.size() / sizeof(Unsigned));
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::bit_cast<Value>(get<Unsigned>(bytes, i * sizeof(Unsigned)));
  return out;
}

template <class Unsigned, class Value>
std::string encode(const std::vector<Value>& values) {
  std::string out;
  out.reserve(values.size() * sizeof(Unsigned));
  for (Value v : values) put(out, std::bit_cast<Unsigned>(v));
  return out;
}

}  // namespace

std::string encode_int64(const std::vector<std::int64_t>& values) { return encode<std::uint64_t>(values); }
std::string encode_int32(const std::vector<std::int32_t>& values) { return encode<std::uint32_t>(values); }
std::string encode_float64(const std::vector<double>& values) { return encode<std::uint64_t>(values); }

std::vector<std::int64_t> decode_int64(const std::string& bytes, const std::string& what) {
  return decode<std::int64_t, std::uint64_t>(bytes, what);
}
std::vector<std::int32_t> decode_int32(const std::string& bytes, const std::string& what) {
  return decode<std::int32_t, std::uint32_t>(bytes, what);
}
std::vector<double> decode_float64(const std::string& bytes, const std::string& what) {
  return decode<double, std::uint64_t>(bytes, what);
}

}  // namespace imbench
