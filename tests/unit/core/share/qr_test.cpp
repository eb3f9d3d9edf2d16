#include "core/share/qr.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jobname;

namespace {
std::vector<std::string> rows(const share::QrMatrix& matrix) {
  std::vector<std::string> out;
  for (int y = 0; y < matrix.size; ++y) {
    std::string row;
    for (int x = 0; x < matrix.size; ++x) row += matrix.isDark(x, y) ? '#' : '.';
    out.push_back(row);
  }
  return out;
}
}  // namespace

TEST_CASE("qr: a known string gives the code qrcodegen's Python port of the same package gives") {
  // third_party/qrcodegen/python: QrCode.encode_binary(b"Hello, world!", QrCode.Ecc.LOW): version 1,
  // error correction raised to M (13 bytes leave room for it), mask 2.
  const std::vector<std::string> expected = {
      "#######.....#.#######", "#.....#..#.#..#.....#", "#.###.#.#.###.#.###.#", "#.###.#.#.....#.###.#",
      "#.###.#.##..#.#.###.#", "#.....#.####..#.....#", "#######.#.#.#.#######", "........#.#..........",
      "#.#####..###..#####..", "...##..##...##..###.#", "...#..#.###.###..###.", ".##..#.#..####.#.##..",
      "##.####.#...#.##....#", "........#....#####...", "#######..##.####..##.", "#.....#.#.#.##.#.###.",
      "#.###.#.##.####.#..##", "#.###.#.#.#....###...", "#.###.#.#####.##..#..", "#.....#...#.##..###..",
      "#######.##.#..#.#..#.",
  };
  const auto code = share::linkQrCode("Hello, world!");
  REQUIRE(code.matrix);
  CHECK(code.charsOver == 0);
  CHECK(code.message.empty());
  CHECK(code.matrix->size == 21);
  CHECK(rows(*code.matrix) == expected);
}

TEST_CASE("qr: a link of a version-2 kind gives a 25-module code with its finder patterns and dark module") {
  const auto code = share::linkQrCode("https://example.com/#r=2.eNo");
  REQUIRE(code.matrix);
  const share::QrMatrix& m = *code.matrix;
  CHECK(m.size == 25);
  // Finder pattern corners and centres, their light separators, the timing row, the dark module.
  CHECK(m.isDark(0, 0));
  CHECK(m.isDark(3, 3));
  CHECK_FALSE(m.isDark(1, 1));
  CHECK_FALSE(m.isDark(7, 7));
  CHECK(m.isDark(24, 0));
  CHECK(m.isDark(0, 24));
  CHECK_FALSE(m.isDark(0, 17));
  CHECK(m.isDark(8, 6));
  CHECK_FALSE(m.isDark(9, 6));
  CHECK(m.isDark(8, 4 * 2 + 9));
  CHECK(rows(m)[11] == ".##..#...#..#.##.#.#..##.");  // from the Python port, as above
}

TEST_CASE("qr: the longest link a QR code holds gives the largest code; one character more says by how much") {
  const auto largest = share::linkQrCode(std::string(share::kQrMaxBytes, 'x'));
  REQUIRE(largest.matrix);
  CHECK(largest.matrix->size == 177);
  CHECK(largest.matrix->dark.size() == 177u * 177u);

  const auto one = share::linkQrCode(std::string(share::kQrMaxBytes + 1, 'x'));
  CHECK_FALSE(one.matrix);
  CHECK(one.charsOver == 1);
  CHECK(one.message == "Too long for a QR code by 1 character (a QR code holds 2953): send the link as text, or the file.");

  const auto many = share::linkQrCode(std::string(5000, 'x'));
  CHECK_FALSE(many.matrix);
  CHECK(many.charsOver == 5000 - 2953);
  CHECK(many.message.find("by 2047 characters") != std::string::npos);
}
