#include "core/insights/active_content.h"

#include <doctest/doctest.h>

#include <cstring>

#include "core/insights/checks.h"
#include "core/markdown/import.h"
#include "../../support/corpus.h"

using namespace jobname;
using namespace jobname::insights;

namespace {
using namespace std::literals;

struct Case {
  const char* name;     // the bug it pins
  std::string_view input;
  const char* message;  // a word of the first finding's message
  const char* at;       // what the text holds where the first finding stands
};

// Every form the issue named, and more of each kind. The first finding is checked: its message,
// and that its offset points at the piece of text it is about.
const Case kActive[] = {
    {"tab between attributes", "<img src=x\tonerror=alert(1)>", "onerror", "onerror"},
    {"newline between attributes", "<img src=x\nonerror=alert(1)>", "onerror", "onerror"},
    {"slash after the tag name", "<svg/onload=alert(1)>", "<svg>", "<svg"},
    {"no space after a quoted value", "<img src=\"x\"onerror=alert(1)>", "onerror", "onerror"},
    {"'>' inside a quoted attribute", "<img alt=\">\" onerror=alert(1)>", "onerror", "onerror"},
    {"upper case", "<IMG SRC=x ONERROR=alert(1)>", "onerror", "ONERROR"},
    {"hex reference in the scheme", "<a href=\"jav&#x61;script:alert(1)\">x</a>", "javascript:", "href"},
    {"decimal reference in the scheme", "<a href=\"&#106;avascript:alert(1)\">x</a>", "javascript:", "href"},
    {"references without ';' and zeros", "<a href=\"&#0000106&#97vascript:alert(1)\">x</a>", "javascript:", "href"},
    {"&colon;", "<a href=\"javascript&colon;alert(1)\">x</a>", "javascript:", "href"},
    {"a tab inside the scheme", "<a href=\"java\tscript:alert(1)\">x</a>", "javascript:", "href"},
    {"&Tab; inside the scheme", "<a href=\"java&Tab;script:alert(1)\">x</a>", "javascript:", "href"},
    {"&NewLine; inside the scheme", "<a href=\"java&NewLine;script:alert(1)\">x</a>", "javascript:", "href"},
    {"a control character inside the scheme", "<a href=\"java\x01script:alert(1)\">x</a>", "javascript:", "href"},
    {"spaces before the scheme", "<a href=\"  javascript:alert(1)\">x</a>", "javascript:", "href"},
    {"mixed case scheme", "<a href=JaVaScRiPt:alert(1)>x</a>", "javascript:", "href"},
    {"data:text/html link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:", "href"},
    {"vbscript link", "<a href=\"vbscript:msgbox(1)\">x</a>", "vbscript:", "href"},
    {"javascript image", "<img src=javascript:alert(1)>", "javascript:", "src"},
    {"data image", "<img src=\"data:image/svg+xml,x\">", "data:", "src"},
    {"<style>", "<style>body{background:url(https://x)}</style>", "<style>", "<style"},
    {"style= with url(", "<mark style=\"background-color: url(https://evil/x)\">8/10</mark>", "url(", "style"},
    {"style= with expression(", "<span style=\"color: expression(alert(1))\">x</span>", "expression(", "style"},
    {"style= with a CSS escape", "<span style=\"color: u\\72l(x)\">x</span>", "'\\'", "style"},
    {"style= positioned over the page", "<div style=\"position: fixed; top: 0\">x</div>", "position", "style"},
    {"style= with a comment", "<span style=\"color: red/**/\">x</span>", "'/'", "style"},
    {"style= background shorthand", "<p style=\"background: red\">x</p>", "background", "style"},
    {"<meta http-equiv=refresh>", "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<meta>", "<meta"},
    {"<form>", "<form action=https://evil><button>Go</button></form>", "<form>", "<form"},
    {"<base>", "<base href=https://evil/>", "<base>", "<base"},
    {"<link>", "<link rel=stylesheet href=https://evil/x.css>", "<link>", "<link"},
    {"<frame>", "<frameset><frame src=https://evil>", "<frameset>", "<frameset"},
    {"<portal>", "<portal src=https://evil></portal>", "<portal>", "<portal"},
    {"<iframe>", "<iframe srcdoc=\"x\"></iframe>", "<iframe>", "<iframe"},
    {"<object>", "<object data=x></object>", "<object>", "<object"},
    {"<embed>", "<embed src=x>", "<embed>", "<embed"},
    {"<math>", "<math><mi xlink:href=javascript:alert(1)>x</mi></math>", "<math>", "<math"},
    {"<template>", "<template><img src=x></template>", "<template>", "<template"},
    {"an unknown element with a handler", "<x-widget onclick=alert(1)>", "<x-widget>", "<x-widget"},
    {"unclosed <details ontoggle>", "<details open ontoggle=alert(1)", "ontoggle", "ontoggle"},
    {"handler on an allowed tag", "<p onmouseover=\"alert(1)\">x</p>", "onmouseover", "onmouseover"},
    {"handler on <source>", "<video><source onerror=alert(1)></video>", "onerror", "onerror"},
    {"an attribute the format does not use", "<a href=https://x.org ping=https://evil>x</a>", "ping", "ping"},
    {"<script> in a comment", "<!-- <script>alert(1)</script> -->", "<script>", "<script"},
    {"<script> in an attribute", "<a title=\"<script>alert(1)</script>\">x</a>", "<script>", "<script"},
    {"a tag a Markdown renderer leaves outside the outer one", "<a 1=\"<img src=x onerror=alert(1)>\">", "onerror", "onerror"},
    {"a tag name cut by NUL is no script, but the handler counts", "<scr\0ipt onload=alert(1)>"sv, "onload", "onload"},
    {"Markdown link", "[click](javascript:alert(1))", "Markdown link to javascript:", "javascript"},
    {"Markdown image", "![x](data:text/html,<b>x</b>)", "Markdown link to data:", "data"},
    {"Markdown link with a reference", "[x](jav&#x61;script:alert(1))", "javascript:", "jav"},
    {"Markdown link with an escape", "[x](javascript\\:alert(1))", "javascript:", "javascript"},
    {"Markdown link in angle brackets", "[x](<javascript:alert(1)>)", "javascript:", "<javascript"},
    {"Markdown link after a line break", "[x](\n  vbscript:msgbox(1))", "vbscript:", "\n"},
    {"Markdown reference definition", "[x]\n\n[x]: javascript:alert(1)", "javascript:", " javascript"},
    {"autolink", "see <javascript:alert(1)>", "autolink to javascript:", "<javascript"},
    {"data autolink", "<data:text/html,x>", "autolink to data:", "<data"},
    {"an autolink a browser reads as a tag with a handler", "<https://x.org/onclick=alert(1)>", "onclick", "onclick"},
    {"mdBook include", "{{#include /etc/passwd}}", "mdBook", "{{#include"},
    {"mdBook include with spaces", "{{ #include ../../.ssh/id_rsa }}", "mdBook", "{{ #include"},
    {"mdBook include after a no-break space", "{{\xC2\xA0#include x}}", "mdBook", "{{"},
    {"mdBook playground", "```\n{{#playground /etc/hosts}}\n```", "mdBook", "{{#playground"},
};

// What the jobname format writes (the corpus uses all of these), and text that only looks like HTML.
const char* const kAllowed[] = {
    "<p dir=\"rtl\">سلام</p>",
    "<p dir = \"rtl\">x</p>",
    "<ul dir=\"rtl\"><li>x</li></ul>",
    "<details>\n<summary style=\"font-size:14px\"><b>Answer</b></summary>\n<div>\n<em>x</em>\n</div>\n</details>",
    "<h4><mark style=\"background-color:#54ca56\">8/10</mark></h4>",
    "<mark style=\"background-color:#ff9800; color:#ffffff; padding:4px 8px; border-radius:4px\">6/10</mark>",
    "<h4><mark style=\"background-color:#DC3545\"; color:#ffffff; padding:4px 8px; border-radius:4px\">4/10</mark></h4>",
    "<span style=\"background-color:#16a34a; color:#ffffff; padding:3px 8px; border-radius:6px; display:inline-block;\">A</span>",
    "<span style=\"color: rgb(47, 137, 22)\">A</span>",
    "<div style=\"text-align: center;\">x</div>",
    "<p align=\"center\">x</p>",
    "<img src=\"https://x.org/a.png\" alt=\"x\" style=\"max-width: 70%; height: auto;\" />",
    "<img src=\"https://geekflare.com/cdn-cgi/image/width=1914,onerror=redirect/a.png\" alt=\"x\" />",
    "<video width=\"320\" height=\"240\" autoplay loop muted>\n<source src=\"fold_question.mp4\" type=\"video/mp4\" />\n</video>",
    "<a href=\"https://x.org\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
    "<a href=\"mailto:me@x.org\">me</a> <a href=\"#top\">top</a> <a href=\"./other.md\">other</a>",
    "<br> <br/> <br /> <hr> <code>x</code> <kbd>Ctrl</kbd> <sub>2</sub> <strong>s</strong> <i>i</i>",
    "[docs](https://go.dev/doc) ![img](https://x.org/a.png) [mail](mailto:a@b.c) [here](#x) [rel](a/b.md)",
    "[ref]: https://x.org",
    "<https://go.dev> <me@example.com>",
    "a < b and c > d, x<3, 2 <= 3",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ not a directive }} \\{{#include escaped.md}}",
    "</script> </iframe>",  // end tags alone do nothing
    "Price: 5 $ [a](b) (c)",
};
}  // namespace

TEST_CASE("active content: every named form is found, where it stands") {
  for (const auto& c : kActive) {
    const std::string input(c.input);
    CAPTURE(c.name);
    CAPTURE(input);
    const auto scan = findActiveContent(input);
    REQUIRE(scan.any());
    REQUIRE(!scan.found.empty());
    const auto& first = scan.found.front();
    CAPTURE(first.message);
    CHECK(first.message.find(c.message) != std::string::npos);
    CHECK(input.compare(first.offset, std::strlen(c.at), c.at) == 0);
    const std::string neutral = neutraliseActiveContent(input);
    CAPTURE(neutral);
    CHECK_FALSE(findActiveContent(neutral).any());
  }
}

TEST_CASE("active content: what the format writes passes") {
  for (const char* input : kAllowed) {
    CAPTURE(input);
    const auto scan = findActiveContent(input);
    CHECK(scan.count == 0);
    if (!scan.found.empty()) CAPTURE(scan.found.front().message);
    CHECK(neutraliseActiveContent(input) == input);
  }
}

TEST_CASE("active content: no record of the corpus holds any") {
  for (const auto& path : jobname::testing::corpusFiles()) {
    CAPTURE(path);
    const auto scan = findActiveContent(jobname::testing::readFile(path));
    CHECK(scan.count == 0);
    if (!scan.found.empty()) CAPTURE(scan.found.front().message);
  }
}

TEST_CASE("active content: neutralising writes the pieces as text and nothing else") {
  struct Case {
    const char* input;
    const char* neutral;
  };
  const Case cases[] = {
      {"a <script>alert(1)</script> b", "a &lt;script>alert(1)</script> b"},
      {"<img src=x onerror=alert(1)> <b>ok</b>", "&lt;img src=x onerror=alert(1)> <b>ok</b>"},
      {"[x](javascript:alert(1)) [y](https://y.org)", "[x]\\(javascript:alert(1)) [y](https://y.org)"},
      {"[x]: javascript:alert(1)", "[x]\\: javascript:alert(1)"},
      {"<javascript:alert(1)>", "&lt;javascript:alert(1)>"},
      {"{{#include x}} {{ #include y}}", "\\{{#include x}} {&#123; #include y}}"},
      {"<b <i onclick=alert(1)>", "&lt;b &lt;i onclick=alert(1)>"},  // a tag read inside another's attributes
      {"<dips://x<bv>", "&lt;dips://x&lt;bv>"},  // found by the fuzzer: escaping <bv> would make an autolink
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK(neutraliseActiveContent(c.input) == c.neutral);
  }
}

TEST_CASE("active content: many findings are counted, the first hundred reported") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "<script>x</script>\n";
  const auto scan = findActiveContent(text);
  CHECK(scan.count == 1000);
  CHECK(scan.found.size() == kMaxActiveContentReported);
  CHECK(scan.found.back().offset < scan.found.front().offset + text.size());
}

TEST_CASE("active content: a text built to overlap tags is checked in bounded work and counts as active") {
  std::string text = "<a x='";
  for (int i = 0; i < 20000; ++i) text += "<b y=\"<c z='";
  const auto scan = findActiveContent(text);
  CHECK(scan.any());
  CHECK_FALSE(findActiveContent(neutraliseActiveContent(text)).any());
}

namespace {
model::Record cleanRecord() {
  model::Record r;
  r.company = {"Acme", "اکمی", "https://acme.example"};
  r.position = "Backend Developer";
  r.status = {"resume"};
  r.process = "flowchart LR\n a(Send Resume) --> b(HR)";
  r.applyWays = {"Linkedin"};
  r.dates = {{"Sent Resume", "1404.01.10", "At 5 PM", model::kNew}};
  r.durations = {{"HR Call", "30 minutes", model::kNew}};
  r.platform = "Google Meet";
  model::Section s;
  s.title = "HR Call";
  s.items = {{model::ItemKind::Question, "Why us?", "Because.", model::kNew}};
  r.sections = {s};
  r.score.value = 7;
  r.score.comment = "خوب بود";
  return r;
}

std::vector<Problem> activeProblems(const model::Record& r) {
  std::vector<Problem> out;
  for (const auto& p : checkRecord(r)) {
    if (p.message.find("active content") != std::string::npos) out.push_back(p);
  }
  return out;
}
}  // namespace

TEST_CASE("active content: every field of a record is checked, and the editor is sent to it") {
  struct Case {
    const char* field;
    void (*put)(model::Record&, const std::string&);
  };
  const Case cases[] = {
      {"record.company", [](model::Record& r, const std::string& s) { r.company.name = s; }},
      {"record.company.local", [](model::Record& r, const std::string& s) { r.company.localName = s; }},
      {"record.company.url", [](model::Record& r, const std::string& s) { r.company.url = "https://a.example/" + s; }},
      {"record.position", [](model::Record& r, const std::string& s) { r.position = s; }},
      {"record.process.source", [](model::Record& r, const std::string& s) { r.process += "\n c(" + s + ")"; }},
      {"record.apply.other", [](model::Record& r, const std::string& s) { r.applyWays.push_back(s); }},
      {"record.date.0.label", [](model::Record& r, const std::string& s) { r.dates[0].label = s; }},
      {"record.date.0.note", [](model::Record& r, const std::string& s) { r.dates[0].note = s; }},
      {"record.duration.0.label", [](model::Record& r, const std::string& s) { r.durations[0].label = s; }},
      {"record.duration.0.text", [](model::Record& r, const std::string& s) { r.durations[0].text = s; }},
      {"record.platform", [](model::Record& r, const std::string& s) { r.platform = s; }},
      {"record.section.0.title", [](model::Record& r, const std::string& s) { r.sections[0].title = s; }},
      {"record.section.0.item.0", [](model::Record& r, const std::string& s) { r.sections[0].items[0].text = s; }},
      {"record.section.0.item.0.answer", [](model::Record& r, const std::string& s) { r.sections[0].items[0].answer = s; }},
      {"record.score.comment", [](model::Record& r, const std::string& s) { r.score.comment = s; }},
  };
  REQUIRE(activeProblems(cleanRecord()).empty());
  for (const auto& c : cases) {
    CAPTURE(c.field);
    model::Record r = cleanRecord();
    c.put(r, "x<img src=x onerror=alert(1)>");
    const auto problems = activeProblems(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Error);
    CHECK(problems[0].field == c.field);
    CHECK(problems[0].message.find("onerror") != std::string::npos);
    CHECK(problems[0].message.find("of the Markdown)") != std::string::npos);  // no file: placed in the export
  }
}

TEST_CASE("active content: text outside the sections of a file is checked, placed in the file") {
  const std::string file =
      "# [Acme](https://acme.example)\n\n<script>alert(1)</script>\n\n## Developer\n\n### Technical\n- Q\n\nstray <iframe src=x></iframe>\n";
  const auto record = *markdown::importMarkdown(file, "a.md").record;
  const auto problems = activeProblems(record);
  REQUIRE(problems.size() == 2);
  CHECK(file.compare(problems[0].sourceOffset, 7, "<script") == 0);
  CHECK(file.compare(problems[1].sourceOffset, 7, "<iframe") == 0);
  const auto diagnostics = activeContentDiagnostics(record, "a.md", Severity::Error);
  REQUIRE(diagnostics.size() == 2);
  CHECK(formatDiagnostic(diagnostics[0]).rfind("a.md:3:1: error: active content: the <script> tag", 0) == 0);
  CHECK(formatDiagnostic(diagnostics[1]).rfind("a.md:10:7: error: active content: the <iframe> tag", 0) == 0);
}

TEST_CASE("active content: messages cannot be spoofed by what they quote") {
  const auto scan = findActiveContent("<script \xE2\x80\xAEtxt.exe\x1B[31m>");
  REQUIRE(scan.any());
  const std::string& message = scan.found.front().message;
  CHECK(message.find("\xE2\x80\xAE") == std::string::npos);  // RIGHT-TO-LEFT OVERRIDE
  CHECK(message.find('\x1B') == std::string::npos);
}
