# Two commands for a newcomer: `make serve` and `make test`. Every target runs the set-up first.
SHELL := /bin/bash
BOOTSTRAP := scripts/bootstrap
# emcc needs Debian's node modules (acorn) when node itself comes from elsewhere.
export NODE_PATH := /usr/share/nodejs
# CMake's own test runner output, one line a test
export CTEST_OUTPUT_ON_FAILURE := 1

.PHONY: bootstrap native web web-debug dist test unit e2e serve bench fuzz fuzz-build fuzz-smoke clean
FUZZ_SECONDS ?= 300

bootstrap:
	@$(BOOTSTRAP)

native: bootstrap
	@cmake --preset native >/dev/null
	@cmake --build --preset native

web: bootstrap
	@cmake --preset web >/dev/null
	@cmake --build --preset web

web-debug: bootstrap
	@cmake --preset web-debug >/dev/null
	@cmake --build --preset web-debug

# build/web as one self-contained page that opens from disk: build/dist/jobname-studio.html
dist: web
	@python3 scripts/make_single_file.py build/web build/dist/jobname-studio.html
	@echo "dist: build/dist/jobname-studio.html ($$(stat -c %s build/dist/jobname-studio.html) bytes)"

unit: native
	@cd build/native && ctest --output-on-failure

# The full suite in Chromium, then the shared list (everywhere.test.mjs) in Firefox ESR and WebKitGTK.
e2e: dist
	@node tests/e2e/run.mjs
	@node tests/e2e/run.mjs --engine=firefox
	@node tests/e2e/run.mjs --engine=webkit

test: bootstrap
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory fuzz-smoke
	@$(MAKE) --no-print-directory e2e

# libFuzzer targets (clang, ASan, UBSan) over seeds from the corpus: `make fuzz FUZZ_SECONDS=600`
fuzz: fuzz-build
	@scripts/fuzz $(FUZZ_SECONDS)

fuzz-build: native
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz

# In make test: fixed seed and run count, the same inputs every time.
fuzz-smoke: fuzz-build
	@scripts/fuzz smoke

serve: web
	@python3 scripts/serve.py build/web 127.0.0.1 8000

bench: native dist
	@cmake --build --preset web --target jn_bench >/dev/null
	@bench/run

clean:
	rm -rf build
