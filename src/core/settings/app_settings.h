// The user's preferences that outlive a page load (theme, text size), and their JSON form.
// Not the records: those live in the journal store.
#pragma once
#include <string>
#include <string_view>

namespace jobname::settings {

enum class ThemeChoice { System, Dark, Light };

struct AppSettings {
  ThemeChoice theme = ThemeChoice::System;
  float textScale = 1.0f;  // on top of the screen's own pixel ratio; 0.75 .. 2
};

constexpr float kMinTextScale = 0.75f;
constexpr float kMaxTextScale = 2.0f;

std::string toJson(const AppSettings& settings);
// Unknown or malformed values fall back to the defaults, field by field: settings are never a
// reason to refuse to start.
AppSettings settingsFromJson(std::string_view json);

const char* themeChoiceName(ThemeChoice theme);

}  // namespace jobname::settings
