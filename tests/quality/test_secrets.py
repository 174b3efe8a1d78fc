"""No planted secret survives ingestion; ordinary code comes through untouched."""

from __future__ import annotations

from collections import Counter

import pytest

from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.repository import open_source
from architect_ai.quality.secrets import Redaction, is_secret_file, path_has_secret, redact
from tests.repo_factory import make_repo
from tests.secret_corpus import (
    MOSTLY_SECRET_FILES,
    ORDINARY,
    PLANTED,
    SECRET_FILES,
    SECRET_NAME_FILES,
    SECRET_VALUES,
)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = make_repo(tmp_path_factory.mktemp("corpus"), {**PLANTED, **ORDINARY})
    skips: Counter = Counter()
    files = {f.path: f for f in iter_source_files(open_source(str(root)), skips=skips)}
    return files, skips


def test_corpus_is_big_enough():
    assert len(SECRET_VALUES) >= 20
    assert len(set(SECRET_VALUES)) == len(SECRET_VALUES)
    assert all(any(value in path + text for path, text in PLANTED.items()) for value in SECRET_VALUES)


def test_no_planted_secret_reaches_a_source_file(ingested):
    files, _ = ingested
    everything = "\n".join(f.text for f in files.values())
    leaked = [value for value in SECRET_VALUES if value in everything]
    assert leaked == []


def test_secret_files_are_never_read(ingested):
    files, skips = ingested
    assert skips["secret_file"] == len(SECRET_FILES)
    assert skips["mostly_secret"] == len(MOSTLY_SECRET_FILES)
    assert skips["secret_in_name"] == len(SECRET_NAME_FILES)
    assert not (SECRET_FILES | MOSTLY_SECRET_FILES | SECRET_NAME_FILES) & set(files)


def test_planted_files_are_kept_with_redactions(ingested):
    files, _ = ingested
    kept = set(PLANTED) - SECRET_FILES - MOSTLY_SECRET_FILES - SECRET_NAME_FILES
    assert kept <= set(files)
    assert all(files[path].redactions > 0 for path in kept)
    # the rest of each line stays: structure and non-secret settings are still there
    settings = files["src/Shop.Api/appsettings.json"].text
    assert '"DatabaseName": "Shop"' in settings
    assert '"Key": "<REDACTED:' in settings
    assert "mongodb://<REDACTED:mongodb_credentials>@mongo.internal:27017/shop?authSource=admin" in settings
    assert "User Id=<REDACTED:connection_string_user>;Password=<REDACTED:connection_string_password>;" in settings
    assert settings.count("\n") == PLANTED["src/Shop.Api/appsettings.json"].count("\n")


def test_placeholders_are_not_secrets(ingested):
    files, _ = ingested
    dev = files["src/Shop.Api/appsettings.Development.json"].text
    assert '"Password": "<your-password>", "Token": "${API_TOKEN}", "Secret": "changeme", "ApiKey": ""' in dev


def test_ordinary_code_is_unchanged(ingested):
    files, _ = ingested
    for path, text in ORDINARY.items():
        assert files[path].text == text, path
        assert files[path].redactions == 0


def test_at_least_twenty_kinds_are_recognised():
    kinds = {r.kind for path, text in PLANTED.items() if not is_secret_file(path) for r in redact(text, path)[1]}
    assert len(kinds) >= 20, sorted(kinds)


@pytest.mark.parametrize(
    ("path", "line", "expected"),
    [
        ("a.json", '  "Db": "mongodb://localhost:27017",', '  "Db": "mongodb://localhost:27017",'),
        ("a.json", '  "Db": "mongodb://user:pw-9x@h:27017",', '  "Db": "mongodb://<REDACTED:mongodb_credentials>@h:27017",'),
        ("a.cs", 'var k = "AKIAABCDEFGHIJKLMNOP"; // prod', 'var k = "<REDACTED:aws_access_key>"; // prod'),
        ("a.ts", "apiKey: 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW',", "apiKey: '<REDACTED:google_api_key>',"),
        (".env.local", "STRIPE_KEY=sk_live_abcdefghijklmnop1234", "STRIPE_KEY=<REDACTED:stripe_key>"),
        ("run.sh", "git clone https://bob:hunter2x@git.acme.io/r.git", "git clone https://<REDACTED:url_credentials>@git.acme.io/r.git"),
        ("a.yml", "password: ${DB_PASSWORD}", "password: ${DB_PASSWORD}"),
        ("a.yml", "password: changeme", "password: changeme"),
        ("a.ts", "private readonly tokenKey = 'auth_token';", "private readonly tokenKey = 'auth_token';"),
        ("a.ts", "const password = this.form.value.password;", "const password = this.form.value.password;"),
        ("a.cs", "public string Password { get; set; }", "public string Password { get; set; }"),
        ("a.html", '<input type="password" formControlName="password">', '<input type="password" formControlName="password">'),
        ("a.ts", "fetch(url, { credentials: 'same-origin' });", "fetch(url, { credentials: 'same-origin' });"),
        # issue 10, point 3: one line per kind that once leaked, and the false positives that once broke code
        ("appsettings.json", '"Password": "blue Sky 42 !Rain",', '"Password": "<REDACTED:password>",'),
        ("appsettings.json", '"Hint": "Forgot your password?",', '"Hint": "Forgot your password?",'),
        ("a.json", '"ApiKeys": ["Zx81kQp0Lm3Nv7Bc2Df5Gh9J", "Qw4Er6Ty8Ui0Op2As4Df6Gh"]', '"ApiKeys": ["<REDACTED:secret_array_value>", "<REDACTED:secret_array_value>"]'),
        ("a.cs", 'h.Add("Authorization", "Basic c3ZjOlBhNTV3MHJk");', 'h.Add("Authorization", "Basic <REDACTED:basic_auth>");'),
        ("a.cs", "// Basic authentication is configured below", "// Basic authentication is configured below"),
        ("a.ts", "const raw = btoa('admin:Pa55-w0rd-X');", "const raw = btoa('admin:<REDACTED:basic_auth_password>');"),
        ("a.ts", "this.auth.get('Authentication:Schemes');", "this.auth.get('Authentication:Schemes');"),
        ("a.sh", "curl -u ci:Ci-Pa55-9x https://h/x", "curl -u ci:<REDACTED:basic_auth_password> https://h/x"),
        ("a.yml", "url: redis://:R3dis-Pw-x9@cache:6379", "url: redis://<REDACTED:url_credentials>@cache:6379"),
        ("a.cs", 'Connect("c:6379,password=R3dis-9x,ssl=True");', 'Connect("c:6379,password=<REDACTED:redis_password>,ssl=True");'),
        ("a.cs", "// the db password is Hunter2-x9", "// the db password is <REDACTED:comment_secret>"),
        ("a.cs", "// password must be at least 8 characters", "// password must be at least 8 characters"),
        ("a.ts", "// whether the email or the password was wrong.", "// whether the email or the password was wrong."),
        ("a.cs", '/// <param name="token">The token to validate</param>', '/// <param name="token">The token to validate</param>'),
        ("a.cs", '// token: <see cref="CancellationToken"/>', '// token: <see cref="CancellationToken"/>'),
        ("a.ts", "// apiKey: environment.mapsKey", "// apiKey: environment.mapsKey"),
        ("a.py", '# token = os.environ["TOKEN"]', '# token = os.environ["TOKEN"]'),
        ("a.sql", "-- password is s3cr3t!", "-- password is <REDACTED:comment_secret>"),
        ("a.py", "return BasicAuth(username=auth[0], password=auth[1])", "return BasicAuth(username=auth[0], password=auth[1])"),
        ("a.py", "@field_serializer('password', 'password_bytes')", "@field_serializer('password', 'password_bytes')"),
        ("a.py", 'pool(image="python:3.12", flavor="cpu-basic")', 'pool(image="python:3.12", flavor="cpu-basic")'),
        ("a.py", 'return f"data:{mime};base64,{data}"', 'return f"data:{mime};base64,{data}"'),
        ("a.toml", 'secrets = ["HF_TOKEN", "API_KEY"]', 'secrets = ["HF_TOKEN", "API_KEY"]'),
        ("a.py", 'client(api_key="hf_...")', 'client(api_key="hf_...")'),
        ("a.py", '    "ValueDefWithConditionMarkPropFieldOrDatumDefTypeForShapestringnull",', '    "ValueDefWithConditionMarkPropFieldOrDatumDefTypeForShapestringnull",'),
        ("a.cs", 'new NetworkCredential("svc", "N3t-w0rk!x", "CORP")', 'new NetworkCredential("svc", "<REDACTED:credential_password>", "CORP")'),
        ("a.cs", 'Environment.SetEnvironmentVariable("API_TOKEN", "tok-8f7e6d5c4b");', 'Environment.SetEnvironmentVariable("API_TOKEN", "<REDACTED:token>");'),
        ("a.cs", 'var seed = "q8Zp3Lr7Tx0Wc5Vb2Nm9Kj4Hg6Fd1Sa8Qe3Ry7Ui0Op2=";', 'var seed = "<REDACTED:base64_high_entropy_string>";'),
        ("a.html", '<script integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>', '<script integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>'),
        ("a.yml", "password: abc#def-9x1", "password: <REDACTED:password>"),
        ("a.yml", "password: ${{ secrets.DB_PASSWORD }}", "password: ${{ secrets.DB_PASSWORD }}"),
        ("a.yml", 'token: "${{ secrets.NPM_TOKEN }}"', 'token: "${{ secrets.NPM_TOKEN }}"'),
        ("a.yml", "cfg: {password: P4ss-x9}", "cfg: {password: <REDACTED:password>}"),
        ("a.cs", 'var key = "sk_live_" + "abcdefghijklmnop1234";', 'var key = "<REDACTED:stripe_key>" + "<REDACTED:stripe_key>";'),
        ("a.cs", 'var apiKey = "Zx81-kQp0" + "Lm3N-v7Bc";', 'var apiKey = "<REDACTED:api_key>" + "<REDACTED:api_key>";'),
        ("a.xml", "<secretkey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYZZ</secretkey>", "<secretkey><REDACTED:secret_key></secretkey>"),
        ("a.cs", '/// <summary>The <monkey>banana</monkey> tag</summary>', '/// <summary>The <monkey>banana</monkey> tag</summary>'),
    ],
)  # fmt: skip
def test_redact_lines(path, line, expected):
    assert redact(line, path)[0] == expected


def test_private_key_block_keeps_line_numbers():
    text = "before\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nAbCd==\n-----END PRIVATE KEY-----\nafter\n"
    redacted, found = redact(text, "notes.md")
    assert redacted == "before\n<REDACTED:private_key>\n\n\n\nafter\n"
    assert found == [Redaction("private_key", 2)]


def test_private_key_in_a_json_string():
    text = '{"key": "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\\n"}\n'
    redacted, _ = redact(text, "service-account.json")
    assert "MIIEowIBAAKCAQEA" not in redacted


def test_redaction_lines_and_idempotence():
    text = "a = 1\nDB_PASSWORD=Hunter2Hunter2\nb = 2\nAPI_TOKEN=ghp_" + "a" * 36 + "\n"
    once, found = redact(text, ".env.example")
    assert [r.line for r in found] == [2, 4]
    assert redact(once, ".env.example") == (once, [])


@pytest.mark.parametrize(
    ("path", "secret"),
    [(".env", True), ("config/.env.production", True), ("certs/site.PEM", True), ("a.pfx", True), ("b.p12", True),
     ("tls.key", True), ("home/id_rsa", True), ("id_rsa.pub", True), ("id_ed25519", True), ("app.keystore", True),
     ("release.jks", True), ("App/secrets.json", True), ("environment.ts", False), ("keys.ts", False),
     ("appsettings.json", False), ("monkey.cs", False)],
)  # fmt: skip
def test_is_secret_file(path, secret):
    assert is_secret_file(path) is secret


@pytest.mark.parametrize(
    ("path", "holds"),
    [("exports/ghp_" + "a1B2" * 9 + "/x.txt", True), ("keys/AKIAABCDEFGHIJKLMNOP.csv", True),
     ("src/app/user-registration/user-registration.component.ts", False), ("src/Shop.Api/Controllers/OrdersController.cs", False),
     ("client/src/assets/main.3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c.js", False), ("src/Api/V2/Controllers/OrdersV2Controller.cs", False),
     ("tests/UserRegistrationControllerTests2024.cs", False), ("Migrations/20240101120000_InitialCreate2Tables.cs", False),
     ("exports/OZtzU2TjM06mu4CaIHb1upFI7NEVgQlz.json", True)],
)  # fmt: skip
def test_path_has_secret(path, holds):
    assert path_has_secret(path) is holds
