#include "datasets/lib/zip_archive.hpp"

#include <zlib.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"

namespace imbench {
namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;

// Little-endian reads with bounds checks.
class Bytes {
 public:
  Bytes(const std::string& data, const std::string& path) : data_(data), path_(path) {}
  std::uint64_t read(std::size_t offset, int width) const {
    if (offset + static_cast<std::size_t>(width) > data_.size())
      throw Error("file '" + path_ + "': not a valid zip/npz archive (truncated at byte " + std::to_string(offset) + ")");
    std::uint64_t v = 0;
    for (int i = width - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(data_[offset + static_cast<std::size_t>(i)]);
    return v;
  }
  std::uint16_t u16(std::size_t offset) const { return static_cast<std::uint16_t>(read(offset, 2)); }
  std::uint32_t u32(std::size_t offset) const { return static_cast<std::uint32_t>(read(offset, 4)); }
  std::uint64_t u64(std::size_t offset) const { return read(offset, 8); }

 private:
  const std::string& data_;
  const std::string& path_;
};

}  // namespace

ZipArchive::ZipArchive(std::string path) : path_(std::move(path)) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw Error("file '" + path_ + "': cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  bytes_ = ss.str();
  Bytes b(bytes_, path_);
  const Error not_zip("file '" + path_ + "': not a zip/npz archive (no end-of-directory record)");
  if (bytes_.size() < 22) throw not_zip;
  // The end record sits in the last 22 + 65535 bytes (it may carry a comment).
  std::size_t end = std::string::npos;
  for (std::size_t pos = bytes_.size() - 22;; --pos) {
    if (b.u32(pos) == kEndOfDirectory) {
      end = pos;
      break;
    }
    if (pos == 0 || bytes_.size() - pos > 22 + 65535) break;
  }
  if (end == std::string::npos) throw not_zip;
  std::uint64_t count = b.u16(end + 10);
  std::uint64_t offset = b.u32(end + 16);
  if ((count == 0xFFFF || offset == 0xFFFFFFFF) && end >= 20 && b.u32(end - 20) == kZip64Locator) {
    std::size_t record = b.u64(end - 20 + 8);
    count = b.u64(record + 32);
    offset = b.u64(record + 48);
  }
  std::size_t pos = offset;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (b.u32(pos) != kDirectoryEntry) throw Error("file '" + path_ + "': damaged zip central directory");
    Member m;
    m.method = b.u16(pos + 10);
    m.crc = b.u32(pos + 16);
    m.compressed_size = b.u32(pos + 20);
    m.size = b.u32(pos + 24);
    std::size_t name_length = b.u16(pos + 28), extra_length = b.u16(pos + 30), comment_length = b.u16(pos + 32);
    m.local_header_offset = b.u32(pos + 42);
    if (pos + 46 + name_length > bytes_.size()) throw Error("file '" + path_ + "': damaged zip central directory");
    m.name = bytes_.substr(pos + 46, name_length);
    // Zip64 extra field: 64-bit values replace the 32-bit fields that are all ones, in this order.
    for (std::size_t e = pos + 46 + name_length; e + 4 <= pos + 46 + name_length + extra_length;) {
      std::uint16_t id = b.u16(e), length = b.u16(e + 2);
      if (id == 0x0001) {
        std::size_t field = e + 4;
        if (m.size == 0xFFFFFFFF) m.size = b.u64(field), field += 8;
        if (m.compressed_size == 0xFFFFFFFF) m.compressed_size = b.u64(field), field += 8;
        if (m.local_header_offset == 0xFFFFFFFF) m.local_header_offset = b.u64(field);
      }
      e += 4 + length;
    }
    members_.push_back(m);
    pos += 46 + name_length + extra_length + comment_length;
  }
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> out;
  for (const auto& m : members_) out.push_back(m.name);
  return out;
}

bool ZipArchive::contains(const std::string& name) const {
  for (const auto& m : members_)
    if (m.name == name) return true;
  return false;
}

const ZipArchive::Member& ZipArchive::find(const std::string& name) const {
  for (const auto& m : members_)
    if (m.name == name) return m;
  throw Error("file '" + path_ + "': no member '" + name + "'");
}

std::string ZipArchive::extract(const std::string& name) const {
  const Member& m = find(name);
  Bytes b(bytes_, path_);
  const std::string where = "file '" + path_ + "', member '" + name + "'";
  if (b.u32(m.local_header_offset) != kLocalHeader) throw Error(where + ": damaged local header");
  std::size_t data = m.local_header_offset + 30 + b.u16(m.local_header_offset + 26) + b.u16(m.local_header_offset + 28);
  if (data + m.compressed_size > bytes_.size()) throw Error(where + ": truncated");
  std::string out;
  if (m.method == 0) {
    out = bytes_.substr(data, m.size);
  } else if (m.method == 8) {
    out.resize(m.size);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw Error(where + ": cannot start zlib");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes_.data() + data));
    z.avail_in = static_cast<uInt>(m.compressed_size);
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(m.size);
    int status = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (status != Z_STREAM_END || z.total_out != m.size) throw Error(where + ": deflate data is damaged");
  } else {
    throw Error(where + ": compression method " + std::to_string(m.method) + " is not supported (stored or deflate)");
  }
  auto crc = crc32(0L, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()));
  if (crc != m.crc) throw Error(where + ": CRC-32 mismatch (damaged archive)");
  return out;
}

}  // namespace imbench
