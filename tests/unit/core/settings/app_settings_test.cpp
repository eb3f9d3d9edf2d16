#include "core/settings/app_settings.h"

#include <doctest/doctest.h>

using namespace jobname::settings;

TEST_CASE("settings: a saved choice reads back the same") {
  AppSettings settings;
  settings.theme = ThemeChoice::Light;
  settings.textScale = 1.25f;
  const AppSettings back = settingsFromJson(toJson(settings));
  CHECK(back.theme == ThemeChoice::Light);
  CHECK(back.textScale == doctest::Approx(1.25f));
}

TEST_CASE("settings: malformed or hostile values fall back to the defaults field by field") {
  CHECK(settingsFromJson("").theme == ThemeChoice::System);
  CHECK(settingsFromJson("not json").theme == ThemeChoice::System);
  CHECK(settingsFromJson("[1,2]").textScale == 1.0f);
  const AppSettings odd = settingsFromJson(R"({"theme": 7, "textScale": 99})");
  CHECK(odd.theme == ThemeChoice::System);
  CHECK(odd.textScale == kMaxTextScale);
  CHECK(settingsFromJson(R"({"theme": "dark", "textScale": "big"})").theme == ThemeChoice::Dark);
}
