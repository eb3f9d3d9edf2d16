// A record in a link: "#r=<version>.<base64url of the zlib-deflated record>". The fragment never
// reaches a server. The record travels as the Markdown it exports to when that reads back to the
// same fields (the smallest form), as JSON otherwise. The version says how it was deflated:
// 1 plainly, 2 with the preset dictionary of link_dictionary.h (docs/share-links.md). Links are
// made at the newest version and read at every version. Reading a link checks everything: the
// version, the alphabet, the deflate checksum, the size it unpacks to, and the record itself;
// and it flags active content (insights/active_content.h), which would run in a published book.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/model/record.h"

namespace jobname::share {

constexpr int kLinkVersion = 2;  // the version links are made at; every older one still reads
// A Telegram message holds 4,096 characters, the tightest of the chats people here use: a longer
// link is offered with a warning that it may be split there.
constexpr std::size_t kChatMessageChars = 4096;
// Beyond this a link is no way to share (chats, mail and address bars cut or choke on it): the
// file is offered instead.
constexpr std::size_t kMaxLinkChars = 32768;
constexpr std::size_t kMaxRecordBytes = 1024 * 1024;

// "r=2.…", to follow '#' in the page's address.
std::string shareFragment(const model::Record& record);

// True when a page address fragment (with or without its '#') is meant as a shared record.
bool isShareFragment(std::string_view fragment);

struct SharedRecord {
  std::optional<model::Record> record;  // empty when the link cannot be read
  std::string error;                    // why, in a sentence, when it cannot
  std::vector<Diagnostic> activeContent;  // what in the record would run where it is published
  std::vector<std::string> warnings;    // what the importer noted, for a record that did read
};

SharedRecord readShareFragment(std::string_view fragment);

}  // namespace jobname::share
