# 书驿 Shuyi — `make run` opens the app, `make test` runs every test; each sets up whatever is missing first:
# Debian/Ubuntu packages (apt-get, with sudo when not root), a virtual environment in .venv, the app and its
# compiled translations.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
QM     := resources/i18n/shuyi_zh_CN.qm
TS     := resources/i18n/shuyi_zh_CN.ts

# What Qt's xcb platform plugin loads, and a CJK font so that Chinese does not show as boxes.
RUN_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 \
	libxcb-shape0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-util1 libx11-xcb1 \
	libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-wqy-microhei
# The tests also start a real X server (Xvfb), find windows on it (xdotool) and read PDFs (poppler-utils).
TEST_DEBS := $(RUN_DEBS) xvfb xdotool poppler-utils

# A recipe that fails half-way (say, venv creation) leaves no target behind to be mistaken for done.
.DELETE_ON_ERROR:

.PHONY: run test setup setup-test translations lint i18n-update clean

run: setup
	$(BIN)/shuyi

test: setup-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

setup: .stamp-debs-run $(VENV)/.installed $(QM)
setup-test: .stamp-debs-test $(VENV)/.installed-test $(QM)
translations: $(QM)

# Install the Debian packages that are missing; stop with the exact command when that cannot be done here.
define ensure_debs
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "Please install these packages (Debian names):$$missing" >&2; exit 1; fi; \
	  if [ "$$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then \
	    echo "Run as root: apt-get install -y$$missing" >&2; exit 1; fi; \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing \
	  || { echo "Could not install them. Run: sudo apt-get install -y$$missing" >&2; exit 1; }; \
	fi
endef

.stamp-debs-run: Makefile
	$(call ensure_debs,$(RUN_DEBS))
	@touch $@

.stamp-debs-test: Makefile
	$(call ensure_debs,$(TEST_DEBS))
	@touch $@

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || \
	  { echo "Shuyi needs Python 3.11 or newer. Run: sudo apt-get install -y python3 python3-venv" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Shuyi needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version 2>&1)" >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || $(call ensure_venv_deb)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

define ensure_venv_deb
	{ echo "Installing python3-venv"; $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; } || \
	  { echo "Run: sudo apt-get install -y python3-venv" >&2; exit 1; }
endef

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	@touch $@

# The tests include `shuyi bench coverage` at a small size, which runs spopt beside our engine: the extra "bench".
$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[test,bench]"
	@touch $@ $(VENV)/.installed

# Compiled translations: generated from the .ts source by pyside6-lrelease; never edited by hand.
$(QM): $(TS) | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# For developers: refresh the .ts from the sources after adding or changing a translatable string.
i18n-update: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find desktop -name '*.py' | sort) -ts $(TS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop db resources tests

clean:
	rm -rf $(VENV) .stamp-debs-* $(QM) .pytest_cache .ruff_cache
