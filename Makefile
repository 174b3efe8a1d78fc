# Two commands on a fresh machine: `make run` and `make test`. Each sets up what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
JS_STAMP := node_modules/.installed
TRAIN_STAMP := $(VENV)/.train-installed
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CPP_DIR := .cache/llama.cpp
LLAMA_CPP_STAMP := $(LLAMA_CPP_DIR)/.fetched-$(LLAMA_CPP_VERSION)
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT ?= 8501

.PHONY: setup run test test-fast lint format bench chromium clean

setup: $(PY_STAMP) $(JS_STAMP) $(TRAIN_STAMP) $(LLAMA_CPP_STAMP)

$(PY_STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# LoRA training: torch is pinned in requirements-train.txt (the CPU wheel here; unpinned it pulls CUDA wheels).
$(TRAIN_STAMP): requirements-train.txt $(PY_STAMP)
	$(PY) -m pip install --quiet -r requirements-train.txt
	touch $@

# llama.cpp's GGUF converters ship in the llama-cpp-python sdist: fetched once, git-ignored, never committed.
$(LLAMA_CPP_STAMP): | $(PY_STAMP)
	rm -rf $(LLAMA_CPP_DIR) && mkdir -p $(LLAMA_CPP_DIR)/download
	$(PY) -m pip download --quiet --no-binary :all: --no-deps llama-cpp-python==$(LLAMA_CPP_VERSION) \
		-d $(LLAMA_CPP_DIR)/download
	tar -xzf $(LLAMA_CPP_DIR)/download/llama_cpp_python-$(LLAMA_CPP_VERSION).tar.gz -C $(LLAMA_CPP_DIR) \
		--strip-components=3 llama_cpp_python-$(LLAMA_CPP_VERSION)/vendor/llama.cpp/convert_hf_to_gguf.py \
		llama_cpp_python-$(LLAMA_CPP_VERSION)/vendor/llama.cpp/convert_lora_to_gguf.py \
		llama_cpp_python-$(LLAMA_CPP_VERSION)/vendor/llama.cpp/gguf-py \
		llama_cpp_python-$(LLAMA_CPP_VERSION)/vendor/llama.cpp/conversion \
		llama_cpp_python-$(LLAMA_CPP_VERSION)/vendor/llama.cpp/LICENSE
	rm -rf $(LLAMA_CPP_DIR)/download
	touch $@

$(JS_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

run: setup
	$(VENV)/bin/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

test: setup chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

test-fast: setup
	$(VENV)/bin/pytest -q -m "not e2e and not slow"

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: setup
	$(PY) bench/generate.py
	$(PY) bench/mermaid.py
	$(PY) bench/scale.py
	$(PY) bench/ui.py
	$(PY) bench/big_file.py
	$(PY) bench/ingest_peers.py
	$(PY) bench/train.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache
