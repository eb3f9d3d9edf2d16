#include "core/settings/app_settings.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace jobname::settings {

const char* themeChoiceName(ThemeChoice theme) {
  switch (theme) {
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::Light: return "light";
    case ThemeChoice::System: break;
  }
  return "system";
}

std::string toJson(const AppSettings& settings) {
  nlohmann::json j;
  j["version"] = 1;
  j["theme"] = themeChoiceName(settings.theme);
  j["textScale"] = settings.textScale;
  return j.dump();
}

AppSettings settingsFromJson(std::string_view text) {
  AppSettings settings;
  const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return settings;
  if (auto theme = j.find("theme"); theme != j.end() && theme->is_string()) {
    const auto& name = theme->get_ref<const std::string&>();
    if (name == "dark") settings.theme = ThemeChoice::Dark;
    if (name == "light") settings.theme = ThemeChoice::Light;
  }
  if (auto scale = j.find("textScale"); scale != j.end() && scale->is_number()) {
    const float value = scale->get<float>();
    if (value == value) settings.textScale = std::clamp(value, kMinTextScale, kMaxTextScale);  // NaN stays default
  }
  return settings;
}

}  // namespace jobname::settings
