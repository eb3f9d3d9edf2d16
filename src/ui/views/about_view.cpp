#include "ui/views/about_view.h"

#include <imgui.h>

#include "core/about/components.h"
#include "ui/widgets/bidi_text.h"
#include "ui/widgets/centred_window.h"
#include "ui/widgets/inline_button.h"
#include "ui/widgets/text_field.h"

namespace jobname::ui {

namespace {
std::vector<about::Component> shippedComponents() {
  auto components = about::coreComponents();
  components.insert(components.begin(),
                    {"Dear ImGui", IMGUI_VERSION, "MIT", "Omar Cornut and contributors", "imgui.txt"});
  components.push_back({"Noto Sans, Noto Sans Arabic", "fonts-noto-core", "SIL Open Font License 1.1",
                        "Google LLC and the Noto project authors", "noto-fonts.txt"});
  components.push_back({"Symbola (emoji)", "fonts-symbola", "Free for any use", "George Douros", "symbola.txt"});
  components.push_back({"DejaVu Sans Mono (code)", "fonts-dejavu-core", "Bitstream Vera licence (free)", "Bitstream, Inc. and the DejaVu authors",
                        "dejavu-fonts.txt"});
  components.push_back({"Emscripten runtime", "3.1.6", "MIT", "Emscripten authors", "emscripten.txt"});
  return components;
}
}  // namespace

void drawAboutView(UiState& state, UiCommands& commands) {
  if (!state.showAbout) return;
  centreNextWindow(34);
  if (!ImGui::Begin("About Jobname Studio", &state.showAbout, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  anchorLastItem(state, "about.window");
  coverFieldsBelowWindow(state);
  if (escapePressedInWindow()) state.showAbout = false;
  ImGui::Text("Jobname Studio %s", JN_VERSION);
  ImGui::TextWrapped("An offline journal of job interviews, kept in the Markdown format of the jobname book.");
  TextBidi(state, "دفتر مصاحبه‌های شغلی، بدون اینترنت و روی مرورگر شما");
  anchorLastItem(state, "about.persian");
  ImGui::Separator();
  ImGui::TextUnformatted("What it ships:");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("components", 4, flags)) {
    ImGui::TableSetupColumn("Component");
    ImGui::TableSetupColumn("Version");
    ImGui::TableSetupColumn("License");
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    static const auto components = shippedComponents();  // constant for the life of the page
    for (const auto& component : components) {
      ImGui::PushID(component.name.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(component.name.c_str());
      ImGui::SetItemTooltip("%s", component.copyright.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(component.version.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(component.license.c_str());
      ImGui::TableNextColumn();
      if (inlineButton(state, "Text")) commands.openUrl = "licenses/" + component.licenseFile;
      anchorLastItem(state, ("about.license." + component.licenseFile).c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  if (ImGui::Button("Jobname Studio's own license (MIT)")) commands.openUrl = "licenses/jobname-studio.txt";
  ImGui::SameLine();
  if (ImGui::Button("Close")) state.showAbout = false;
  anchorLastItem(state, "about.close");
  ImGui::End();
}

}  // namespace jobname::ui
