#include "ui/views/record_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/calendar/jalali.h"
#include "core/markdown/export.h"
#include "core/markdown/import.h"
#include "core/mermaid/status_check.h"
#include "core/model/outcome.h"
#include "core/model/removal_note.h"
#include "core/model/stages.h"
#include "core/text/ascii_case.h"
#include "core/collection/search_hit.h"
#include "ui/views/process_panel.h"
#include "ui/views/reading_view.h"
#include "ui/theme.h"
#include "ui/widgets/bidi_text.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/jalali_date_picker.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/tap_rows.h"

namespace jobname::ui {

namespace {
// Opens the collapsible part drawn next when the field about to be scrolled to lies inside it (a
// search hit, a problem clicked): a part the user collapsed is opened, not left hiding the field.
void openIfScrollingInto(const UiState& state, std::string_view part) {
  if (collection::fieldWithin(state.editor.reveal, part) || collection::fieldWithin(state.editor.jumpTo, part)) {
    ImGui::SetNextItemOpen(true);
  }
}

// A tree node's line a tap target high in the narrow layout (ImGui draws a plain one a line of text high).
ImGuiTreeNodeFlags tapTargetFlags(const UiState& state) { return state.narrow ? ImGuiTreeNodeFlags_FramePadding : 0; }

// A labelled one-line field: the label after the box, as ImGui lays out its own widgets; in the
// narrow layout the label above and the box the whole width (a negative `width` still leaves its room).
bool textField(UiState& state, const char* label, const char* anchor, std::string& value, float width = -1.0f) {
  const bool labelled = label[0] != '#';
  const bool stacked = state.narrow && labelled;
  if (stacked) ImGui::TextUnformatted(label);
  TextFieldOptions options;
  options.width = stacked && width > 0 ? -1.0f : width;
  options.hint = labelled && !stacked ? label : nullptr;
  options.readOnly = state.editor.readOnly;
  const bool changed = TextField(state, anchor, value, options);
  if (labelled && !stacked) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(label);
  }
  return changed;
}

bool multilineField(UiState& state, const char* anchor, std::string& value, float lines) {
  TextFieldOptions options;
  options.lines = lines;
  options.readOnly = state.editor.readOnly;
  return TextField(state, anchor, value, options);
}

ImVec4 scoreColour(double value) {
  if (value >= 8) return ImVec4(0.30f, 0.69f, 0.31f, 1);
  if (value >= 5) return ImVec4(1.00f, 0.60f, 0.00f, 1);
  return ImVec4(0.96f, 0.26f, 0.21f, 1);
}

bool statusRow(UiState& state, model::Record& r) {
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Status");
  for (std::size_t i = 0; i < r.status.size(); ++i) {
    const model::StageKind* kind = model::stageByCode(r.status[i]);
    const std::string label = state.visualText.visual(kind ? kind->emoji : r.status[i]) + " " + (kind ? kind->label : "") + "  x";
    sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::PushID(static_cast<int>(i));
    const auto ended = model::outcomeOfCode(r.status[i]);
    const bool outcome = ended && *ended != model::Outcome::Ghosted;
    if (outcome) ImGui::PushStyleColor(ImGuiCol_Button, *ended == model::Outcome::Accepted ? ImVec4(0.18f, 0.62f, 0.31f, 0.55f) : ImVec4(0.84f, 0.27f, 0.27f, 0.45f));
    if (inlineButton(state, label.c_str())) {
      r.status.erase(r.status.begin() + static_cast<std::ptrdiff_t>(i));
      changed = true;
    }
    if (outcome) ImGui::PopStyleColor();
    ImGui::SetItemTooltip("Remove this stage from the status row");
    ImGui::PopID();
    if (changed) break;
  }
  sameLineIfFits(ImGui::GetFontSize() * 9);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  if (beginCombo(state, "##addstage", "Add stage", ImGuiComboFlags_None)) {
    for (const auto& kind : model::knownStages()) {
      if (ImGui::Selectable((state.visualText.visual(kind.emoji) + "  " + kind.label).c_str())) {
        r.status.emplace_back(kind.code);
        changed = true;
      }
    }
    endCombo(state);
  }
  anchorLastItem(state, "record.status.add");
  return changed;
}

// The common ways as toggles, and any other way as free text.
bool applyWays(UiState& state, model::Record& r) {
  static const char* const kCommon[] = {"LinkedIn", "Jobinja", "Jobvision", "Company site", "Referral", "Quera", "Email"};
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Applied through");
  using text::lowerAscii;
  for (const char* way : kCommon) {
    sameLineIfFits(labelledWidth(ImGui::GetFrameHeight(), way));
    auto it = std::find_if(r.applyWays.begin(), r.applyWays.end(), [&](const std::string& w) { return lowerAscii(w) == lowerAscii(way); });
    bool on = it != r.applyWays.end();
    if (ImGui::Checkbox(way, &on)) {
      if (on) r.applyWays.emplace_back(way);
      else r.applyWays.erase(it);
      changed = true;
    }
    anchorLastItem(state, (std::string("record.apply.") + way).c_str());
  }
  // The others, comma-separated.
  std::string others;
  for (const auto& w : r.applyWays) {
    const bool common = std::any_of(std::begin(kCommon), std::end(kCommon), [&](const char* c) { return lowerAscii(w) == lowerAscii(c); });
    if (!common) others += (others.empty() ? "" : ", ") + w;
  }
  sameLineIfFits(ImGui::GetFontSize() * 10);
  if (textField(state, "##otherways", "record.apply.other", others, ImGui::GetFontSize() * 10)) {
    std::vector<std::string> ways;
    for (const auto& w : r.applyWays) {
      if (std::any_of(std::begin(kCommon), std::end(kCommon), [&](const char* c) { return lowerAscii(w) == lowerAscii(c); })) ways.push_back(w);
    }
    for (auto& w : markdown::splitApplyWays(others)) ways.push_back(w);
    r.applyWays = ways;
    changed = true;
  }
  return changed;
}

// The stages' dates: a table on a desktop; in the narrow layout one card per stage, its fields one
// above the other under their names. The same fields (and anchors) either way.
bool datesTable(UiState& state, model::Record& r) {
  bool changed = false;
  const bool cards = state.narrow;
  if (cards || ImGui::BeginTable("dates", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    if (!cards) {
      ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch, 3);
      ImGui::TableSetupColumn("Jalali date", ImGuiTableColumnFlags_WidthStretch, 2);
      ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch, 2);
      ImGui::TableSetupColumn("Gregorian", ImGuiTableColumnFlags_WidthStretch, 2);
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableHeadersRow();
    }
    const auto nextCell = [cards] {
      if (!cards) ImGui::TableNextColumn();
    };
    // The date's box leaves room for the picker's button beside it.
    const float dateWidth = cards ? -(jalaliDatePickerButtonWidth() + ImGui::GetStyle().ItemSpacing.x) : -ImGui::GetFontSize() * 3.4f;
    const char* removeLabel = cards ? "Remove this date" : "x";
    std::optional<calendar::JalaliDate> previous;
    for (std::size_t i = 0; i < r.dates.size(); ++i) {
      auto& d = r.dates[i];
      const std::string prefix = "record.date." + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      if (cards) ImGui::SeparatorText(d.label.empty() ? "Date" : state.visualText.visual(d.label).c_str());
      else ImGui::TableNextRow();
      nextCell();
      changed |= textField(state, cards ? "Stage" : "##label", (prefix + ".label").c_str(), d.label);
      nextCell();
      changed |= textField(state, cards ? "Jalali date" : "##date", (prefix + ".date").c_str(), d.date, dateWidth);
      ImGui::SameLine();
      changed |= JalaliDatePickerButton(state, (prefix + ".pick").c_str(), d.date);
      nextCell();
      changed |= textField(state, cards ? "Note" : "##note", (prefix + ".note").c_str(), d.note);
      nextCell();
      if (!d.date.empty()) {
        const auto parsed = calendar::parseDate(d.date);
        if (parsed.date) {
          ImGui::TextDisabled("%s", calendar::formatGregorian(calendar::toGregorian(parsed.date->jalali)).c_str());
          if (previous) {
            ImGui::SameLine();
            ImGui::TextDisabled("(+%ld d)", calendar::daysBetween(*previous, parsed.date->jalali));
          }
          previous = parsed.date->jalali;
        } else {
          ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.3f, 1), "invalid");
          ImGui::SetItemTooltip("%s", parsed.error.c_str());
        }
        if (cards) sameLineIfFits(buttonWidth(removeLabel));
      }
      nextCell();
      const bool remove = inlineButton(state, removeLabel);
      anchorLastItem(state, (prefix + ".remove").c_str());
      ImGui::PopID();
      if (remove) {
        r.dates.erase(r.dates.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
        break;
      }
    }
    if (!cards) ImGui::EndTable();
  }
  if (inlineButton(state, "Add a date")) {
    r.dates.push_back({"", "", "", model::kNew});
    changed = true;
  }
  anchorLastItem(state, "record.date.add");
  return changed;
}

bool durationsTable(UiState& state, model::Record& r) {
  bool changed = false;
  for (std::size_t i = 0; i < r.durations.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    auto& d = r.durations[i];
    const float em = ImGui::GetFontSize();
    changed |= textField(state, "##label", ("record.duration." + std::to_string(i) + ".label").c_str(), d.label, em * 14);
    sameLineIfFits(em * 10);
    changed |= textField(state, "##text", ("record.duration." + std::to_string(i) + ".text").c_str(), d.text, em * 10);
    if (const auto minutes = model::durationMinutes(d.text)) {
      ImGui::SameLine();
      ImGui::TextDisabled("%d min", *minutes);
    }
    sameLineIfFits(buttonWidth("x"));
    if (inlineButton(state, "x")) {
      r.durations.erase(r.durations.begin() + static_cast<std::ptrdiff_t>(i));
      changed = true;
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (inlineButton(state, "Add a duration")) {
    r.durations.push_back({"", "", model::kNew});
    changed = true;
  }
  return changed;
}

// Moves element `from` of a list to stand before element `to` (to == size: at the end).
template <typename T>
void moveItem(std::vector<T>& items, std::size_t from, std::size_t to) {
  if (from >= items.size() || to > items.size() || from == to || from + 1 == to) return;
  T item = std::move(items[from]);
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
  if (to > from) --to;
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

constexpr const char* kItemPayload = "jn-section-item";

bool sectionItem(UiState& state, model::Section& section, std::size_t s, std::size_t q, bool& removed) {
  bool changed = false;
  auto& item = section.items[q];
  const std::string anchor = "record.section." + std::to_string(s) + ".item." + std::to_string(q);
  // The handle: drag it onto another item of the section to move this one before it.
  ImGui::Button("::", ImVec2(state.narrow ? kTapTargetCssPx * state.devicePixelRatio : 0, 0));  // a finger's width on a phone
  anchorLastItem(state, (anchor + ".handle").c_str());
  ImGui::SetItemTooltip("Drag to reorder");
  if (ImGui::BeginDragDropSource()) {
    const int payload[2] = {static_cast<int>(s), static_cast<int>(q)};
    ImGui::SetDragDropPayload(kItemPayload, payload, sizeof payload);
    ImGui::TextUnformatted(item.text.empty() ? "(empty)" : state.visualText.visual(item.text).c_str());
    ImGui::EndDragDropSource();
  }
  if (ImGui::BeginDragDropTarget()) {
    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kItemPayload)) {
      const int* from = static_cast<const int*>(p->Data);
      if (from[0] == static_cast<int>(s)) {
        moveItem(section.items, static_cast<std::size_t>(from[1]), q);
        changed = true;
      }
    }
    ImGui::EndDragDropTarget();
  }
  ImGui::SameLine();
  if (item.kind == model::ItemKind::Question) {
    TextFieldOptions question;
    question.width = -ImGui::GetFontSize() * 3;
    question.wrap = true;  // a long question is read whole, on as many lines as it needs
    question.readOnly = state.editor.readOnly;
    changed |= TextField(state, anchor.c_str(), item.text, question);
  } else {
    ImGui::TextDisabled(item.kind == model::ItemKind::Note ? "Note" : "Markdown");
  }
  ImGui::SameLine();
  if (inlineButton(state, "x")) {
    removed = true;
    return true;
  }
  ImGui::Indent(ImGui::GetFontSize() * 2);
  if (item.kind == model::ItemKind::Question) {
    const std::string answerId = anchor + ".answer";
    // An empty answer is no answer: its box is drawn while it is being written, and opens empty.
    if (item.answer.empty() && state.overlay.activeId != answerId) {
      if (inlineButton(state, "Add an answer")) {
        state.overlay.activeId = answerId;
        state.overlay.pendingOpen = true;
      }
      anchorLastItem(state, (answerId + ".add").c_str());
    } else {
      if (state.editor.openAllRequest) ImGui::SetNextItemOpen(state.editor.openAllRequest > 0);
      openIfScrollingInto(state, answerId);
      if (ImGui::TreeNodeEx("##answer", ImGuiTreeNodeFlags_DefaultOpen | tapTargetFlags(state), "Answer")) {
        changed |= multilineField(state, answerId.c_str(), item.answer, 3);
        ImGui::TreePop();
      }
    }
  } else {
    changed |= multilineField(state, anchor.c_str(), item.text, 3);
  }
  ImGui::Unindent(ImGui::GetFontSize() * 2);
  return changed;
}

bool sectionsEditor(UiState& state, model::Record& r, UiCommands& commands) {
  bool changed = false;
  if (inlineButton(state, "Expand all")) state.editor.openAllRequest = 1;
  ImGui::SameLine();
  if (inlineButton(state, "Collapse all")) state.editor.openAllRequest = -1;
  anchorLastItem(state, "record.sections.collapse");
  for (std::size_t s = 0; s < r.sections.size(); ++s) {
    auto& section = r.sections[s];
    ImGui::PushID(static_cast<int>(s));
    const std::string prefix = "record.section." + std::to_string(s);
    if (state.editor.openAllRequest) ImGui::SetNextItemOpen(state.editor.openAllRequest > 0);
    else ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
    openIfScrollingInto(state, prefix);
    const bool open = ImGui::TreeNodeEx("##section", tapTargetFlags(state), "%s",
                                        section.title.empty() ? "(untitled stage)" : state.visualText.visual(section.title).c_str());
    sameLineIfFits(ImGui::GetFrameHeight() * 2 + ImGui::GetStyle().ItemSpacing.x);  // the two arrows together
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && s > 0) {
      std::swap(r.sections[s], r.sections[s - 1]);
      if (open) ImGui::TreePop();
      ImGui::PopID();
      return true;
    }
    ImGui::SameLine();
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && s + 1 < r.sections.size()) {
      std::swap(r.sections[s], r.sections[s + 1]);
      if (open) ImGui::TreePop();
      ImGui::PopID();
      return true;
    }
    sameLineIfFits(buttonWidth("Remove stage section"));
    const bool remove = inlineButton(state, "Remove stage section");
    anchorLastItem(state, (prefix + ".remove").c_str());
    if (remove) {
      commands.removed = model::describeRemovedSection(section);  // said with an Undo
      r.sections.erase(r.sections.begin() + static_cast<std::ptrdiff_t>(s));
      if (open) ImGui::TreePop();
      ImGui::PopID();
      return true;
    }
    if (open) {
      changed |= textField(state, "Title", (prefix + ".title").c_str(), section.title, ImGui::GetFontSize() * 20);
      for (std::size_t q = 0; q < section.items.size(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        bool removed = false;
        changed |= sectionItem(state, section, s, q, removed);
        ImGui::PopID();
        if (removed) {
          section.items.erase(section.items.begin() + static_cast<std::ptrdiff_t>(q));
          break;
        }
      }
      // A new question or note starts empty, its box open to be written at once.
      const auto addItem = [&](model::ItemKind kind) {
        section.items.push_back({kind, "", "", model::kNew});
        state.overlay.activeId = prefix + ".item." + std::to_string(section.items.size() - 1);
        state.overlay.pendingOpen = true;
        changed = true;
      };
      if (inlineButton(state, "Add a question")) addItem(model::ItemKind::Question);
      anchorLastItem(state, (prefix + ".add").c_str());
      sameLineIfFits(buttonWidth("Add a note"));
      if (inlineButton(state, "Add a note")) addItem(model::ItemKind::Note);
      anchorLastItem(state, (prefix + ".note.add").c_str());
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  state.editor.openAllRequest = 0;
  if (ImGui::Button("Add a stage section")) {
    model::Section section;
    section.title = "Technical Interview";
    r.sections.push_back(section);
    changed = true;
  }
  anchorLastItem(state, "record.section.add");
  return changed;
}

// The Markdown this record exports to, as it changes.
void markdownPreview(UiState& state, const model::Record& r) {
  const std::string markdown = markdown::exportMarkdown(r);
  if (ImGui::BeginChild("##preview", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 16), ImGuiChildFlags_Borders)) {
    TextBidiLines(state, markdown);
  }
  ImGui::EndChild();
  anchorLastItem(state, "record.preview");
}

}  // namespace

// What the checks found, each line a link to its field, with a "Fix" button where the fix needs no
// choice (an edit like any other: undone with Ctrl+Z). One line with the count, always there, and
// when opened a list of a fixed height: typing that adds or clears a problem never moves the form
// under the pointer. True when a fix changed the record.
bool problemsPanel(UiState& state, model::Record& r) {
  const auto& problems = state.editor.problems;
  const std::string title = problems.empty() ? std::string("No problems###problems") : "Problems (" + std::to_string(problems.size()) + ")###problems";
  const bool open = ImGui::CollapsingHeader(title.c_str());
  anchorLastItem(state, "record.problems");
  if (!open) return false;
  const float height = ImGui::GetTextLineHeightWithSpacing() * 4 + ImGui::GetStyle().WindowPadding.y;
  if (!ImGui::BeginChild("##problems.list", ImVec2(0, height))) {
    ImGui::EndChild();
    return false;
  }
  if (problems.empty()) ImGui::TextDisabled("The checks found nothing to mend.");
  bool fixed = false;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const auto& p = problems[i];
    ImGui::PushID(static_cast<int>(i));
    if (p.fix != insights::Fix::None && !state.editor.readOnly) {
      if (inlineButton(state, "Fix")) fixed = insights::applyFix(r, p.fix) || fixed;  // carried out as an undo step of its own
      anchorLastItem(state, ("record.problem." + std::to_string(i) + ".fix").c_str());
      ImGui::SameLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, p.error ? ImVec4(0.85f, 0.25f, 0.25f, 1) : ImVec4(0.85f, 0.55f, 0.1f, 1));
    if (ImGui::Selectable(state.visualText.visual(p.message).c_str())) state.editor.jumpTo = p.field;
    ImGui::PopStyleColor();
    anchorLastItem(state, ("record.problem." + std::to_string(i)).c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();
  return fixed;
}

// Edit or Read: the record's fields, or the record as the book shows it.
void modeToggle(UiState& state) {
  bool& reading = state.editor.readingMode;
  if (ImGui::RadioButton("Edit", !reading)) reading = false;
  anchorLastItem(state, "record.mode.edit");
  ImGui::SameLine();
  if (ImGui::RadioButton("Read", reading)) reading = true;
  anchorLastItem(state, "record.mode.read");
}

void showSearchHit(UiState& state, const std::string& id, const model::Record& record, std::string_view search) {
  auto& hit = state.editor.searchHit;
  hit = SearchHitShown{};
  if (const auto found = collection::firstSearchHit(record, search)) {
    hit = {id, found->field, found->span.offset, found->span.length, true, false};
  }
}

void showSearchHit(UiState& state, const std::string& id, std::string field, std::string_view fieldText, std::string_view search) {
  const text::SearchHit span = text::findFolded(fieldText, search);
  state.editor.searchHit = {id, std::move(field), span.found() ? span.offset : 0, span.found() ? span.length : 0, true, false};
}

void drawRecordView(UiState& state, const std::string& id, model::Record& r, const std::string& revision, UiCommands& commands) {
  auto& hit = state.editor.searchHit;
  hit.shown = !hit.recordId.empty() && hit.recordId == id;
  if (hit.shown && hit.revealPending && !state.editor.readingMode) {  // scrolled to when its field is drawn
    state.editor.reveal = hit.field;
    hit.revealPending = false;
  }
  modeToggle(state);
  if (state.editor.readingMode) {
    const float em = ImGui::GetFontSize();
    if (ImGui::GetContentRegionAvail().x > em * 30) ImGui::SameLine(0, em);  // a phone puts the buttons below
    drawReadingView(state, state.editor.reading, r, revision, "reading", commands);
    return;
  }
  const float em = ImGui::GetFontSize();
  bool changed = problemsPanel(state, r);
  commands.editStep = changed;
  changed |= textField(state, "Company", "record.company", r.company.name, em * 14);
  sameLineIfFits(labelledWidth(em * 12, "Persian name"));
  changed |= textField(state, "Persian name", "record.company.local", r.company.localName, em * 12);
  sameLineIfFits(labelledWidth(em * 16, "Link"));
  changed |= textField(state, "Link", "record.company.url", r.company.url, em * 16);
  changed |= textField(state, "Position", "record.position", r.position, em * 30);
  changed |= statusRow(state, r);

  changed |= applyWays(state, r);
  changed |= textField(state, "Platform", "record.platform", r.platform, em * 12);

  if (ImGui::CollapsingHeader("Interview process", ImGuiTreeNodeFlags_DefaultOpen)) {
    changed |= drawProcessPanel(state, id, r, commands);
    const mermaid::RecordChart* chart = state.charts.find(id);
    for (const auto& warning : mermaid::checkStatusAgainstChart(r.status, chart ? chart->chart : std::nullopt)) {
      ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.1f, 1), "%s", warning.c_str());
    }
  }
  openIfScrollingInto(state, "record.date");
  if (ImGui::CollapsingHeader("Dates", ImGuiTreeNodeFlags_DefaultOpen)) changed |= datesTable(state, r);
  openIfScrollingInto(state, "record.duration");
  if (ImGui::CollapsingHeader("Durations")) changed |= durationsTable(state, r);
  openIfScrollingInto(state, "record.section");
  const bool questionsOpen = ImGui::CollapsingHeader("Questions and notes", ImGuiTreeNodeFlags_DefaultOpen);
  anchorLastItem(state, "record.sections.header");
  if (questionsOpen) changed |= sectionsEditor(state, r, commands);
  openIfScrollingInto(state, "record.score");
  if (ImGui::CollapsingHeader("Score", ImGuiTreeNodeFlags_DefaultOpen)) {
    // The slider is out of 10; a score written otherwise ("3/5", "nan/10") is shown as written
    // and replaced only when the slider is moved.
    const model::ScoreNumbers numbers = r.score.numbers();
    const bool outOfTen = numbers.inRange() && *numbers.max == 10;
    float value = outOfTen ? static_cast<float>(*numbers.value) : 0.0f;
    std::string label = r.score.text.empty() ? "no score" : outOfTen ? "%.1f / 10" : "";
    if (label.empty()) {  // the slider's format string: a '%' the user wrote is shown, not formatted
      for (char c : r.score.text) label += c == '%' ? std::string("%%") : std::string(1, c);
      label += " (as written)";
    }
    ImGui::PushStyleColor(ImGuiCol_SliderGrab, scoreColour(value));
    ImGui::PushStyleColor(ImGuiCol_SliderGrabActive, scoreColour(value));
    ImGui::SetNextItemWidth(std::min(em * 16, ImGui::GetContentRegionAvail().x));
    if (ImGui::SliderFloat("##score", &value, 0.0f, 10.0f, label.c_str())) {
      r.score.set(std::round(value * 2) / 2, 10);  // halves
      changed = true;
    }
    anchorLastItem(state, "record.score");
    ImGui::PopStyleColor(2);
    if (!r.score.text.empty()) {
      ImGui::SameLine();
      if (inlineButton(state, "Clear")) { r.score.text.clear(); changed = true; }
    }
    changed |= multilineField(state, "record.score.comment", r.score.comment, 3);
  }
  const bool preview = ImGui::CollapsingHeader("Markdown preview");
  anchorLastItem(state, "record.preview.header");
  if (preview) markdownPreview(state, r);
  if (changed) commands.recordEdited = true;
}

}  // namespace jobname::ui
