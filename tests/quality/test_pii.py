"""Optional PII redaction: e-mail and private IP addresses replaced; code that only looks like them kept."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.repository import open_source
from architect_ai.quality.pii import has_pii, redact_pii
from architect_ai.quality.secrets import redact
from tests.pii_corpus import KEPT, PII_VALUES, PLANTED_PII
from tests.repo_factory import make_repo


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("// owner: jane.doe@contoso-health.com", "// owner: <REDACTED:email>"),
        ('Sender = "ops-team@acme.io";', 'Sender = "<REDACTED:email>";'),
        ("mailto:noreply+alerts@shop.co.uk?subject=x", "mailto:<REDACTED:email>?subject=x"),
        ("Contact: Bob.Smith@Corp.COM.", "Contact: <REDACTED:email>."),
        ("<li>a@acme.de, b@acme.fr</li>", "<li><REDACTED:email>, <REDACTED:email></li>"),
    ],
)
def test_email_addresses_are_redacted(line, expected):
    text, counts = redact_pii(line)
    assert text == expected
    assert counts == Counter({"email": expected.count("<REDACTED:email>")})


@pytest.mark.parametrize(
    "line",
    [
        "@Component({ selector: 'app-root' })",
        "import { HttpClient } from '@angular/common/http';",
        '"@types/node": "^20.1.0", "lodash@4.17.21", "pkg@latest"',
        "https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css",
        "y = weights@self.matrix",  # Python matrix product: `matrix` is no mail TLD
        "this@MainActivity.finish()",  # Kotlin labelled this
        "@media (max-width: 600px) { @include small; }",
        'return View(@"~/Views/Home.cshtml");',
        "git clone git@github.com:acme/shop.git",  # scp-like git remote: a login on a host
        "ssh://deploy@build.acme.io/srv/repo.git",
        "fixture user@example.com, admin@mail.example.org, a@shop.test, b@host.invalid, c@box.localhost",
    ],
)
def test_code_that_only_looks_like_an_email_is_kept(line):
    assert redact_pii(line) == (line, Counter())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Host = "10.42.7.19";', 'Host = "<REDACTED:private_ip>";'),
        ("redis: 172.16.0.5:6379, 172.31.255.254", "redis: <REDACTED:private_ip>:6379, <REDACTED:private_ip>"),
        ("http://192.168.1.10:8080/api", "http://<REDACTED:private_ip>:8080/api"),
        ("subnet 10.20.0.0/16", "subnet <REDACTED:private_ip>/16"),
        ("mesh fd12:3456:789a:1::25 and FC00::1", "mesh <REDACTED:private_ip> and <REDACTED:private_ip>"),
        ("mongodb://db-user@10.1.1.1/shop", "mongodb://db-user@<REDACTED:private_ip>/shop"),
    ],
)
def test_private_ip_addresses_are_redacted(line, expected):
    text, counts = redact_pii(line)
    assert text == expected
    assert counts == Counter({"private_ip": expected.count("<REDACTED:private_ip>")})


@pytest.mark.parametrize(
    "line",
    [
        "listen 127.0.0.1:5000 and 127.8.9.10 and [::1]",  # loopback
        "public 8.8.8.8, 172.32.0.1, 172.15.255.255, 192.169.0.1, 11.0.0.1",  # just outside the private blocks
        "docs 192.0.2.10, 198.51.100.7, 203.0.113.9, 2001:db8::1",  # documentation ranges
        "<AssemblyVersion>10.0.0.0</AssemblyVersion>",
        "System.Runtime, Version=10.0.0.0, Culture=neutral",
        '"version": "10.1.2.3"',
        "release v10.0.0.1 and build 1.10.0.0.1 and 10.0.0.1.5",
        "not an address 10.0.0.256, 010.0.0.1, 192.168.1",
        "RFC 1918: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16; ULA fc00::/7",  # the ranges' own names
        "fd.close(); fcntl(fd, F_GETFL); dead:beef:cafe",
    ],
)
def test_loopback_public_versions_and_range_names_are_kept(line):
    assert redact_pii(line) == (line, Counter())


def test_redaction_keeps_line_count_and_counts_by_kind():
    text = "a = 'x@acme.com'\n\nb = '10.0.0.7'\nc = 'y@acme.com'\n"
    new, counts = redact_pii(text)
    assert new.count("\n") == text.count("\n")
    assert counts == Counter({"email": 2, "private_ip": 1})


def test_paths_holding_pii_are_recognised():
    assert has_pii("docs/jane.doe@contoso-health.com.md")
    assert has_pii("hosts/192.168.56.101.conf")
    assert not has_pii("src/app/@shared/user.component.ts")
    assert not has_pii("docs/v10.0.0.1/notes.md")


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 200_000 + "@",
        ("a." * 100_000) + "@",
        "x@" + "a-" * 100_000,
        "1." * 100_000,
        "fd00:" * 50_000,
        ("a@b." * 50_000),
    ],
)
def test_hostile_inputs_stay_linear(hostile):
    start = time.perf_counter()
    redact_pii(hostile)
    assert time.perf_counter() - start < 2.0


def test_ingestion_redacts_pii_only_when_asked(tmp_path):
    root = make_repo(tmp_path, {**PLANTED_PII, "docs/jane.doe@contoso-health.com.md": "# Notes\n"})
    skips_on: Counter = Counter()
    on = {f.path: f for f in iter_source_files(open_source(str(root)), skips=skips_on, redact_pii=True)}
    off_skips: Counter = Counter()
    off = {f.path: f for f in iter_source_files(open_source(str(root)), skips=off_skips)}

    text_on = "\n".join(f.text for f in on.values())
    assert [v for v in PII_VALUES if v in text_on] == []
    assert [v for v in KEPT if v not in text_on] == []
    assert skips_on["pii_in_name"] == 1 and "docs/jane.doe@contoso-health.com.md" not in on
    totals = Counter()
    for file in on.values():
        totals.update(dict(file.pii_redactions))
    assert totals == Counter({"email": 5, "private_ip": 6})

    # off (the default): exactly today's text, the secret redaction alone, nothing counted or skipped for PII
    assert "pii_in_name" not in off_skips
    for path, file in off.items():
        raw = (root / path).read_text(encoding="utf-8")
        assert file.text == redact(raw, path)[0]
        assert file.pii_redactions == ()
    text_off = "\n".join(f.text for f in off.values())
    assert all(v in text_off for v in PII_VALUES)
