// A share link as a QR code: the matrix of dark and light modules a phone camera reads, made by
// Project Nayuki's qrcodegen (byte mode, the error correction raised as far as the size allows).
// Drawing it, with its quiet zone, is the UI's job; so is choosing the module size on screen.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobname::share {

// The most bytes a QR code holds: byte mode, version 40 (177 modules a side), low error correction.
constexpr std::size_t kQrMaxBytes = 2953;
// The light margin around the code that scanners need, in modules (ISO/IEC 18004 asks for 4).
constexpr int kQrQuietZoneModules = 4;

struct QrMatrix {
  int size = 0;                     // modules a side, without the quiet zone: 21 to 177
  std::vector<std::uint8_t> dark;   // size × size, row by row: 1 for a dark module
  bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x] != 0; }
};

struct LinkQrCode {
  std::optional<QrMatrix> matrix;  // empty when the link is too long for a QR code
  std::size_t charsOver = 0;       // by how much it is too long
  std::string message;             // what to tell the user when it is
};

// `link` is the whole address (page and fragment): what the camera should open.
LinkQrCode linkQrCode(std::string_view link);

}  // namespace jobname::share
