"""Issue 20 (2): URL query credentials, Azure SAS signatures and passwords in prose comments are redacted."""

from __future__ import annotations

import pytest

from architect_ai.quality.secrets import redact
from tests.secret_corpus import (
    PROSE_FOR_PASSWORD,
    PROSE_PASSWORD,
    QUERY_ACCESS_TOKEN,
    QUERY_API_KEY,
    QUERY_APPID,
    SAS_SIGNATURE,
)


@pytest.mark.parametrize(
    ("line", "secret", "kind"),
    [
        (f'var u = "https://api.openweathermap.org/data/2.5/weather?q=Paris&appid={QUERY_APPID}";', QUERY_APPID,
         "url_query_credential"),
        (f"fetch('https://graph.example.com/me?access_token={QUERY_ACCESS_TOKEN}')", QUERY_ACCESS_TOKEN,
         "url_query_credential"),
        (f"MAPS = 'https://maps.example.com/js?api_key={QUERY_API_KEY}&v=3'", QUERY_API_KEY, "url_query_credential"),
        (f'"Blob": "https://s.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig={SAS_SIGNATURE}"', SAS_SIGNATURE,
         "azure_sas_signature"),
        (f"    // prod db login is sa / {PROSE_PASSWORD}", PROSE_PASSWORD, "comment_password"),
        (f"# the password for staging is {PROSE_FOR_PASSWORD}", PROSE_FOR_PASSWORD, "comment_secret"),
        (f"-- creds: deploy / {PROSE_PASSWORD}", PROSE_PASSWORD, "comment_password"),
    ],
)  # fmt: skip
def test_the_three_kinds_are_redacted(line: str, secret: str, kind: str) -> None:
    path = "appsettings.json" if line.startswith('"') else "src/App.cs"
    text, found = redact(line, path)
    assert secret not in text
    assert f"<REDACTED:{kind}>" in text and kind in {r.kind for r in found}


@pytest.mark.parametrize(
    "line",
    [
        "// login is required / optional",
        "# the account login is handled by auth/LoginService.cs",
        "const url = `https://tiles.example.com/{z}.png?api_key=${environment.tilesKey}`;",
        'url = f"https://x.example.com/v1?api_key={api_key}&q={query}"',
        'q = "?sig=" + signature',
        "see https://example.com/search?key=value&token=yes",
        "// the token is valid for 24h",
        "https://api.example.com/items?appid=YOUR_APP_ID",
    ],
)
def test_lookalikes_stay_as_they_are(line: str) -> None:
    assert redact(line, "src/App.cs") == (line, [])
