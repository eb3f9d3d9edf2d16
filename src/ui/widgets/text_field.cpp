#include "ui/widgets/text_field.h"

#include <imgui.h>

#include <algorithm>

#include "ui/widgets/font_measure.h"

namespace jobname::ui {

namespace {
constexpr float kMostLines = 16;  // a multi-line field grows with its text up to this many lines

// A multi-line field's text wrapped at word boundaries to the inside of its box: each line of the
// text a paragraph with its own direction, right-aligned when right-to-left. Wrapped again only
// when the text, the width or the font size change.
const reading::WrappedText& wrappedField(UiState& state, const char* id, const std::string& value, float width) {
  WrappedField& field = state.wrappedFields[id];
  const float fontSize = ImGui::GetFontSize();
  if (field.value != value || field.width != width || field.fontSize != fontSize) {
    field.value = value;
    field.width = width;
    field.fontSize = fontSize;
    field.wrapped = reading::wrapPlainText(value, width, reading::FontStyle{}, measureWithFont(ImGui::GetFont(), nullptr, fontSize));
  }
  return field.wrapped;
}

void drawWrapped(const reading::WrappedText& wrapped, ImVec2 min, ImVec2 max) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  draw->PushClipRect(min, max, true);
  float y = min.y + style.FramePadding.y;
  for (const reading::TextLine& line : wrapped.lines) {
    if (y > max.y) break;
    for (const reading::Segment& s : line.segments) {
      const std::string_view text = wrapped.text(s);
      draw->AddText(ImVec2(min.x + style.FramePadding.x + s.x, y), ink, text.data(), text.data() + text.size());
    }
    y += ImGui::GetTextLineHeight();
  }
  draw->PopClipRect();
}

// Where a line of a one-line field's visual text starts: right-aligned when it holds right-to-left
// letters (each line of the logical text has its own direction).
float lineLeft(std::string_view visualLine, ImVec2 min, ImVec2 max) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!text::containsRightToLeft(visualLine)) return min.x + style.FramePadding.x;
  const float width = ImGui::CalcTextSize(visualLine.data(), visualLine.data() + visualLine.size()).x;
  return std::max(min.x + style.FramePadding.x, max.x - style.FramePadding.x - width);
}

// The shaped text, line by line, clipped to the frame; right-to-left paragraphs right-aligned.
void drawShaped(UiState& state, const std::string& value, ImVec2 min, ImVec2 max, const char* hint) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  draw->PushClipRect(min, max, true);
  if (value.empty()) {
    if (hint) draw->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), hint);
    draw->PopClipRect();
    return;
  }
  const std::string& visual = state.visualText.visual(value);
  float y = min.y + style.FramePadding.y;
  std::size_t start = 0;
  while (start <= visual.size() && y < max.y) {
    const std::size_t end = std::min(visual.find('\n', start), visual.size());
    const char* b = visual.c_str() + start;
    const char* e = visual.c_str() + end;
    const float x = lineLeft(std::string_view(b, static_cast<std::size_t>(e - b)), min, max);
    draw->AddText(ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), b, e);
    y += ImGui::GetTextLineHeight();
    if (end == visual.size()) break;
    start = end + 1;
  }
  draw->PopClipRect();
}
// The field a search found: its frame marked, and the hit itself: the words as drawn on a one-line
// field (in either direction, in pieces where the hit crosses from Persian into Latin or digits),
// the wrapped lines holding it in a multi-line field.
void searchHighlight(UiState& state, const std::string& value, const SearchHitShown& hit, ImVec2 min, ImVec2 max,
                     const reading::WrappedText* wrapped) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImU32 mark = IM_COL32(255, 196, 0, 110);
  draw->AddRectFilled(min, max, IM_COL32(255, 196, 0, 48), style.FrameRounding);
  draw->AddRect(min, max, IM_COL32(255, 196, 0, 255), style.FrameRounding, 0, 2.0f);
  anchorRect(state, "search.hit", min, max);
  if (hit.length == 0 || hit.offset + hit.length > value.size()) return;
  const std::size_t hitEnd = hit.offset + hit.length;
  if (wrapped) {
    float y = min.y + style.FramePadding.y;
    for (const reading::TextLine& line : wrapped->lines) {
      if (line.logicalBegin < hitEnd && hit.offset < line.logicalEnd && !line.segments.empty() && y < max.y) {
        const ImVec2 from(min.x + style.FramePadding.x + line.segments.front().x, y);
        const ImVec2 to(std::min(max.x, min.x + style.FramePadding.x + line.segments.back().x + line.segments.back().width),
                        std::min(max.y, y + ImGui::GetTextLineHeight()));
        draw->AddRectFilled(from, to, mark, 2);
        anchorRect(state, "search.hit.text", from, to);
      }
      y += ImGui::GetTextLineHeight();
    }
    return;
  }
  // The line holding the hit's start (a one-line field holds one line, but may be given more).
  const std::size_t lineBegin = hit.offset == 0 ? 0 : value.rfind('\n', hit.offset - 1) + 1;  // npos + 1 == 0
  const std::size_t lineEnd = std::min(value.find('\n', hit.offset), value.size());
  const std::string_view line = std::string_view(value).substr(lineBegin, lineEnd - lineBegin);
  const std::string& visual = state.visualText.visual(line);
  const float left = lineLeft(visual, min, max);
  const float top = min.y + 2 + ImGui::GetTextLineHeight() * static_cast<float>(std::count(value.begin(), value.begin() + lineBegin, '\n'));
  const float bottom = std::min(max.y - 2, top + ImGui::GetFrameHeight() - 4);
  ImVec2 first(max.x, bottom), last(min.x, top);  // all the pieces, for the anchor
  int piece = 0;
  for (const text::VisualRun& run : text::visualRuns(line, hit.offset - lineBegin, std::min(hitEnd, lineEnd) - lineBegin)) {
    const float x = left + ImGui::CalcTextSize(visual.data(), visual.data() + run.begin).x;
    const float w = ImGui::CalcTextSize(visual.data() + run.begin, visual.data() + run.end).x;
    const ImVec2 from(std::max(x, min.x), top), to(std::min(x + w, max.x), bottom);
    if (from.x >= to.x || top >= bottom) continue;
    draw->AddRectFilled(from, to, mark, 2);
    anchorRect(state, "search.hit.text." + std::to_string(piece++), from, to);
    first = ImVec2(std::min(first.x, from.x), std::min(first.y, from.y));
    last = ImVec2(std::max(last.x, to.x), std::max(last.y, to.y));
  }
  if (piece > 0) anchorRect(state, "search.hit.text", first, last);
}

// The part of an editable field the window shows, in CSS pixels (see TextOverlay::fieldPlaces).
void recordFieldPlace(UiState& state, ImVec2 min, ImVec2 max) {
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
  const float x0 = std::max(min.x, clipMin.x), y0 = std::max(min.y, clipMin.y);
  const float x1 = std::min(max.x, clipMax.x), y1 = std::min(max.y, clipMax.y);
  if (x1 <= x0 || y1 <= y0) return;
  const float toCss = 1.0f / state.devicePixelRatio;
  state.overlay.screenPieces.push_back({x0 * toCss, y0 * toCss, (x1 - x0) * toCss, (y1 - y0) * toCss, TextOverlay::ScreenPiece::kField});
}

void coverFields(UiState& state, ImVec2 min, ImVec2 size, TextOverlay::ScreenPiece::Kind kind) {
  const float toCss = 1.0f / state.devicePixelRatio;
  state.overlay.screenPieces.push_back({min.x * toCss, min.y * toCss, size.x * toCss, size.y * toCss, kind});
}

// Where the browser's box goes: over this field, in CSS pixels.
void placeOverlay(UiState& state, ImVec2 min, float width, float height, bool multiline, bool oneLine) {
  auto& overlay = state.overlay;
  const float toCss = 1.0f / state.devicePixelRatio;
  overlay.shown = true;
  overlay.x = min.x * toCss;
  overlay.y = min.y * toCss;
  overlay.w = width * toCss;
  overlay.h = height * toCss;
  overlay.multiline = multiline;
  overlay.oneLine = oneLine;
  overlay.fontPx = ImGui::GetFontSize() * toCss;
}
}  // namespace

bool TextField(UiState& state, const char* id, std::string& value, const TextFieldOptions& options) {
  auto& overlay = state.overlay;
  if (state.editor.jumpTo == id && !options.readOnly) {  // a problem was clicked: edit this field
    overlay.activeId = id;
    overlay.pendingOpen = true;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  // A fixed width never runs past the line's end (a narrow window, a phone): it is cut to what is left.
  const float least = ImGui::GetFontSize() * 3;
  const float width = options.width < 0 ? std::max(avail + options.width, least) : std::min(options.width, std::max(avail, least));
  const bool multiline = options.lines > 1 || options.wrap;
  const reading::WrappedText* wrapped = multiline ? &wrappedField(state, id, value, std::max(1.0f, width - style.FramePadding.x * 2)) : nullptr;
  const float lines = multiline ? std::min(kMostLines, std::max(options.lines, static_cast<float>(wrapped->lines.size()))) : 1;
  const float height = multiline ? ImGui::GetTextLineHeight() * lines + style.FramePadding.y * 2 : ImGui::GetFrameHeight();
  ImGui::PushID(id);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + height);
  const bool clicked = ImGui::InvisibleButton("##field", ImVec2(width, height));
  anchorLastItem(state, id);
  if (!options.readOnly) {
    overlay.fieldOrder.emplace_back(id);
    recordFieldPlace(state, min, max);
  }
  const bool hovered = ImGui::IsItemHovered() && !options.readOnly;
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool active = overlay.activeId == id && !options.readOnly;
  draw->AddRectFilled(min, max, ImGui::GetColorU32(active ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
  const SearchHitShown& hit = state.editor.searchHit;
  if (hit.shown && hit.field == id) searchHighlight(state, value, hit, min, max, value.empty() ? nullptr : wrapped);
  bool changed = false;
  if (active && overlay.pendingOpen) {
    overlay.pendingOpen = false;
    if (!ImGui::IsRectVisible(min, max)) ImGui::SetScrollHereY(0.5f);  // reached with Tab from off screen
    overlay.open = true;
    overlay.initial = overlay.text = value;
  }
  if (active) {
    if (overlay.textChanged && overlay.text != value) {
      value = overlay.text;
      changed = true;
    }
    if (overlay.keepInViewFrames > 0) {  // the window changed size under it: it stays on screen, whole
      --overlay.keepInViewFrames;
      const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
      if (min.y < top || max.y > bottom) ImGui::SetScrollHereY(0.5f);
      if (!ImGui::IsItemVisible()) overlay.shown = true;  // where it was, until the scroll reaches it
    }
    if (ImGui::IsItemVisible()) placeOverlay(state, min, width, height, multiline, options.wrap);
  } else {
    if (wrapped && !value.empty()) drawWrapped(*wrapped, min, max);
    else drawShaped(state, value, min, max, options.hint);
    if (clicked && !options.readOnly) {
      overlay.activeId = id;
      overlay.open = true;
      overlay.initial = value;
      overlay.text = value;
      placeOverlay(state, min, width, height, multiline, options.wrap);
    }
  }
  ImGui::PopID();
  return changed;
}

void coverFieldsBelowWindow(UiState& state, bool modal) {
  const ImGuiViewport* screen = ImGui::GetMainViewport();
  if (modal) coverFields(state, screen->Pos, screen->Size, TextOverlay::ScreenPiece::kWindowAbove);
  else coverFields(state, ImGui::GetWindowPos(), ImGui::GetWindowSize(), TextOverlay::ScreenPiece::kWindowAbove);
}

void coverFieldsUnderPopup(UiState& state) {
  coverFields(state, ImGui::GetWindowPos(), ImGui::GetWindowSize(), TextOverlay::ScreenPiece::kPopup);
}

std::vector<float> uncoveredFieldPlaces(const UiState& state) {
  using Piece = TextOverlay::ScreenPiece;
  const std::vector<Piece>& pieces = state.overlay.screenPieces;
  const auto overlap = [](const Piece& a, const Piece& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  };
  std::vector<float> places;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].kind != Piece::kField) continue;
    bool covered = false;
    for (std::size_t j = 0; j < pieces.size() && !covered; ++j) {
      const bool over = pieces[j].kind == Piece::kPopup || (pieces[j].kind == Piece::kWindowAbove && j > i);
      covered = over && overlap(pieces[i], pieces[j]);
    }
    if (!covered) places.insert(places.end(), {pieces[i].x, pieces[i].y, pieces[i].w, pieces[i].h});
  }
  return places;
}

std::string neighbourField(const std::vector<std::string>& order, const std::string& id, int step) {
  const auto form = [](const std::string& name) { return name.substr(0, name.find('.')); };
  const auto at = std::find(order.begin(), order.end(), id);
  if (at == order.end() || step == 0) return "";
  for (std::ptrdiff_t i = (at - order.begin()) + step; i >= 0 && i < static_cast<std::ptrdiff_t>(order.size()); i += step) {
    const std::string& candidate = order[static_cast<std::size_t>(i)];
    if (candidate != id && form(candidate) == form(id)) return candidate;
  }
  return "";
}

}  // namespace jobname::ui
