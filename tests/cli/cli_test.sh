#!/usr/bin/env bash
# The jobname tool as a user runs it: each case prints its name and fails loudly.
# Usage: cli_test.sh JOBNAME CORPUS CASE
set -uo pipefail
jobname=$1 corpus=$2 case=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

case "$case" in
  roundtrip-corpus)
    out=$("$jobname" roundtrip "$corpus"/[!R]*.md) || fail "roundtrip exit $?"
    [ "$(tail -n 1 <<<"$out")" = "32 identical, 0 differ" ] || fail "last line: $(tail -n 1 <<<"$out")"
    ;;
  roundtrip-reports-difference)
    printf '# [a](b)\n\n### Status\n#### 📜\n' > "$tmp/ok.md"
    printf 'no heading\n' > "$tmp/bad.md"
    out=$("$jobname" roundtrip "$tmp/ok.md" "$tmp/bad.md" 2>/dev/null); code=$?
    [ $code -eq 1 ] || fail "exit $code"
    [ "$(tail -n 1 <<<"$out")" = "1 identical, 1 differ" ] || fail "$out"
    ;;
  convert-md-json-md)
    "$jobname" convert "$corpus/doctoreto.md" -o "$tmp/d.json" || fail "to json"
    "$jobname" convert "$tmp/d.json" -o "$tmp/d.md" || fail "to md"
    cmp -s "$tmp/d.md" "$corpus/doctoreto.md" || fail "not byte-identical"
    ;;
  convert-stdio)
    "$jobname" convert - -o - --to json < "$corpus/gharar.md" > "$tmp/g.json" || fail "stdin to json"
    grep -q '"format": "jobname-record"' "$tmp/g.json" || fail "no format field"
    "$jobname" convert - --from json -o - --to md < "$tmp/g.json" | cmp -s - "$corpus/gharar.md" || fail "stdio round trip"
    ;;
  convert-refuses-bad-input)
    printf 'hello\n' > "$tmp/x.md"
    "$jobname" convert "$tmp/x.md" -o "$tmp/x.json" 2> "$tmp/err"; code=$?
    [ $code -ne 0 ] || fail "exit 0"
    grep -q "x.md:1:1: error: not a jobname record" "$tmp/err" || fail "$(cat "$tmp/err")"
    [ ! -e "$tmp/x.json" ] || fail "wrote output for bad input"
    ;;
  check)
    out=$("$jobname" check "$corpus/hamkaransystem__1402.md"); code=$?
    [ $code -eq 0 ] || fail "exit $code"
    grep -q "hamkaransystem__1402.md:17:[0-9]*: warning: 'Sent Resume': no such Jalali date: 1402.03.00" <<<"$out" || fail "$out"
    printf '# [x](y)\n\n### Technical\n- Q <img src=a onerror=alert(1)>\n' > "$tmp/active.md"
    "$jobname" check "$tmp/active.md" > "$tmp/out"; [ $? -eq 1 ] || fail "active HTML is not an error"
    grep -q "active.md:4:16: error: active content.*onerror" "$tmp/out" || fail "$(cat "$tmp/out")"
    printf 'nothing\n' > "$tmp/n.md"
    "$jobname" check "$tmp/n.md" > /dev/null; [ $? -eq 1 ] || fail "error file exit"
    ;;
  jalali)
    out=$(printf '1404.04.09\n1404/04/09\n۱۴۰۴/۰۴/۰۹\n2025-06-30\n1403.12.30\n1404.12.30\n' | "$jobname" jalali); code=$?
    [ $code -eq 1 ] || fail "exit $code"
    expected=$'1404.04.09 2025-06-30\n1404.04.09 2025-06-30\n1404.04.09 2025-06-30\n1404.04.09 2025-06-30\n1403.12.30 2025-03-20\nerror: no such Jalali date: 1404.12.30 (month 12 of 1404 has 29 days)'
    [ "$out" = "$expected" ] || fail "$out"
    ;;
  flowchart)
    out=$("$jobname" flowchart "$corpus/doctoreto.md" --json) || fail "json exit"
    grep -q '"direction": "LR"' <<<"$out" || fail "no direction"
    grep -q '"label": "Technical Interview"' <<<"$out" || fail "no node label"
    grep -q '"head": "cross"' <<<"$out" || fail "no cross head"
    "$jobname" flowchart "$corpus/doctoreto.md" --svg | grep -q '^<svg xmlns' || fail "svg"
    printf 'flowchart LR\n  a --> b --> c\n' > "$tmp/c.mmd"
    "$jobname" flowchart "$tmp/c.mmd" --json | grep -q '"id": "c"' || fail "mmd"
    printf '# [x](y)\n\n### Interview Process\n```mermaid\nflowchart LR\n  a --> b(oops\n```\n' > "$tmp/bad.md"
    "$jobname" flowchart "$tmp/bad.md" --svg 2> "$tmp/err"; code=$?
    [ $code -eq 1 ] || fail "bad chart exit $code"
    grep -q "bad.md:6:10: error: label not closed" "$tmp/err" || fail "$(cat "$tmp/err")"
    # A chart beyond what a person draws: said in a sentence, not laid out (150 x 150 arrows).
    python3 -c 'print("flowchart LR\n  " + " & ".join(f"a{i}" for i in range(150)) + " --> " + " & ".join(f"b{i}" for i in range(150)))' > "$tmp/fan.mmd"
    "$jobname" flowchart "$tmp/fan.mmd" --svg > "$tmp/out" 2> "$tmp/err"; code=$?
    [ $code -eq 1 ] || fail "too large chart exit $code"
    grep -q "fan.mmd: error: This chart is too large to draw (300 stages, 22,500 arrows)" "$tmp/err" || fail "$(cat "$tmp/err")"
    [ ! -s "$tmp/out" ] || fail "a too large chart wrote output"
    ;;
  flowchart-svg-is-xml)
    # U+0001, U+001B and U+FFFE in labels once made the SVG invalid XML (and the PNG export fail).
    printf 'flowchart LR\n  a(one \001 two) --\033[31m--> b(\357\277\276 three)\n' > "$tmp/c.mmd"
    "$jobname" flowchart "$tmp/c.mmd" --svg > "$tmp/c.svg" || fail "svg exit $?"
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/c.svg" || fail "not well-formed XML"
    ;;
  share)
    link=$("$jobname" share "$corpus/gharar.md") || fail "share exit $?"
    [[ $link == "#r=2."* ]] || fail "link: $link"
    "$jobname" share --open "https://example.org/studio/$link" | cmp -s - "$corpus/gharar.md" || fail "open is not the file"
    "$jobname" share --open "${link%?????}" 2> "$tmp/err"; [ $? -eq 1 ] || fail "a cut link opened"
    grep -q "cannot be opened" "$tmp/err" || fail "$(cat "$tmp/err")"
    printf '# [x](y)\n\n### Technical\n- Q <img src=a onerror=alert(1)>\n' > "$tmp/active.md"
    "$jobname" share --open "$("$jobname" share "$tmp/active.md")" > /dev/null 2> "$tmp/err"; [ $? -eq 1 ] || fail "active HTML exit"
    grep -q "shared record:4:16: warning: active content.*onerror" "$tmp/err" || fail "$(cat "$tmp/err")"
    ;;
  book)
    "$jobname" book "$corpus"/snapp__*.md "$corpus/gharar.md" -o "$tmp/book.zip" --title "My book" || fail "book exit $?"
    python3 - "$tmp/book.zip" "$corpus/gharar.md" <<'PY' || fail "zip contents"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
names = z.namelist()
assert "src/SUMMARY.md" in names and "book.toml" in names, names
assert "- [snapp](./snapp/README.md)\n    - [Software Engineer (Golang" in z.read("src/SUMMARY.md").decode(), z.read("src/SUMMARY.md")
gharar = [n for n in names if n.startswith("src/gharar/")]
assert len(gharar) == 1 and z.read(gharar[0]) == open(sys.argv[2], "rb").read(), gharar
assert len([n for n in names if n.startswith("src/snapp/") and not n.endswith("README.md")]) == 2, names
PY
    printf 'nothing\n' > "$tmp/n.md"
    "$jobname" book "$tmp/n.md" -o "$tmp/none.zip" 2> /dev/null; [ $? -eq 1 ] || fail "bad input exit"
    [ ! -e "$tmp/none.zip" ] || fail "wrote a book from bad input"
    ;;
  book-active-content)
    printf '# [<script>alert(1)</script>](https://x.example)\n\n## Dev\n\n### Technical\n- Q <img src=x onerror=alert(1)>\n' > "$tmp/bad.md"
    cp "$tmp/bad.md" "$tmp/bad.orig"
    "$jobname" book "$tmp/bad.md" "$corpus/gharar.md" -o "$tmp/bad.zip" 2> "$tmp/err"; code=$?
    [ $code -eq 1 ] || fail "exit $code"
    [ ! -e "$tmp/bad.zip" ] || fail "wrote a book holding active content"
    grep -q "bad.md:1:4: error: active content: the <script> tag" "$tmp/err" || fail "$(cat "$tmp/err")"
    grep -q "bad.md:6:16: error: active content: the onerror attribute" "$tmp/err" || fail "$(cat "$tmp/err")"
    grep -q "nothing was written.*--neutralise" "$tmp/err" || fail "$(cat "$tmp/err")"
    "$jobname" book "$tmp/bad.md" "$corpus/gharar.md" -o "$tmp/bad.zip" --neutralise 2> "$tmp/err" || fail "--neutralise exit $?"
    grep -q "bad.md:1:4: warning: active content" "$tmp/err" || fail "$(cat "$tmp/err")"
    cmp -s "$tmp/bad.md" "$tmp/bad.orig" || fail "the record file changed"
    python3 - "$tmp/bad.zip" <<'PY' || fail "neutralised book"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
summary = z.read("src/SUMMARY.md").decode()
assert "[&lt;script&gt;alert(1)&lt;/script&gt;](./script-alert-1-script/dev.md)" in summary, summary
page = z.read("src/script-alert-1-script/dev.md").decode()
assert page.startswith("# [&lt;script>alert(1)</script>]") and "&lt;img src=x onerror" in page, page
for name in z.namelist():
    assert "<script" not in z.read(name).decode().lower(), name
PY
    ;;
  book-hostile-names)
    # A table of hostile records: one per line, company TAB position (printf escapes).
    i=0
    while IFS=$'\t' read -r company position; do
      i=$((i + 1))
      printf "# [$company](https://x.example)\n\n## $position\n" > "$tmp/r$i.md"
    done <<'TABLE'
%070000d	a
README	readme
Acme	README
Acme	readme
Acme	index
\xc3\x84pfel	Dev
\xc3\xa4pfel	Dev
A\xcc\x88pfel	Dev
CON	NUL
com1	LPT1.txt
aux.md	prn
\xef\xbc\x8f\xef\xbc\x8e\xef\xbc\x8e\xef\xbc\x8f	\xef\xbc\x8e\xef\xbc\x8e
..	../../etc/passwd
\xe2\x80\xaetxt.exe	\xe2\x80\xaemd.exe
dot.	space 
\xd8\xaf\xdb\x8c\xd8\xac\xdb\x8c\xe2\x80\x8c\xda\xa9\xd8\xa7\xd9\x84\xd8\xa7	\xd8\xa8\xd8\xb1\xd9\x86\xd8\xa7\xd9\x85\xd9\x87
TABLE
    printf '# [%s](https://x.example)\n\n## Dev\n' "$(head -c 3000 /dev/zero | tr '\0' 'x')" > "$tmp/long.md"
    "$jobname" book "$tmp"/r*.md "$tmp/long.md" -o "$tmp/hostile.zip" || fail "book exit $?"
    python3 - "$tmp/hostile.zip" $i <<'PY' || fail "hostile names"
import re, sys, unicodedata, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
names = z.namelist()
device = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.I)
keys = set()
for name in names:
    for part in name.split("/"):
        assert part not in ("", ".", ".."), name
        assert len(part.encode()) <= 255 and not device.match(part), name
        assert not part.endswith((".", " ")), name
        for ch in part:
            assert unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Mn", "Me"), (name, hex(ord(ch)))
            assert ch not in '<>:"|?*\\' and not ("\uff00" <= ch <= "\uffef"), name
    key = unicodedata.normalize("NFC", name).casefold()
    assert key not in keys, name
    keys.add(key)
    z.extract(name, sys.argv[1] + ".out")  # extracts where it should, nowhere else
assert len(names) >= int(sys.argv[2]) + 4, names
summary = z.read("src/SUMMARY.md").decode()
for target in re.findall(r"\]\(\./([^)]*)\)", summary):
    assert "src/" + target in names, target
PY
    ;;
  help)
    for c in convert check roundtrip jalali flowchart share book; do "$jobname" $c --help | grep -q "usage: jobname $c" || fail "$c --help"; done
    "$jobname" nonsense 2>/dev/null; [ $? -eq 2 ] || fail "unknown command exit"
    ;;
  *) fail "unknown case $case" ;;
esac
echo "ok $case"
