// A minimal zip reader for .npz files: lists members and extracts stored or
// deflated ones (zip64 sizes included, since numpy writes them).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace imbench {

class ZipArchive {
 public:
  // Reads the whole archive and its central directory. Throws Error naming the file.
  explicit ZipArchive(std::string path);

  std::vector<std::string> names() const;
  bool contains(const std::string& name) const;
  // The uncompressed bytes of member `name`; checks the CRC-32.
  std::string extract(const std::string& name) const;

 private:
  struct Member {
    std::string name;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint64_t compressed_size = 0, size = 0, local_header_offset = 0;
  };
  const Member& find(const std::string& name) const;

  std::string path_;
  std::string bytes_;
  std::vector<Member> members_;
};

}  // namespace imbench
