"""A planted corpus of secrets in realistic .NET + Angular + MongoDB files, for any test to reuse.

`PLANTED` (repo-relative path → content) is a mother project full of leaks; `SECRET_VALUES` lists every planted
secret value: none may appear in any `SourceFile` text, nor in any output file of a full dataset run.
`SECRET_FILES` are never read at all (`secret_file`); `ORDINARY` are files that must come through unchanged.
Values are fake but have the real formats (lengths, prefixes), generated deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import json

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BASE64 = ALNUM + "+/"


def fake(label: str, length: int, alphabet: str = ALNUM) -> str:
    """A deterministic pseudo-random string (same label → same value)."""
    out, counter = "", 0
    while len(out) < length:
        digest = hashlib.sha256(f"{label}:{counter}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return out[:length]


def _b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


MONGO_PASSWORD = "Mongo-Pa55word!"
ATLAS_PASSWORD = "AtlasPass9876"
SQL_PASSWORD = "Sql#Secret2024"
JWT_SIGNING_KEY = "ThisIsTheJwtSigningKey-4f8a9c2e7b1d"
STRIPE_SECRET = "sk_live_" + fake("stripe", 32)
STRIPE_WEBHOOK = "whsec_" + fake("webhook", 32)
STRIPE_RESTRICTED = "rk_live_" + fake("restricted", 32)
SENDGRID_KEY = "SG." + fake("sg1", 22) + "." + fake("sg2", 43)
AZURE_ACCOUNT_KEY = fake("azure", 86, BASE64) + "=="
CLIENT_SECRET = "dev-client-secret-7Hq2Lp"
DEV_PASSWORD = "DevOnly!234"
AWS_ACCESS_KEY = "AKIA" + fake("aws-id", 16, UPPER_DIGITS)
AWS_SECRET_KEY = fake("aws-secret", 40, BASE64)
GITHUB_TOKEN = "ghp_" + fake("ghp", 36)
GITHUB_PAT = "github_pat_" + fake("pat", 82)
JWT_TOKEN = (
    _b64url({"alg": "HS256", "typ": "JWT"})
    + "."
    + _b64url({"sub": "1234567890", "name": "Jane Admin", "role": "admin"})
    + "."
    + fake("jwt-sig", 43)
)
SLACK_TOKEN = "xoxb-2048" + fake("slack-a", 8, "0123456789") + "-" + fake("slack-b", 24)
SLACK_WEBHOOK_PATH = (
    "T0" + fake("hook-t", 8, UPPER_DIGITS) + "/B0" + fake("hook-b", 8, UPPER_DIGITS) + "/" + fake("hook-c", 24)
)
GOOGLE_API_KEY = "AIza" + fake("google", 35)
NG_CLIENT_SECRET = "ng-Cl13nt-S3cr3t-xyz"
COMPOSE_ROOT_PASSWORD = "Compose-R00t-Pw"
COMPOSE_JWT_SECRET = "compose-jwt-s3cret-value-123"
TWILIO_AUTH_TOKEN = fake("twilio", 32, "0123456789abcdef")
DJANGO_SECRET = "django-insecure-" + fake("django", 40, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")
POSTGRES_PASSWORD = "Pg-Passw0rd-42"
GITLAB_TOKEN = "glpat-" + fake("gitlab", 20)
NPM_TOKEN = "npm_" + fake("npm", 36)
OPENAI_KEY = "sk-proj-" + fake("openai", 48)
ENV_DB_PASSWORD = "EnvFilePassw0rd"
WEBCONFIG_SECRET = "WebConfigSecretValue99"
WEBCONFIG_PASSWORD = "WebCfgPwd!7"
K8S_PASSWORD = "K8sStringDataPw1"
PRIVATE_KEY_BODY = "\n".join(fake(f"pem-{i}", 64, BASE64) for i in range(6))
EMBEDDED_KEY_BODY = "\n".join(fake(f"emb-{i}", 64, BASE64) for i in range(4))
BEARER_TOKEN = fake("bearer", 40)
PAYMENT_API_PASSWORD = "Pay-Api-Pw-55x"

# Issue 10, point 3: kinds that once leaked verbatim.
SPACED_PASSWORD = "blue Sky 42 !Rain"
ARRAY_KEY_1 = fake("array-1", 32)
ARRAY_KEY_2 = fake("array-2", 32)
MULTILINE_ARRAY_KEY = fake("array-3", 40)
BASIC_HEADER = base64.b64encode(b"svc-shop:Basic-Pa55-" + fake("basic", 12).encode()).decode()
GIT_EXTRAHEADER = base64.b64encode(("x-access-token:ghs_" + fake("ghs", 36)).encode()).decode()
USER_PASS_PASSWORD = "Sup3rS3cret!" + fake("userpass", 6)
CURL_PASSWORD = "Deploy-Pa55-" + fake("curl", 6)
REDIS_URL_PASSWORD = "Redis-" + fake("redis-url", 14)
REDIS_CONN_PASSWORD = "RedisConn-" + fake("redis-conn", 12)
COMMENT_PASSWORD = "Hunter2-" + fake("comment", 8)
COMMENT_TOKEN = fake("comment-token", 28)
FILENAME_TOKEN = "ghp_" + fake("filename", 36)
NETWORK_CREDENTIAL_PASSWORD = "N3tw0rk!" + fake("netcred", 8)
ENV_VAR_PASSWORD = "EnvVarPa55!" + fake("envvar", 6)
UNNAMED_BASE64 = fake("unnamed", 44, BASE64) + "=="
YAML_HASH_PASSWORD = "abc#def" + fake("yamlhash", 10)
SPLIT_SECRET_HEAD = "sk_live_" + fake("split-a", 10)
SPLIT_SECRET_TAIL = fake("split-b", 22)
XML_AWS_SECRET = fake("xml-aws", 40, BASE64)
XML_AWS_ACCESS = "AKIA" + fake("xml-aws-id", 16, UPPER_DIGITS)
# Issue 20, point 2: URL query credentials, Azure SAS signatures, passwords in prose comments.
QUERY_APPID = fake("appid", 32, "0123456789abcdef")
QUERY_ACCESS_TOKEN = "ya29." + fake("access-token", 40)
QUERY_API_KEY = fake("api-key-query", 28)
SAS_SIGNATURE = fake("sas-sig", 32, BASE64).replace("+", "%2B").replace("/", "%2F") + "%3D"
PROSE_PASSWORD = "Pr0d-Db!" + fake("prose", 8)
PROSE_FOR_PASSWORD = "St4ging#" + fake("prose-for", 8)

_PEM = f"-----BEGIN RSA PRIVATE KEY-----\n{PRIVATE_KEY_BODY}\n-----END RSA PRIVATE KEY-----\n"

PLANTED: dict[str, str] = {
    "src/Shop.Api/appsettings.json": f"""{{
  "ConnectionStrings": {{
    "MongoDb": "mongodb://shopAdmin:{MONGO_PASSWORD}@mongo.internal:27017/shop?authSource=admin",
    "Sql": "Server=sql.internal;Database=Shop;User Id=shop_app;Password={SQL_PASSWORD};TrustServerCertificate=true",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=shopstore;AccountKey={AZURE_ACCOUNT_KEY};EndpointSuffix=core.windows.net"
  }},
  "MongoDBSettings": {{
    "ConnectionString": "mongodb+srv://atlasUser:{ATLAS_PASSWORD}@cluster0.abcde.mongodb.net/shop",
    "DatabaseName": "Shop",
    "ProductsCollectionName": "Products"
  }},
  "Jwt": {{
    "Key": "{JWT_SIGNING_KEY}",
    "Issuer": "https://shop.example.com",
    "Audience": "shop-clients",
    "ExpiryMinutes": 60
  }},
  "Stripe": {{
    "SecretKey": "{STRIPE_SECRET}",
    "WebhookSecret": "{STRIPE_WEBHOOK}"
  }},
  "SendGrid": {{ "ApiKey": "{SENDGRID_KEY}", "FromAddress": "shop@example.com" }},
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},
  "AllowedHosts": "*"
}}
""",
    "src/Shop.Api/appsettings.Development.json": f"""{{
  "Authentication": {{
    "ClientId": "shop-api-dev",
    "ClientSecret": "{CLIENT_SECRET}"
  }},
  "Admin": {{ "UserName": "admin", "Password": "{DEV_PASSWORD}" }},
  "Placeholders": {{ "Password": "<your-password>", "Token": "${{API_TOKEN}}", "Secret": "changeme", "ApiKey": "" }}
}}
""",
    "src/Shop.Api/Program.cs": f"""using Amazon.S3;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Octokit;

var builder = WebApplication.CreateBuilder(args);

// TODO move to key vault
const string AwsAccessKeyId = "{AWS_ACCESS_KEY}";
var awsSecretAccessKey = "{AWS_SECRET_KEY}";
builder.Services.AddSingleton(new AmazonS3Client(AwsAccessKeyId, awsSecretAccessKey));

var github = new GitHubClient(new ProductHeaderValue("shop")) {{ Credentials = new Credentials("{GITHUB_TOKEN}") }};
builder.Services.AddSingleton(github);

var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{JWT_TOKEN}");
http.DefaultRequestHeaders.Add("X-Slack-Token", "{SLACK_TOKEN}");

builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""",
    "src/Shop.Api/Services/PaymentService.cs": f"""namespace Shop.Api.Services;

public class PaymentService : IPaymentService
{{
    private const string StripeRestrictedKey = "{STRIPE_RESTRICTED}";
    private readonly string _apiPassword = "{PAYMENT_API_PASSWORD}";
    private readonly HttpClient _http;

    public PaymentService(HttpClient http)
    {{
        _http = http;
        _http.DefaultRequestHeaders.Add("Authorization", "Bearer {BEARER_TOKEN}");
    }}
}}
""",
    "src/Shop.Api/Web.config": f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ApiSecret" value="{WEBCONFIG_SECRET}" />
    <add key="PageSize" value="20" />
  </appSettings>
  <connectionStrings>
    <add name="Default" connectionString="Data Source=.;Initial Catalog=Shop;User ID=sa;Password={WEBCONFIG_PASSWORD}" />
  </connectionStrings>
</configuration>
""",
    "client/src/environments/environment.prod.ts": f"""export const environment = {{
  production: true,
  apiUrl: 'https://api.shop.example.com',
  mapsApiKey: '{GOOGLE_API_KEY}',
  auth: {{
    clientId: 'shop-spa',
    clientSecret: '{NG_CLIENT_SECRET}',
  }},
  slackWebhook: 'https://hooks.slack.com/services/{SLACK_WEBHOOK_PATH}',
}};
""",
    "docker-compose.yml": f"""services:
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: {COMPOSE_ROOT_PASSWORD}
    ports:
      - "27017:27017"
  api:
    build: ./src/Shop.Api
    environment:
      - ASPNETCORE_ENVIRONMENT=Production
      - JWT_SECRET={COMPOSE_JWT_SECRET}
      - TWILIO_AUTH_TOKEN={TWILIO_AUTH_TOKEN}
      - MongoDBSettings__ConnectionString=mongodb://root:{COMPOSE_ROOT_PASSWORD}@mongo:27017
    depends_on:
      - mongo
""",
    "tools/config.py": f"""import os

DEBUG = False
SECRET_KEY = "{DJANGO_SECRET}"
DATABASE_URL = "postgres://app:{POSTGRES_PASSWORD}@db:5432/app"
GITLAB_TOKEN = "{GITLAB_TOKEN}"
ALLOWED_HOSTS = ["shop.example.com"]
TIMEOUT = int(os.environ.get("TIMEOUT", "30"))
""",
    "scripts/publish.sh": f"""#!/usr/bin/env bash
set -euo pipefail
export NPM_TOKEN={NPM_TOKEN}
curl -H "Authorization: token {GITHUB_PAT}" https://api.github.com/repos/acme/shop/releases
npm publish
""",
    "deploy/k8s/secret.yaml": f"""apiVersion: v1
kind: Secret
metadata:
  name: shop-db
type: Opaque
stringData:
  username: shop
  password: {K8S_PASSWORD}
""",
    "docs/ops-notes.md": f"""# Operations notes

The staging deploy key (rotate me):

-----BEGIN OPENSSH PRIVATE KEY-----
{EMBEDDED_KEY_BODY}
-----END OPENSSH PRIVATE KEY-----

Deploys run from the `main` branch through the pipeline described in `docs/pipeline.md`.
Ask the platform team for access to the staging cluster and the shared dashboards.
Logs are kept for thirty days; metrics for a year.
""",
    "src/Shop.Api/appsettings.Staging.json": f"""{{
  "Smtp": {{ "Host": "smtp.example.com", "Password": "{SPACED_PASSWORD}" }},
  "Partners": {{ "ApiKeys": ["{ARRAY_KEY_1}", "{ARRAY_KEY_2}"] }},
  "Webhooks": {{
    "SigningSecrets": [
      "{MULTILINE_ARRAY_KEY}"
    ]
  }},
  "Labels": {{ "ForgotPassword": "Forgot your password?" }}
}}
""",
    "src/Shop.Api/Services/PartnerClient.cs": f"""using System.Net;
using System.Text;

namespace Shop.Api.Services;

public class PartnerClient
{{
    // admin password is {COMMENT_PASSWORD} (ask ops before rotating)
    // token: {COMMENT_TOKEN}
    private static readonly byte[] Seed = Convert.FromBase64String("{UNNAMED_BASE64}");
    private const string Stripe = "{SPLIT_SECRET_HEAD}" + "{SPLIT_SECRET_TAIL}";

    public void Configure(HttpClient http)
    {{
        http.DefaultRequestHeaders.Add("Authorization", "Basic {BASIC_HEADER}");
        var raw = Convert.ToBase64String(Encoding.ASCII.GetBytes("apiuser:{USER_PASS_PASSWORD}"));
        var credentials = new NetworkCredential("svc_shop", "{NETWORK_CREDENTIAL_PASSWORD}", "CORP");
        Environment.SetEnvironmentVariable("DB_PASSWORD", "{ENV_VAR_PASSWORD}");
        var cache = ConnectionMultiplexer.Connect("cache.internal:6379,password={REDIS_CONN_PASSWORD},ssl=True");
    }}
}}
""",
    "deploy/cache.yml": f"""cache:
  url: redis://:{REDIS_URL_PASSWORD}@cache.internal:6379/0
  password: {YAML_HASH_PASSWORD}
  timeout: 5
""",
    "scripts/backup.sh": f"""#!/usr/bin/env bash
curl -u deploy:{CURL_PASSWORD} https://backup.example.com/upload -F file=@dump.gz
""",
    "deploy/s3.xml": f"""<?xml version="1.0"?>
<s3>
  <bucket>shop-backups</bucket>
  <accesskey>{XML_AWS_ACCESS}</accesskey>
  <secretkey>{XML_AWS_SECRET}</secretkey>
</s3>
""",
    ".gitconfig.sample": f"""[http "https://github.com/"]
\textraheader = AUTHORIZATION: basic {GIT_EXTRAHEADER}
[user]
\tname = Shop CI
[core]
\tautocrlf = input
""",
    "src/Shop.Api/Services/WeatherClient.cs": f"""namespace Shop.Api.Services;

public class WeatherClient
{{
    // prod db login is sa / {PROSE_PASSWORD}
    // the password for staging is {PROSE_FOR_PASSWORD}
    private const string Forecast = "https://api.openweathermap.org/data/2.5/weather?q=Paris&appid={QUERY_APPID}";
    private const string Graph = "https://graph.example.com/v1/me?fields=id&access_token={QUERY_ACCESS_TOKEN}";
    private const string Blob =
        "https://shopstore.blob.core.windows.net/img?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig={SAS_SIGNATURE}";
}}
""",
    "client/src/app/services/maps.service.ts": f"""export const MAPS_URL = 'https://maps.example.com/api/js?api_key={QUERY_API_KEY}&v=3';
export const TILES = `https://tiles.example.com/{{z}}/{{x}}/{{y}}.png?api_key=${{environment.tilesKey}}`;
""",
    f"exports/{FILENAME_TOKEN}/readme.txt": "Exported release notes for the shop.\nNothing secret in here.\n",
    # Never read: secret files.
    ".env": f"OPENAI_API_KEY={OPENAI_KEY}\nDB_PASSWORD={ENV_DB_PASSWORD}\n",
    "deploy/server.pem": _PEM,
    "src/Shop.Api/secrets.json": f'{{ "Jwt:Key": "{JWT_SIGNING_KEY}" }}\n',
    "deploy/id_rsa": _PEM,
    # Mostly secret: one line, one token.
    ".npmrc": f"//registry.npmjs.org/:_authToken={NPM_TOKEN}\n",
}

#: Skipped because their path holds a token (paths are shown in the examples).
SECRET_NAME_FILES = frozenset({f"exports/{FILENAME_TOKEN}/readme.txt"})
SECRET_FILES = frozenset({".env", "deploy/server.pem", "src/Shop.Api/secrets.json", "deploy/id_rsa"})
MOSTLY_SECRET_FILES = frozenset({".npmrc"})

#: Ordinary code that mentions passwords, tokens and keys without holding any: must come through byte-identical.
ORDINARY: dict[str, str] = {
    ".github/workflows/deploy.yml": """name: deploy
on: [push]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          username: ${{ secrets.DOCKER_USER }}
          password: ${{ secrets.DOCKER_PASSWORD }}
      - run: ./publish.sh
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
          API_KEY: "${{ secrets.API_KEY }}"
""",
    "client/src/assets/i18n/en.json": """{
  "login": { "password": "Password", "forgotPassword": "Forgot your password?", "token": "Token expired" }
}
""",
    "src/Shop.Api/Controllers/AuthController.cs": """using Microsoft.AspNetCore.Mvc;
using Shop.Api.Dtos;

namespace Shop.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public class AuthController : ControllerBase
{
    private readonly IAuthService _authService;
    private readonly IJwtSettings _jwtSettings;

    public AuthController(IAuthService authService, IJwtSettings jwtSettings)
    {
        _authService = authService;
        _jwtSettings = jwtSettings;
    }

    [HttpPost("login")]
    public async Task<ActionResult<TokenDto>> Login(LoginDto login)
    {
        var password = login.Password;
        if (string.IsNullOrEmpty(password)) return BadRequest("Password is required");
        var token = await _authService.CreateTokenAsync(login.UserName, password, _jwtSettings.Key);
        return Ok(new TokenDto { AccessToken = token, TokenType = "Bearer" });
    }
}
""",
    "src/Shop.Api/Dtos/LoginDto.cs": """namespace Shop.Api.Dtos;

public class LoginDto
{
    [Required]
    public string UserName { get; set; } = string.Empty;

    [Required, DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [JsonPropertyName("access_token")]
    public string AccessToken { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;
}
""",
    "src/Shop.Api/Settings/MongoDBSettings.cs": """namespace Shop.Api.Settings;

public interface IMongoDBSettings
{
    string ConnectionString { get; set; }
    string DatabaseName { get; set; }
}

public class MongoDBSettings : IMongoDBSettings
{
    public string ConnectionString { get; set; } = "mongodb://localhost:27017";
    public string DatabaseName { get; set; } = "Shop";
}
""",
    "src/Shop.Api/appsettings.Local.json": """{
  "MongoDBSettings": {
    "ConnectionString": "mongodb://localhost:27017",
    "DatabaseName": "ShopLocal"
  },
  "Jwt": { "Key": "", "Issuer": "https://localhost:5001", "ExpiryMinutes": 60 }
}
""",
    "client/src/app/services/auth.service.ts": """import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, tap } from 'rxjs';
import { environment } from '../../environments/environment';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly tokenKey = 'auth_token';

  constructor(private http: HttpClient) {}

  login(userName: string, password: string): Observable<TokenDto> {
    return this.http
      .post<TokenDto>(`${environment.apiUrl}/auth/login`, { userName, password })
      .pipe(tap((res) => localStorage.setItem(this.tokenKey, res.accessToken)));
  }

  get token(): string | null {
    return localStorage.getItem(this.tokenKey);
  }

  onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      this.submit();
    }
  }
}
""",
    "client/src/app/login/login.component.html": """<form [formGroup]="form" (ngSubmit)="submit()">
  <input type="text" formControlName="userName" placeholder="User name" />
  <input type="password" formControlName="password" placeholder="Password" />
  <span *ngIf="passwordError">{{ passwordError }}</span>
  <button type="submit">Sign in</button>
</form>
""",
    "client/src/app/login/login.component.ts": """import { Component } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {
  passwordError = '';
  form = this.fb.group({ userName: ['', Validators.required], password: ['', Validators.required] });

  constructor(private fb: FormBuilder) {}

  submit(): void {
    this.passwordError = this.form.value.password ? '' : 'Password is required';
  }
}
""",
}

SECRET_VALUES: list[str] = [
    MONGO_PASSWORD,
    ATLAS_PASSWORD,
    SQL_PASSWORD,
    JWT_SIGNING_KEY,
    STRIPE_SECRET,
    STRIPE_WEBHOOK,
    STRIPE_RESTRICTED,
    SENDGRID_KEY,
    AZURE_ACCOUNT_KEY,
    CLIENT_SECRET,
    DEV_PASSWORD,
    AWS_ACCESS_KEY,
    AWS_SECRET_KEY,
    GITHUB_TOKEN,
    GITHUB_PAT,
    JWT_TOKEN,
    SLACK_TOKEN,
    SLACK_WEBHOOK_PATH,
    GOOGLE_API_KEY,
    NG_CLIENT_SECRET,
    COMPOSE_ROOT_PASSWORD,
    COMPOSE_JWT_SECRET,
    TWILIO_AUTH_TOKEN,
    DJANGO_SECRET,
    POSTGRES_PASSWORD,
    GITLAB_TOKEN,
    NPM_TOKEN,
    OPENAI_KEY,
    ENV_DB_PASSWORD,
    WEBCONFIG_SECRET,
    WEBCONFIG_PASSWORD,
    K8S_PASSWORD,
    BEARER_TOKEN,
    PAYMENT_API_PASSWORD,
    SPACED_PASSWORD,
    ARRAY_KEY_1,
    ARRAY_KEY_2,
    MULTILINE_ARRAY_KEY,
    BASIC_HEADER,
    GIT_EXTRAHEADER,
    USER_PASS_PASSWORD,
    CURL_PASSWORD,
    REDIS_URL_PASSWORD,
    REDIS_CONN_PASSWORD,
    COMMENT_PASSWORD,
    COMMENT_TOKEN,
    FILENAME_TOKEN,
    NETWORK_CREDENTIAL_PASSWORD,
    ENV_VAR_PASSWORD,
    UNNAMED_BASE64,
    YAML_HASH_PASSWORD,
    YAML_HASH_PASSWORD.split("#")[1],
    SPLIT_SECRET_HEAD,
    SPLIT_SECRET_TAIL,
    XML_AWS_SECRET,
    XML_AWS_ACCESS,
    QUERY_APPID,
    QUERY_ACCESS_TOKEN,
    QUERY_API_KEY,
    SAS_SIGNATURE,
    PROSE_PASSWORD,
    PROSE_FOR_PASSWORD,
    *PRIVATE_KEY_BODY.splitlines(),
    *EMBEDDED_KEY_BODY.splitlines(),
]
