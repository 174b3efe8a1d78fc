"""Validation and error-handling templates, .NET and Angular."""

from architect_ai.library.code.validation_angular import ANGULAR_VALIDATION
from architect_ai.library.code.validation_dotnet import DOTNET_VALIDATION

VALIDATION = (*DOTNET_VALIDATION, *ANGULAR_VALIDATION)
