# plansite — `make site` builds the generator and the default site; `make test` runs every
# suite. Missing Debian packages are installed when running as root (see tests/tools/deps.sh).

CC      ?= cc
PKGS    := libcmark yaml-0.1 libmicrohttpd libutf8proc
WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS  += $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -Igenerator
LDLIBS  += -lcsv -lstemmer -lpthread -lm
PREFIX  ?= /usr/local
DESTDIR ?=

# Sanitizer and debug builds live in their own folders so they never mix objects.
BUILD   ?= build
ifeq ($(MODE),asan)
  BUILD  := build/asan
  OPT    := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
  LDFLAGS += -fsanitize=address,undefined
endif
ifeq ($(MODE),debug)
  BUILD  := build/debug
  OPT    := -O0 -g3
endif

SRC      := $(sort $(wildcard generator/*.c generator/*/*.c))
LIB_SRC  := $(filter-out generator/main.c,$(SRC))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/obj/%.o)
DEPS_OK  := build/.deps-ok

.PHONY: all debug asan site test unit golden-update install format lint bench fuzz clean deps

all: $(BUILD)/plansite

$(DEPS_OK):
	@sh tests/tools/deps.sh build
	@mkdir -p build && touch $@

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

$(BUILD)/obj/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libplansite.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/plansite: $(BUILD)/obj/generator/main.o $(BUILD)/libplansite.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS)

$(BUILD)/unit-tests: $(UNIT_OBJ) $(BUILD)/libplansite.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS)

debug:
	$(MAKE) MODE=debug build/debug/plansite
asan:
	$(MAKE) MODE=asan build/asan/plansite build/asan/unit-tests

site: $(BUILD)/plansite
	$(BUILD)/plansite build --content content --theme themes/default --out site

unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

# Every suite, then one closing line "N passed, N failed".
test: $(BUILD)/plansite $(BUILD)/unit-tests
	@sh tests/tools/deps.sh test
	@sh tests/run-all.sh

golden-update: $(BUILD)/plansite
	@sh tests/golden/run.sh --update
	@sh tests/bilingual/suite.sh --update

install: $(BUILD)/plansite
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/plansite/themes
	install -m 755 $(BUILD)/plansite $(DESTDIR)$(PREFIX)/bin/plansite
	cp -R themes/default $(DESTDIR)$(PREFIX)/share/plansite/themes/

FORMAT_SRC = $(SRC) $(wildcard generator/*.h generator/*/*.h) $(UNIT_SRC) $(wildcard tests/unit/*.h tests/fuzz/*.c)

format:
	clang-format -i $(FORMAT_SRC)

lint: | $(DEPS_OK)
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability --inline-suppr \
	  --std=c11 -Igenerator $(SRC)
	clang-format --dry-run --Werror $(FORMAT_SRC)

bench: $(BUILD)/plansite
	@sh tests/bench/run.sh

fuzz:
	@sh tests/fuzz/run.sh 300

clean:
	rm -rf build site site.new site.old

-include $(shell find build -name '*.d' 2>/dev/null)
