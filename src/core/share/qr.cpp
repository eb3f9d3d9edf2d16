#include "core/share/qr.h"

#include <qrcodegen.hpp>

namespace jobname::share {

LinkQrCode linkQrCode(std::string_view link) {
  LinkQrCode result;
  // Checked here, not left to qrcodegen: it would throw, and the web build does not catch.
  if (link.size() > kQrMaxBytes) {
    result.charsOver = link.size() - kQrMaxBytes;
    result.message = "Too long for a QR code by " + std::to_string(result.charsOver) +
                     (result.charsOver == 1 ? " character" : " characters") + " (a QR code holds " +
                     std::to_string(kQrMaxBytes) + "): send the link as text, or the file.";
    return result;
  }
  const std::vector<std::uint8_t> bytes(link.begin(), link.end());
  const auto code = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::LOW);
  QrMatrix matrix;
  matrix.size = code.getSize();
  matrix.dark.resize(static_cast<std::size_t>(matrix.size) * matrix.size);
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size; ++x) matrix.dark[static_cast<std::size_t>(y) * matrix.size + x] = code.getModule(x, y);
  }
  result.matrix = std::move(matrix);
  return result;
}

}  // namespace jobname::share
