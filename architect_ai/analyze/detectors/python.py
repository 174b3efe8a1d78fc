"""Python web stacks: FastAPI routers and `Depends`, SQLModel/SQLAlchemy tables, pydantic schema families,
Django models (and their abstract bases), services/selectors modules, views, DRF `APIView`s with nested serializers
and URL confs, Flask blueprints."""

from architect_ai.analyze.detectors import PYTHON, Detector

_DJANGO = r"^\s*(?:from|import)\s+(?:django|rest_framework)\b"
#: A file importing Django's `models` (`from django.db import models`): where Django models are declared.
DJANGO_MODELS_IMPORT = r"^\s*from\s+django\.db\s+import\s+[\w\s,(]*\bmodels\b"
_DRF = r"^\s*(?:from|import)\s+rest_framework\b"
#: A module-level function (HackSoft style: keyword-only arguments, `def order_create(*, …)`).
_MODULE_FUNCTION = r"^(?:async\s+)?def\s+([a-z]\w*)\s*\("
#: A services/selectors module imports Django or the app's models.
_DJANGO_APP = _DJANGO + r"|^\s*from\s+[\w.]*\bmodels\s+import\b"
#: What a service does and a selector never does: write (an answer, which has no path, shows one by this).
_WRITES = (
    r"\.(?:save|delete|full_clean|update|bulk_create|bulk_update)\s*\(|\.objects\.(?:create|get_or_create|"
    r"update_or_create)\s*\(|@transaction\.atomic\b|\btransaction\.atomic\s*\("
)
_READS = r"\.objects\b|\bQuerySet\b|\.(?:filter|exclude|get|select_related|prefetch_related|annotate)\s*\("

DETECTORS = (
    Detector(
        "fastapi_routers",
        "FastAPI routes are grouped in `APIRouter`s",
        PYTHON,
        (r"^\s*(\w+)\s*=\s*APIRouter\s*\(", r"^\s*@(\w+)\.(?:get|post|put|patch|delete)\s*\("),
        requires=r"^\s*(?:from|import)\s+fastapi\b",
        role="python_router",
        hint=" Expose it on an `APIRouter`.",
    ),
    Detector(
        "fastapi_depends",
        "FastAPI dependencies are injected with `Depends`",
        PYTHON,
        (r"\bDepends\s*\(\s*([\w.]+)", r"^\s*(\w+)\s*=\s*Annotated\s*\[[^\]]*\bDepends\s*\("),
        requires=r"^\s*(?:from|import)\s+fastapi\b",
        hint=" Inject its dependencies with `Depends`.",
    ),
    Detector(
        "sqlmodel_tables",
        "Tables are SQLModel classes declared with `table=True`",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\([^)]*\btable\s*=\s*True",),
        requires=r"^\s*(?:from|import)\s+sqlmodel\b",
        role="python_table_model",
        hint=" Declare the table as a SQLModel class with `table=True`.",
    ),
    Detector(
        "sqlmodel_schema_families",
        "Schemas come in families deriving from a shared SQLModel base (`XBase` → `XCreate`, `XUpdate`, `XPublic`)",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\(\s*(?:\w+Base|SQLModel)\s*\)\s*:",),
        requires=r"^\s*(?:from|import)\s+sqlmodel\b",
        role="python_schema",
        hint=" Derive the schema from its shared base.",
    ),
    Detector(
        "sqlalchemy_models",
        "Tables are SQLAlchemy declarative models",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\(\s*(?:Base|DeclarativeBase|db\.Model)\s*\)\s*:", r"\b(Mapped)\["),
        requires=r"^\s*(?:from|import)\s+(?:sqlalchemy|flask_sqlalchemy)\b",
        role="python_table_model",
        hint=" Declare the table as a SQLAlchemy model.",
    ),
    Detector(
        "pydantic_schemas",
        "Request and response schemas are pydantic models (`BaseModel`)",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\(\s*(?:pydantic\.)?BaseModel\s*\)\s*:",),
        requires=r"^\s*(?:from|import)\s+pydantic\b",
        role="python_schema",
        hint=" Describe it as a pydantic model.",
    ),
    Detector(
        "django_models",
        "Data is modelled as Django models (`models.Model`)",
        PYTHON,
        (
            r"^\s*class\s+(\w+)\s*\(\s*models\.Model\s*\)\s*:",
            r"^class\s+(\w+)\s*\(\s*\w*(?:Model|Base)\s*\)\s*:",  # deriving from an abstract base model
        ),
        requires=DJANGO_MODELS_IMPORT,
        role="python_django_model",
        hint=" Model it as a Django model.",
    ),
    Detector(
        "django_abstract_models",
        "Django models share fields through abstract base models (`class Meta: abstract = True`)",
        PYTHON,
        (r"^\s+(abstract)\s*=\s*True\b",),
        requires=r"^\s*from\s+django\b",
        role="python_django_model",
        hint=" Derive the model from the shared abstract base model.",
    ),
    Detector(
        "django_services",
        "Writes go through service functions in `services.py` modules",
        PYTHON,
        (_MODULE_FUNCTION,),
        requires=_DJANGO_APP,
        role="python_service",
        hint=" Put the write in a service function in the app's `services.py`.",
        path=r"(?:^|/)services(?:\.py$|/)",
        shown_by=rf"\A(?=[\s\S]*(?:{_WRITES}))",
    ),
    Detector(
        "django_selectors",
        "Reads go through selector functions in `selectors.py` modules",
        PYTHON,
        (_MODULE_FUNCTION,),
        requires=_DJANGO_APP,
        role="python_selector",
        hint=" Read the data through a selector function in the app's `selectors.py`.",
        path=r"(?:^|/)selectors(?:\.py$|/)",
        shown_by=rf"\A(?![\s\S]*(?:{_WRITES}))(?=[\s\S]*(?:{_READS}))",
    ),
    Detector(
        "drf_api_views",
        "API endpoints are Django REST framework `APIView` subclasses",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\([^)]*\b(?:APIView|GenericAPIView)\s*\)\s*:",),
        requires=_DRF,
        role="python_view",
        hint=" Write the endpoint as a DRF `APIView`.",
    ),
    Detector(
        "drf_nested_serializers",
        "DRF serializers nest other serializers (`many=True`) and live inside the view that uses them",
        PYTHON,
        (
            r"^\s+(\w+)\s*=\s*(?:\w+\.)*\w*Serializer\s*\([^)]*\bmany\s*=\s*True",
            r"^\s+class\s+(\w+)\s*\(\s*serializers\.\w*Serializer\s*\)\s*:",
            r"^\s+(\w+)\s*=\s*inline_serializer\s*\(",
        ),
        requires=_DRF,
        hint=" Nest the related serializers (`many=True`) in the view's serializer.",
    ),
    Detector(
        "django_url_confs",
        "Routes are declared in URL confs (`urlpatterns = [path(…)]`, DRF routers' `register`)",
        PYTHON,
        (
            r"^\s*(urlpatterns)\s*\+?=\s*\[",
            r"^\s*(?:re_path|path|url)\s*\(\s*r?[\"']([^\"']+)[\"']",
            r"^\s*\w+\.register\s*\(\s*r?[\"']([^\"']+)[\"']",  # a DRF router's viewset
        ),
        requires=r"^\s*from\s+(?:django\.(?:urls|conf\.urls)|rest_framework\.routers)\b",
        role="python_urls",
        hint=" Route it in the app's URL conf (`urlpatterns`).",
    ),
    Detector(
        "django_views",
        "Requests are handled by Django class-based views or viewsets",
        PYTHON,
        (r"^\s*class\s+(\w+)\s*\([^)]*\b(?:\w*View|\w*ViewSet|APIView)\s*\)\s*:",),
        requires=r"^\s*from\s+(?:django|rest_framework)\b",
        role="python_view",
        hint=" Write it as a class-based view.",
    ),
    Detector(
        "flask_blueprints",
        "Flask routes are grouped in blueprints",
        PYTHON,
        (r"^\s*(\w+)\s*=\s*Blueprint\s*\(", r"^\s*@(\w+)\.route\s*\("),
        requires=r"^\s*(?:from|import)\s+flask\b",
        role="python_router",
        hint=" Register it on a blueprint.",
    ),
)
