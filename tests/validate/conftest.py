"""Fixtures for the validation tests: a fake Ollama server per test, and the sample's conventions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from architect_ai.data import Convention, Evidence
from tests.validate.fake_ollama import FakeOllama, demo_script, serve


@pytest.fixture
def fake_ollama() -> Iterator[FakeOllama]:
    """A fake Ollama on 127.0.0.1 with `demo_script()`: good tuned answers, poor base answers."""
    fake = serve(demo_script())
    yield fake
    fake.stop()


@pytest.fixture
def sample_conventions() -> list[Convention]:
    """Conventions shaped as the analyzer mines them from the sample mother project (`architect-ai inspect`)."""
    where = (Evidence("Api/Services/UserService.cs", 12, "public UserService(IMongoDBSettings settings)"),)
    return [
        Convention("settings_interface_injection", "Settings interface injected", 9, ("IMongoDBSettings",), where),
        Convention("dto_suffix", "DTO classes end in Dto", 8, ("Dto",)),
        Convention("controller_base_class", "Controllers derive from BaseApiController", 6, ("BaseApiController",)),
        Convention("bson_attributes", "BSON attributes", 20, ("BsonId", "BsonRepresentation", "BsonElement")),
        Convention("angular_httpclient_observable", "HttpClient + Observable", 6, ("HttpClient", "Observable")),
        Convention("angular_provided_in_root", "providedIn root", 6, ("root",)),
        Convention("mongo_collection_access", "Collections", 7, ("GetCollection<Book>", "IMongoCollection<Book>")),
        Convention("di_registration", "DI registrations", 10, ("AddScoped", "AddSingleton")),
        Convention("aspnet_attributes", "ASP.NET attributes", 30, ("Authorize", "HttpGet", "FromBody")),
        Convention("async_await", "async all the way", 40, ("csharp",)),
        Convention("controller_suffix", "Controllers end in Controller", 6, ("Controller",)),
    ]
