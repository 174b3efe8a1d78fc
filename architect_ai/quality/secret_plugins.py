"""Layer 2 of `quality.secrets.redact`: detect-secrets' plugins on a line, run only where they could fire.

Each plugin runs only on lines holding one of its trigger words (`PLUGIN_TRIGGERS`); the entropy plugins on lines
that name a secret, and the base64 one also on any line with a long token-like run (an unnamed secret literal).
`analyze_line` returns the secret value; its spans are returned unless another rule already redacted them.
Subresource-Integrity hashes (`sha384-…`), UUIDs, sequential and templated strings are not secrets.
"""

from __future__ import annotations

import functools
import re

from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
from detect_secrets.filters.heuristic import is_potential_uuid, is_sequential_string, is_templated_secret

from architect_ai.quality.secret_rules import (
    ALL_PLUGIN_WORDS,
    ENTROPY_PLUGINS,
    LONG_RUN,
    MIN_CODE_SECRET_CHARS,
    NAME_WORDS,
    PLUGIN_TRIGGERS,
    REDACTED_PREFIX,
    REDACTED_TOKEN,
    SECRETISH_NAME,
    SKIPPED_PLUGINS,
    is_placeholder,
    plausible_secret,
    secret_name_kind,
)


def detect_secrets_spans(line: str, path: str, config: bool) -> list[tuple[int, int, str]]:
    done = [(m.start(), m.end()) for m in REDACTED_TOKEN.finditer(line)]
    spans = []
    for secret_type, plugin in _plugins_for(line):
        for found in plugin.analyze_line(filename=path or "file.txt", line=line, line_number=0):
            value = found.secret_value or ""
            if not _keep_plugin_value(value, secret_type, config):
                continue
            kind = _slug(secret_type)
            start = line.find(value)
            while start >= 0:
                end = start + len(value)
                if not any(start < b and a < end for a, b in done):
                    spans.append((start, end, kind))
                start = line.find(value, start + len(value))
    return spans


BASE64_PLUGIN = "Base64 High Entropy String"
#: Public hashes that look random: Subresource-Integrity values (`sha384-…`) are not secrets.
PUBLIC_HASH_PREFIX = re.compile(r"sha(?:1|256|384|512)-")


def _keep_plugin_value(value: str, secret_type: str, config: bool) -> bool:
    if PUBLIC_HASH_PREFIX.match(value):
        return False
    if len(value) < MIN_CODE_SECRET_CHARS or REDACTED_PREFIX in value or is_placeholder(value):
        return False
    if is_potential_uuid(value) or is_sequential_string(value) or is_templated_secret(value):
        return False
    if secret_type == BASE64_PLUGIN and not any(c.isdigit() or c in "+/" for c in value):
        return False  # `ValueDefWithConditionMarkPropFieldOrDatumDef…`: a long identifier, not base64 key material
    if secret_type == "Secret Keyword":
        return plausible_secret(value, "", config)
    return True


def _names_secret(line: str) -> bool:
    return any(secret_name_kind(name, False) for name in SECRETISH_NAME.findall(line))


def _plugins_for(line: str) -> list[tuple[str, object]]:
    """The detect-secrets plugins worth running on `line` (see PLUGIN_TRIGGERS)."""
    lowered = line.lower()
    present = {word for word in ALL_PLUGIN_WORDS if word in lowered}
    named = bool(present & NAME_WORDS) and _names_secret(line)
    long_run = bool(LONG_RUN.search(line))
    chosen = []
    for secret_type, plugin in _plugins():
        if secret_type in ENTROPY_PLUGINS:
            # a quoted high-entropy base64 string is a secret even unnamed; hex (hashes, ids) only when named
            wanted = named or (long_run and secret_type == BASE64_PLUGIN)
        elif secret_type in PLUGIN_TRIGGERS:
            wanted = not present.isdisjoint(PLUGIN_TRIGGERS[secret_type])
        else:
            wanted = long_run
        if wanted:
            chosen.append((secret_type, plugin))
    return chosen


@functools.cache
def _plugins() -> tuple[tuple[str, object], ...]:
    mapping = get_mapping_from_secret_type_to_class()
    return tuple(
        (secret_type, cls()) for secret_type, cls in sorted(mapping.items()) if secret_type not in SKIPPED_PLUGINS
    )


def _slug(secret_type: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", secret_type.lower()).strip("_")
