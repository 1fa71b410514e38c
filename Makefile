# duibiao — a thin wrapper over CMake (cmark style).
#   make demo    extract + compare + render the example reports → out/briefing.pdf
#   make test    the whole suite, then again under ASan+UBSan
#   make install PREFIX=/usr/local   (cmake --install; DESTDIR is honoured)
#   make asan | leakcheck | fuzz | bench | corpus | unkeyed | pot | clean
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
PREFIX ?= /usr/local

.PHONY: all deps build demo install test check asan leakcheck fuzz bench corpus unkeyed pot clean

all: build

deps:
	@tools/deps.sh build

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(MAKE) -C examples DUIBIAO=$(CURDIR)/$(BUILD)/duibiao OUT=$(CURDIR)/out
	@echo "briefing: $(CURDIR)/out/briefing.pdf"

# The program, its fonts, man page and shell completion under PREFIX; the
# program finds its fonts relative to itself, so the prefix may move.
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

check: build
	@tools/deps.sh test
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: deps
	@tools/deps.sh test
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDB_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

test: check asan

leakcheck: deps
	@tools/deps.sh leakcheck
	cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DDB_VALGRIND=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build build-valgrind -j $(JOBS)
	cd build-valgrind && ctest --output-on-failure -j $(JOBS) -E render_golden

# The libFuzzer targets of tests/fuzz (clang; every library sanitized and
# instrumented) in their own build, each run FUZZ_SECONDS; FUZZ_TARGETS=…
# names some. Findings stay in $(FUZZ_BUILD)/fuzz/crashes (tests/fuzz/run.py).
fuzz:
	@tools/deps.sh fuzz
	CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDB_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	FUZZ_SECONDS=$(FUZZ_SECONDS) python3 tests/fuzz/run.py $(FUZZ_BUILD) $(FUZZ_TARGETS)

# Every benchmark, printing medians (bench/run.py says what each part does);
# BENCH="startup chart" runs only those parts. Never a test.
bench: build
	python3 bench/run.py $(BUILD) $(BENCH)

# The extractor on the real reports of ../shared/corpus: scores per file and
# split, the confusion list of the dev split (tests/corpus/README.md).
corpus: build
	python3 tests/corpus/score.py $(BUILD)/duibiao --split dev -v
	python3 tests/corpus/score.py $(BUILD)/duibiao --split heldout

# The figures no catalog metric keys, most frequent label first
# (MANIFEST=… for other reports).
MANIFEST ?= ../shared/corpus/manifest.json
unkeyed: build
	python3 tools/unkeyed-labels.py $(BUILD)/duibiao $(MANIFEST)

# po/duibiao.pot regenerated from the sources (xgettext) and merged into
# po/zh_CN.po (msgmerge): new messages appear there untranslated.
pot: build
	cmake --build $(BUILD) --target pot

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) build-valgrind out
