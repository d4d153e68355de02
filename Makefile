# briefing: `make run` opens the reader on seeds/, `make test` runs every test.
# Both install what is missing (system packages through apt-get) before building.

SWIFT    ?= swift
PREFIX   ?= /usr/local
SHARED   ?= ../shared
APT_PKGS := libncursesw5-dev libsqlite3-dev sqlite3 pkg-config tmux python3 wordnet-base
RELEASE  := .build/release/briefing
DEBUG    := .build/debug/briefing
FUZZ_INPUTS ?= 20000
FUZZ_SEED ?= $(shell date +%s)

.PHONY: all deps build release run test unit e2e score bench fuzz install clean

all: build

## deps: install the system packages the build and the tests need, when they are absent.
deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift is not on PATH (Swift 6 toolchain needed)"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build in release mode and open the reader on seeds/.
run: release
	$(RELEASE) seeds

## test: unit and frame tests, then the end-to-end scripts against the real binary (the summary scores,
## about 700 summaries of long meetings, against a release build).
test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) build -c release --product briefing
	$(MAKE) --no-print-directory e2e

e2e:
	@for t in Tests/e2e/*.sh; do echo "== $$t"; BRIEFING=$(DEBUG) BRIEFING_RELEASE=$(RELEASE) SHARED=$(SHARED) bash $$t || exit 1; done

## fuzz: the parsers under many generated and mutated inputs (make test runs about 3,000 of them).
fuzz: deps
	$(SWIFT) build -c release --product briefing-fuzz
	.build/release/briefing-fuzz --inputs $(FUZZ_INPUTS) --seed $(FUZZ_SEED) --save-current /tmp/briefing-fuzz-current.txt

bench: release
	@command -v /usr/bin/time >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq time; }
	bash bench/run.sh

install:
	@[ -x $(RELEASE) ] || $(MAKE) --no-print-directory release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/briefing

clean:
	rm -rf .build
