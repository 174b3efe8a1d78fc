"""Optional PII redaction (`RunConfig.redact_pii`): e-mail addresses and private IP addresses.

`redact_pii(text)` replaces each e-mail address by `<REDACTED:email>` and each private IP address by
`<REDACTED:private_ip>`, in place, like `quality.secrets.redact` does for secrets (it runs after it, at ingestion).

What counts, and what is kept on purpose (redaction must not corrupt code):

- **E-mail**: `local@domain.tld`, where the top-level label is a two-letter country code or a common generic TLD
  (`EMAIL_TLDS`). So `@Component`, `@angular/core`, `lodash@4.17.21`, `pkg@latest` and Python's `a@self.matrix`
  are not addresses. Kept: reserved documentation domains (`user@example.com`, `*.example`, `*.test`,
  `*.invalid`, `*.localhost`; RFC 2606/6761) and git remotes: scp-like `git@github.com:org/repo.git` (the address
  is followed by `:path`) and `ssh://user@host/…` (preceded by `://`) name a login on a host, not a mailbox.
- **Private IP**: a valid IPv4 / IPv6 address (parsed by `ipaddress`) inside 10.0.0.0/8, 172.16.0.0/12,
  192.168.0.0/16 or fc00::/7. Kept: loopback (127.0.0.0/8, ::1), public and documentation addresses
  (192.0.2.0/24, 2001:db8::/32, …), the range notations themselves (`10.0.0.0/8`), and dotted numbers that are
  versions (`Version=10.0.0.0`, `v10.1.2.3`, a number with more than four parts or a leading zero).

Scope: the repository's files and paths (a path holding PII is skipped, `pii_in_name`). The repository location the
user gives (`--repo`, kept in the manifest to re-run it) is not rewritten.

Linear time: each regex is a single pass without nested unbounded repetition; candidates are checked in Python.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from architect_ai.quality.secret_rules import REDACTED_PREFIX

EMAIL_KIND = "email"
PRIVATE_IP_KIND = "private_ip"
PII_KINDS = (EMAIL_KIND, PRIVATE_IP_KIND)

PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
#: Common generic top-level domains of real mailboxes (two-letter country codes are always accepted).
EMAIL_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "pro", "io", "dev", "app", "ai", "cloud", "tech",
    "online", "site", "xyz", "email", "mail", "me", "co", "local", "internal", "corp", "lan", "intranet", "company",
    "solutions", "services", "systems", "digital", "agency", "studio", "health", "bank", "insurance", "law", "eu",
})  # fmt: skip
#: RFC 2606 / 6761 reserved names: addresses there are documentation, not people.
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_SUFFIXES = ("example", "test", "invalid", "localhost")

EMAIL = re.compile(
    r"(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@([A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24})(?![\w-])"
)
IPV4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)")
#: An IPv6 candidate starting in fc00::/7 (`fc…` or `fd…`); validated by `ipaddress`.
IPV6 = re.compile(r"(?<![\w:])([fF][cCdD][0-9A-Fa-f]{0,2}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
#: Text right before a dotted number that makes it a version, not an address.
VERSION_BEFORE = re.compile(r"ver(?:sion)?\W{0,4}$", re.IGNORECASE)
NETWORK_SUFFIX = re.compile(r"/(\d{1,3})")


def redact_pii(text: str) -> tuple[str, Counter]:
    """Replace e-mail and private IP addresses in `text` by `<REDACTED:email>` / `<REDACTED:private_ip>`.

    Returns the new text (same number of lines) and the count of replacements by kind.
    """
    counts: Counter = Counter()
    if "@" in text:
        text = EMAIL.sub(lambda m: _email(m, text, counts), text)
    if "." in text:
        text = IPV4.sub(lambda m: _ip(m, text, counts), text)
    if ":" in text:
        text = IPV6.sub(lambda m: _ip(m, text, counts), text)
    return text, counts


def has_pii(text: str) -> bool:
    """True when `redact_pii` would replace something in `text` (a path, a name)."""
    return bool(redact_pii(text)[1])


def _email(match: re.Match[str], text: str, counts: Counter) -> str:
    domain = match[2].lower()
    if not is_email_domain(domain) or _is_remote(match, text):
        return match[0]
    counts[EMAIL_KIND] += 1
    return f"{REDACTED_PREFIX}{EMAIL_KIND}>"


def is_email_domain(domain: str) -> bool:
    """True for a domain a real mailbox could have; False for reserved documentation domains and code."""
    domain = domain.lower()
    tld = domain.rsplit(".", 1)[-1]
    if domain in RESERVED_DOMAINS or domain.endswith(tuple(f".{d}" for d in RESERVED_DOMAINS)):
        return False
    if tld in RESERVED_SUFFIXES:
        return False
    return len(tld) == 2 or tld in EMAIL_TLDS


def _is_remote(match: re.Match[str], text: str) -> bool:
    """`git@github.com:org/repo.git` or `ssh://git@host/…`: a login on a host, not a mailbox."""
    start, end = match.span()
    if text.endswith("://", max(0, start - 3), start):
        return True
    return end + 1 < len(text) and text[end] == ":" and (text[end + 1].isalnum() or text[end + 1] in "~/_")


def _ip(match: re.Match[str], text: str, counts: Counter) -> str:
    candidate = match[1]
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return match[0]  # `999.1.1.1`, a leading zero, not an address
    if not any(address in network for network in PRIVATE_NETWORKS):
        return match[0]
    start, end = match.span()
    if address.version == 4 and VERSION_BEFORE.search(text, max(0, start - 11), start):
        return match[0]
    suffix = NETWORK_SUFFIX.match(text, end)
    if suffix and _is_block_notation(candidate, suffix[1]):
        return match[0]
    counts[PRIVATE_IP_KIND] += 1
    return f"{REDACTED_PREFIX}{PRIVATE_IP_KIND}>"


def _is_block_notation(address: str, prefix: str) -> bool:
    """`10.0.0.0/8`, `fc00::/7`: the private ranges' own names are public facts, not a host's address."""
    try:
        return ipaddress.ip_network(f"{address}/{prefix}") in PRIVATE_NETWORKS
    except ValueError:
        return False
