#include "core/share/share_link.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/share/deflate.h"
#include "core/text/base64.h"
#include "../../support/corpus.h"

using namespace jobname;
using jobname::testing::corpusFiles;
using jobname::testing::readFile;

namespace {
model::Record recordFrom(const std::string& markdown) { return *markdown::importMarkdown(markdown, "r.md").record; }

const char* kSmall =
    "# [Acme](https://acme.example)\n\n## Backend Developer\n\n### Status\n📜📞❌\n\n### Score\n6/10\n";
}  // namespace

TEST_CASE("share link: every corpus record comes back with the same fields and the same Markdown") {
  for (const auto& path : corpusFiles()) {
    CAPTURE(path.filename().string());
    const model::Record record = recordFrom(readFile(path));
    const std::string fragment = share::shareFragment(record);
    CHECK(fragment.rfind("r=1.", 0) == 0);
    const auto shared = share::readShareFragment("#" + fragment);
    REQUIRE_MESSAGE(shared.record, shared.error);
    CHECK(model::sameContent(*shared.record, record));
    CHECK(markdown::exportMarkdown(*shared.record) == readFile(path));
  }
}

TEST_CASE("share link: the median corpus link fits a chat message") {
  std::vector<std::size_t> lengths;
  for (const auto& path : corpusFiles()) lengths.push_back(share::shareFragment(recordFrom(readFile(path))).size());
  REQUIRE(!lengths.empty());
  std::sort(lengths.begin(), lengths.end());
  CHECK(lengths[lengths.size() / 2] < 3000);
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

  result = share::readShareFragment("r=2." + fragment.substr(4));
  CHECK(result.error.find("newer version") != std::string::npos);

  CHECK(share::readShareFragment("r=1.").error.find("empty") != std::string::npos);
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
