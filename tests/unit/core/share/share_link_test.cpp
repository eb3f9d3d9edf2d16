#include "core/share/share_link.h"

#include <doctest/doctest.h>

#include <zlib.h>

#include <algorithm>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/share/deflate.h"
#include "core/share/link_dictionary.h"
#include "core/text/base64.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readFile;

namespace {
std::string testData(const std::string& name) { return readFile(std::string(JN_TEST_DATA_DIR) + "/" + name); }

model::Record recordFrom(const std::string& markdown) { return *markdown::importMarkdown(markdown, "r.md").record; }

const char* kSmall =
    "# [Acme](https://acme.example)\n\n## Backend Developer\n\n### Status\n📜📞❌\n\n### Score\n6/10\n";
}  // namespace

TEST_CASE("share link: every corpus record comes back through the version-2 dictionary with the same fields and Markdown") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const model::Record record = recordFrom(readFile(path));
    const std::string fragment = share::shareFragment(record);
    CHECK(fragment.rfind("r=2.", 0) == 0);
    const auto shared = share::readShareFragment("#" + fragment);
    REQUIRE_MESSAGE(shared.record, shared.error);
    CHECK(model::sameContent(*shared.record, record));
    CHECK(markdown::exportMarkdown(*shared.record) == readFile(path));
  }
}

TEST_CASE("share link: the dictionary makes the median corpus link shorter than 1,900 characters") {
  std::vector<std::size_t> lengths;
  for (const auto& path : corpusFiles()) lengths.push_back(share::shareFragment(recordFrom(readFile(path))).size() + 1);
  REQUIRE(!lengths.empty());
  std::sort(lengths.begin(), lengths.end());
  CHECK(lengths[lengths.size() / 2] < 1900);  // 2,453 with version 1's plain deflate
}

TEST_CASE("share link: the version-2 dictionary never changes (every version-2 link depends on its bytes)") {
  const std::string_view dictionary = share::linkDictionary(2);
  CHECK(dictionary.size() == 5203);
  // The Adler-32 is what each version-2 link's zlib header names (docs/share-links.md).
  CHECK(adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(dictionary.data()), dictionary.size()) == 0x442d7034u);
  CHECK(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(dictionary.data()), dictionary.size()) == 0xef83591du);
  CHECK(share::linkDictionary(1).empty());
  CHECK(share::linkDictionary(3).empty());
}

TEST_CASE("share link: a version-1 link made before the dictionary still opens, byte for byte") {
  // Made by `jobname share assets/sample-record.md` at link version 1 (plain deflate), and kept.
  std::string link = testData("share-links/sample-record.v1.txt");
  while (!link.empty() && link.back() == '\n') link.pop_back();
  REQUIRE(link.rfind("#r=1.", 0) == 0);
  const auto shared = share::readShareFragment(link);
  REQUIRE_MESSAGE(shared.record, shared.error);
  CHECK(markdown::exportMarkdown(*shared.record) == testData("../../assets/sample-record.md"));
  // The same record now travels at version 2, in fewer characters.
  const std::string now = share::shareFragment(*shared.record);
  CHECK(now.rfind("r=2.", 0) == 0);
  CHECK(now.size() * 3 < link.size() * 2);
}

TEST_CASE("share link: a stored version-1 link of a corpus record opens to the file, byte for byte") {
  // hermes.v1.txt: "#r=1." and zlib's best compression of the file, as version 1 made it (its
  // sample-record.v1.txt, made by `jobname share` at version 1, is exactly that of its file too).
  std::string link = testData("share-links/hermes.v1.txt");
  while (!link.empty() && link.back() == '\n') link.pop_back();
  const auto shared = share::readShareFragment(link);
  REQUIRE_MESSAGE(shared.record, shared.error);
  CHECK(markdown::exportMarkdown(*shared.record) == readFile(std::string(JN_CORPUS_DIR) + "/hermes.md"));
}

TEST_CASE("share link: a stream packed with the dictionary does not open as another version, and says why") {
  const std::string packed = share::zlibCompress(kSmall, share::linkDictionary(2));
  CHECK(share::readShareFragment("r=2." + text::base64UrlEncode(packed)).record);
  const auto asVersion1 = share::readShareFragment("r=1." + text::base64UrlEncode(packed));
  CHECK_FALSE(asVersion1.record);
  CHECK(asVersion1.error.find("dictionary") != std::string::npos);
  std::string why;
  CHECK_FALSE(share::zlibDecompress(packed, 1000, &why, "another dictionary"));
  CHECK(why == "it was packed with a dictionary that its link version does not have");
  CHECK(share::zlibDecompress(packed, 1000, &why, share::linkDictionary(2)) == std::string(kSmall));
}

TEST_CASE("share link: a changed letter, a cut link or another version is refused with a reason") {
  const std::string fragment = share::shareFragment(recordFrom(kSmall));

  std::string changed = fragment;
  changed[changed.size() / 2] = changed[changed.size() / 2] == 'A' ? 'B' : 'A';
  auto result = share::readShareFragment(changed);
  CHECK_FALSE(result.record);
  CHECK(result.error.find("cannot be opened") != std::string::npos);
  CHECK(result.error.find("Nothing was changed") != std::string::npos);

  result = share::readShareFragment(fragment.substr(0, fragment.size() - 6));
  CHECK_FALSE(result.record);

  result = share::readShareFragment("r=3." + fragment.substr(4));
  CHECK(result.error.find("newer version") != std::string::npos);
  CHECK(share::readShareFragment("r=123456789." + fragment.substr(4)).error.find("newer version") != std::string::npos);
  CHECK(share::readShareFragment("r=0." + fragment.substr(4)).error.find("version (0) is not one") != std::string::npos);
  CHECK(share::readShareFragment("r=02." + fragment.substr(4)).error.find("version (02) is not one") != std::string::npos);

  CHECK(share::readShareFragment("r=2.").error.find("empty") != std::string::npos);
  CHECK(share::readShareFragment("r=").error.find("no version") != std::string::npos);
  CHECK(share::readShareFragment("r=x.abc").error.find("not a number") != std::string::npos);
  CHECK(share::readShareFragment("r=1.ab$c").error.find("characters") != std::string::npos);
  CHECK_FALSE(share::isShareFragment("#about"));
  CHECK(share::isShareFragment("#r=1.abc"));
}

TEST_CASE("share link: a stream with a wrong checksum says so") {
  std::string stream = share::zlibCompress("hello, record");
  stream.back() = static_cast<char>(stream.back() ^ 1);  // the Adler-32 at the end
  std::string why;
  CHECK_FALSE(share::zlibDecompress(stream, 1000, &why));
  CHECK(why.find("checksum") != std::string::npos);
}

TEST_CASE("share link: a link that would unpack to more than a record is refused before it fills memory") {
  const std::string zeros(share::kMaxRecordBytes + 1, '0');
  const std::string fragment = "r=1." + text::base64UrlEncode(share::zlibCompress(zeros));
  CHECK(fragment.size() < 3000);  // tiny link, huge content
  const auto result = share::readShareFragment(fragment);
  CHECK_FALSE(result.record);
  CHECK(result.error.find("more than a record") != std::string::npos);
}

TEST_CASE("share link: text that is not a record is refused") {
  const auto result = share::readShareFragment("r=1." + text::base64UrlEncode(share::zlibCompress("{\"format\": 3}")));
  CHECK_FALSE(result.record);
  CHECK(result.error.find("does not read") != std::string::npos);
}

TEST_CASE("share link: active HTML in a shared record is flagged, not dropped") {
  std::string markdown = kSmall;
  markdown += "\n### Notes\n<img src=x onerror=\"alert(1)\">\n";
  const auto result = share::readShareFragment(share::shareFragment(recordFrom(markdown)));
  REQUIRE(result.record);
  REQUIRE(result.activeContent.size() == 1);
  CHECK(result.activeContent[0].message.find("onerror") != std::string::npos);
  CHECK(result.activeContent[0].line > 0);
  CHECK(markdown::exportMarkdown(*result.record).find("onerror") != std::string::npos);
}
