// What the views show and remember between frames, owned by the app: nothing in ui is global.
// Views read it and return commands; they never call the browser themselves.
#pragma once
#include <string>
#include <vector>

#include <array>
#include <map>
#include <cstdint>
#include <optional>

#include "core/collection/list_rows.h"
#include "core/insights/checks.h"
#include "core/insights/question_bank.h"
#include "core/insights/stats.h"
#include "core/mermaid/chart_cache.h"
#include "core/model/record.h"
#include "core/reading/layout.h"
#include "core/settings/app_settings.h"
#include "core/share/qr.h"
#include "core/text/bidi.h"
#include "ui/widgets/flowchart_view_state.h"

namespace jobname::ui {

// A named widget's rectangle in CSS pixels, published so that browser tests can click by name.
struct WidgetAnchor {
  std::string name;
  float x, y, w, h;
};

// The browser text box that edits one field at a time (see widgets/text_field.h). The widget
// asks; the app places the box and reports its text back.
struct TextOverlay {
  std::string activeId;   // the field being edited ("" when none)
  std::string text;       // the box's current text, as the app last read it
  bool textChanged = false;  // set by the app when the box's text changed since the last frame
  bool closed = false;       // set by the app when the box lost focus
  // Asked for by the widget during the frame:
  bool open = false;         // start editing `activeId` with `initial`
  bool pendingOpen = false;  // open the box on `activeId` when that field is drawn (Ctrl+F)
  bool selectAll = false;    // open it with its text selected, to be typed over (a new stage's name)
  bool shown = false;        // the active field was drawn this frame, at `x, y, w, h`
  std::string initial;
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels
  bool multiline = false;
  bool oneLine = false;      // a one-line field shown wrapped (a textarea where Enter leaves)
  float fontPx = 16;
  // Tab, Shift+Tab or Enter left the box (set by the app): 1 for the next field, -1 the previous.
  int move = 0;
  std::vector<std::string> fieldOrder;  // the editable fields drawn this frame, in order
  // Where they lie on screen (the part their window shows), and what lies over them, in the order
  // drawn (CSS pixels): a tap on a field nothing covers opens a phone's keyboard at once, inside the
  // tap, as Safari on an iPhone requires (see uncoveredFieldPlaces()).
  struct ScreenPiece {
    enum Kind { kField, kWindowAbove, kPopup };
    float x = 0, y = 0, w = 0, h = 0;
    Kind kind = kField;
  };
  std::vector<ScreenPiece> screenPieces;
  // The window changed size under the field being typed in (a phone turned, its keyboard opened):
  // for this many frames where the field is drawn, it is scrolled back into view should it leave it.
  int keepInViewFrames = 0;
};

// The Interview Process panel's view of the open record's chart (the chart is UiState::charts').
struct ProcessPanelState {
  FlowchartViewState view;
  std::size_t nodesShown = 0;  // stages in the chart last drawn: the view fits again when it changes
};

struct DatePickerState {
  int year = 0, month = 0;  // the month shown
};

// An imported record that matches one already kept (same company, position and first date).
struct DuplicatePrompt {
  bool active = false;
  std::string description;  // "doctoreto, Senior Back-End Developer, 1404.04.09"
  int remaining = 0;        // more duplicates waiting after this one
  bool forAll = false;      // the prompt's checkbox: same answer for the others
};

enum class ImportDecision { None, Replace, KeepBoth, Skip };

struct ProblemLine {
  bool error = false;
  std::string message;
  std::string field;  // the anchor to jump to
  insights::Fix fix = insights::Fix::None;  // offered as a "Fix" button when there is one
};

enum class Workspace { None, Record, Statistics, Questions };

// A record shown as the book shows it (views/reading_view.h): its blocks, laid out once per width
// and font size, which answers are open, the chart's layout, the block picked for copying.
struct ReadingViewState {
  std::string key;  // what the document was built from; a new key rebuilds it
  reading::ReadingDocument document;
  reading::ReadingLayout layout;
  float laidOutWidth = -1, laidOutFontSize = 0;
  std::vector<bool> open;  // per document.details
  FlowchartViewState chartView;  // its chart is UiState::charts' under the record's id
  int selected = -1;        // the block picked (click) to copy
  int linkShown = -1;       // the annotation whose address the link popup shows
};

// The Insights views' inputs and what they computed, kept until the records or inputs change.
struct InsightsState {
  int year = 0;
  std::string positionKeyword, questionSearch;
  std::uint64_t statsVersion = ~0ull;
  int statsYear = -1;
  std::string statsKeyword;
  insights::Stats stats;
  std::uint64_t bankVersion = ~0ull;
  std::vector<insights::QuestionGroup> bank;
};

// Text the journal could not read, set aside under a quarantine key (core/store/journal.h), and
// the panel that lists it: restore, export, delete (after a confirmation).
struct SetAsideItem {
  std::string key;      // the storage key, "jobname-studio/quarantine/…"
  std::string name;     // what follows "quarantine/"
  std::size_t bytes = 0;
  std::string preview;  // the start of the text, on one line
};

struct SetAsidePanel {
  bool open = false;
  std::vector<SetAsideItem> items;
  std::string confirmDelete;  // the key waiting for "Delete it for good?"
};

// A record opened from a search (the list's, or the question bank's): the field holding the hit
// is highlighted while the record is open, and scrolled to once when it is first drawn.
struct SearchHitShown {
  std::string recordId, field;
  std::size_t offset = 0, length = 0;  // the hit in the field's text as written
  bool revealPending = false;
  bool shown = false;  // the record drawn this frame is recordId (set by the record view)
};

struct EditorState {
  Workspace workspace = Workspace::Record;
  Workspace pendingWorkspace = Workspace::None;  // a tab to select on the next frame
  InsightsState insights;
  std::string search;
  std::vector<ProblemLine> problems;  // the open record's, computed when it changes
  std::string jumpTo;                 // an anchor to scroll to (and open) when it is drawn
  std::string reveal;                 // an anchor to scroll into view, nothing more
  bool showOpenInList = false;        // scroll the list to the open record's row (a record just made)
  bool recordToTop = false;           // scroll the open record to its top (a record just made)
  SearchHitShown searchHit;           // the field a search found, in the record opened from it
  // The list's search and filter as last drawn: a change closes an open record it no longer shows.
  std::string listSearchSeen;
  collection::Filter listFilterSeen;
  collection::ListRows listCache;
  DuplicatePrompt duplicate;
  collection::Filter filter;
  bool narrowShowList = true;   // on a narrow window: the list shown instead of the open record
  std::string narrowShownId;     // the record (or "#shared") shown last, to notice a new one
  bool readingMode = false;  // the open record read as the book shows it, not edited
  ReadingViewState reading;
  int openAllRequest = 0;  // 1: expand every section and answer, -1: collapse them (one frame)
  DatePickerState datePicker;
  ProcessPanelState process;
  std::vector<std::string> importReport;  // one line per problem of the last import
  bool showImportReport = false;
  std::string storageProblem;  // stays on screen until storage works again
  std::string storageUsage;    // "Stored: 1.2 of the 5.2 million characters this browser keeps ..."
  std::string exportStatus;    // "Last exported 3 days ago."
  std::string exportReminder;  // after a week of changes in no export: the gentle reminder, else empty
  std::string persistence;     // whether the browser promised to keep the journal (navigator.storage.persist())
  std::string notice;          // a passing message (e.g. a conflict copy was made)
  std::string undoNotice;      // what the last removal took away, shown with an Undo until the next change
  // The journal was written by a newer version: shown, never changed (the banner says why).
  bool readOnly = false;
  std::string readOnlyReason;
  SetAsidePanel setAside;
  bool copyPending = false;    // text of the reading view is on its way to the clipboard
};

// The link made for the open record ("Copy share link").
struct ShareLinkDialog {
  bool open = false;
  std::string link;        // empty when the record is too large for a link
  std::size_t chars = 0;   // the link's length, or what it would have been
  std::string copyStatus;  // what the clipboard did with it
  bool fromFile = false;   // the page was opened from disk: the link points at this computer
  std::string field;       // the text box showing the link (to select by hand); edits are not kept
  share::LinkQrCode qr;    // the link as a QR code for a phone camera, or by how much it is too long for one
};

// A record opened from a share link: shown read-only until the user imports or closes it.
struct SharedRecordView {
  bool active = false;
  model::Record record;
  std::string markdown;    // what it exports to, shown as it would be published
  std::vector<std::string> activeContent;  // what in it would run where published ("line 6:17: ..."): flagged before import
  std::vector<std::string> warnings;
  ReadingViewState reading;
  bool showSource = false;  // the Markdown it exports to, instead of the reading view
  FlowchartViewState view;  // its chart is UiState::charts' under kSharedRecordChart
};

// The key of the shared record's chart in UiState::charts (record ids are never like it).
constexpr const char* kSharedRecordChart = "#shared";

// File > Export all as a book, when pages would carry active content: where it is, and a choice
// between writing it as plain text in the book's copy and not exporting.
struct BookExportDialog {
  bool open = false;
  std::vector<std::string> lines;  // "Acme, Backend, line 6:17: active content: ..."
};

struct ShareState {
  ShareLinkDialog outgoing;
  BookExportDialog book;
  bool pasteOpen = false;  // "Open a share link": a box to paste a link into
  std::string pasted;
  SharedRecordView incoming;
  std::string error;  // a link that could not be opened, until the user has read why
};

// A multi-line field's text wrapped to its box (widgets/text_field.h), kept while the text, the
// width and the font size stay as they are.
struct WrappedField {
  std::string value;
  float width = 0, fontSize = 0;
  reading::WrappedText wrapped;
};

// Two fingers on a touch screen during this frame, as the platform reported them (ImGui pixels).
// ImGui's pointer rests where they landed, so the item they landed on is the hovered one: a chart
// there follows them (FlowchartView); anything else ignores them.
struct TwoFingerGesture {
  bool active = false;      // two fingers were down during this frame (moving or not)
  ImVec2 midpoint{0, 0};    // between the fingers, now
  ImVec2 moved{0, 0};       // how far the midpoint moved since the last frame
  float scale = 1.0f;       // distance between the fingers now over that at the last frame
};

struct UiState {
  settings::AppSettings settings;
  bool systemPrefersDark = false;
  float devicePixelRatio = 1.0f;
  TwoFingerGesture twoFingers;
  // A phone's width (ui/theme.h): one pane at a time, fields stacked under their labels, tap-sized targets.
  bool narrow = false;
  float fontEmPerPixelHeight = 1.0f;  // the body font's em in ImGui pixels of size (fonts.h)
  int todayYear = 0, todayMonth = 0, todayDay = 0;  // Jalali, from the app's clock
  double todayCheckedAt = -1e9;                     // ImGui time of the last look at the clock
  bool showAbout = false;
  ImFont* monoFont = nullptr;  // code in the reading view (fonts.h); the default font when null
  EditorState editor;
  ShareState share;
  TextOverlay overlay;
  text::VisualTextCache visualText;
  std::map<std::string, WrappedField> wrappedFields;  // by field id
  mermaid::ChartCache charts;  // the charts of the records on screen, laid out once per change
  std::vector<WidgetAnchor> anchors;  // rebuilt every frame
  std::string navFocus;  // the anchor of the widget keyboard navigation is on, this frame
};

// What the views ask the app to do after the frame.
struct UiCommands {
  bool settingsChanged = false;
  std::string openUrl;
  // the journal
  bool newRecord = false, openSample = false, importFiles = false;
  std::string openId, deleteId, duplicateId;
  bool recordEdited = false;  // the open record's working copy changed this frame
  bool editStep = false;      // ...by a button (a fix, a stage added): an undo step of its own, never merged with typing
  std::string removed;        // what that edit removed ("Removed the stage section ..."): its own undo step, said with an Undo
  bool undo = false, redo = false;
  bool focusSearch = false;
  bool closeRecord = false;  // the open record left the list (a search or filter hides it)
  ImportDecision importDecision = ImportDecision::None;
  bool importDecisionForAll = false;
  // files out
  bool exportMarkdown = false, exportJson = false, exportCollection = false;
  bool exportSvg = false, exportPng = false;
  bool exportFaq = false;
  bool exportBook = false;  // the journal as a .zip laid out like the jobname book
  bool exportBookNeutralised = false;  // the same, with active content written as plain text
  // set-aside text, by key
  std::string restoreSetAside, exportSetAside, deleteSetAside;
  // sharing
  bool copyShareLink = false, importShared = false, closeShared = false;
  std::string openPastedLink;  // a link pasted into "Open a share link"
  std::string exportPngName, exportPngSvg;  // a chart to download as PNG
  std::string copyText;     // onto the clipboard (a paragraph of the reading view)
  bool exportHtml = false;  // the open (or shared) record as a standalone HTML page
};

bool effectiveDarkTheme(const UiState& state);

// Records the last submitted item under `name` (see WidgetAnchor).
void anchorLastItem(UiState& state, const char* name);
// Escape pressed while the current window (or one inside it) has the focus: a dialog closes on it,
// as ImGui's own popups do. Never while a text box is open (it keeps its keys).
bool escapePressedInWindow();
// Records a rectangle (screen pixels) drawn without an item of its own under `name`.
void anchorRect(UiState& state, const std::string& name, ImVec2 min, ImVec2 max);

}  // namespace jobname::ui
