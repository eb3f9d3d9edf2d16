// Edits to the text of an imported record, applied in one pass: spans replaced, text inserted,
// and the elements of a list kept, moved, added and removed so that every byte no removed or
// moved element owns stays where it stood. It knows spans and lines, not the format: export.cpp
// says what each element's edits and its text written anew are.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown/source_document.h"

namespace jobname::markdown {

struct Edit {
  std::size_t begin, end;  // the bytes replaced; begin == end inserts
  std::string text;
};

// [begin, end) of `text` with the edits that lie inside it applied. Edits never overlap by
// construction; an insertion goes before an edit that starts at the same byte, and insertions
// at one byte keep the order they were made in.
// The order applyEdits writes edits in: by place, an insertion before a replacement there (a
// stable sort keeps insertions at one place in the order they were made).
bool editWrittenFirst(const Edit& a, const Edit& b);
std::string applyEdits(std::string_view text, std::size_t begin, std::size_t end, std::vector<Edit> edits);

// `text` (whose lines end in '\n') with its lines ending in `newline`: "\n", or "\r\n" for a
// record whose lines end so.
std::string withNewline(std::string_view text, const std::string& newline);

struct ListLayout {
  std::string separator;     // between two elements written next to each other
  std::string lead;          // before the elements written at `insertAt`
  std::size_t insertAt = 0;  // where elements go when none of the file's stays in place
  std::string newline;       // the record's line ending
  // Elements that run together when only a line ending stands between them (two paragraphs):
  // an element removed from between two others leaves a blank line between them.
  bool keepApart = false;
};

// The edits that turn a list of the file (`old`, its elements in file order) into a list whose
// element k came from old element origins[k] (kNew, out of range or repeated: from none).
// The longest run of elements that kept their order stays in place, changed by `nodeEdits(k)`
// (edits inside the old element). Every other old element is removed with the blank lines on
// one side of it (towards a neighbour of the list, so the blank lines that remain are the ones
// that stood there). Each moved element (its old bytes with `nodeEdits(k)`) and each new one
// (`freshText(k)`) is written beside its nearest element that stayed: after the one before it
// (with at least a separator's line endings before what followed it), else before the one after
// it, else at layout.insertAt. Nothing else is touched, so whatever stands between two elements
// (another block, text the model does not own) stays.
std::vector<Edit> editList(std::string_view text, const std::vector<model::NodeSpan>& old,
                           const std::vector<model::Origin>& origins, const ListLayout& layout,
                           const std::function<std::vector<Edit>(std::size_t k)>& nodeEdits,
                           const std::function<std::string(std::size_t k)>& freshText);

}  // namespace jobname::markdown
