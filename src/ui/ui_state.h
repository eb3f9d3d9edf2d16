// What the views show and remember between frames, owned by the app: nothing in ui is global.
// Views read it and return commands; they never call the browser themselves.
#pragma once
#include <string>
#include <vector>

#include <optional>

#include "core/mermaid/flowchart.h"
#include "core/mermaid/layout.h"
#include "core/settings/app_settings.h"
#include "core/text/bidi.h"
#include "ui/widgets/flowchart_view_state.h"

namespace jobname::ui {

// A named widget's rectangle in CSS pixels, published so that browser tests can click by name.
struct WidgetAnchor {
  std::string name;
  float x, y, w, h;
};

// The Interview Process panel: the last chart that parsed stays on screen while the source has an error.
struct ProcessPanelState {
  std::string layoutSource;  // the text the chart below was made from
  std::optional<mermaid::Flowchart> chart;
  mermaid::FlowchartLayout layout;
  std::string error;         // "line:col: message" of the source as it is now; empty when it parses
  FlowchartViewState view;
};

struct EditorState {
  std::string search;
  ProcessPanelState process;
  std::vector<std::string> importReport;  // one line per problem of the last import
  bool showImportReport = false;
  std::string storageProblem;  // stays on screen until storage works again
  std::string storageUsage;    // "1.2 MB of about 5 MB"
  std::string notice;          // a passing message (e.g. a conflict copy was made)
  std::string editingField;    // anchor of the right-to-left field being edited as raw text
};

struct UiState {
  settings::AppSettings settings;
  bool systemPrefersDark = false;
  float devicePixelRatio = 1.0f;
  bool showAbout = false;
  EditorState editor;
  text::VisualTextCache visualText;
  std::vector<WidgetAnchor> anchors;  // rebuilt every frame
};

// What the views ask the app to do after the frame.
struct UiCommands {
  bool settingsChanged = false;
  std::string openUrl;
  // the journal
  bool newRecord = false, openSample = false, importFiles = false;
  std::string openId, deleteId;
  bool recordEdited = false;  // the open record's working copy changed this frame
  bool undo = false, redo = false;
  // files out
  bool exportMarkdown = false, exportJson = false, exportCollection = false;
  bool exportSvg = false, exportPng = false;
};

bool effectiveDarkTheme(const UiState& state);

// Records the last submitted item under `name` (see WidgetAnchor).
void anchorLastItem(UiState& state, const char* name);

}  // namespace jobname::ui
