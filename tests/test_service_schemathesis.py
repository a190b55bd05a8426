"""Property-based API tests: schemathesis generates requests from the app's own OpenAPI document
(a few examples per operation, so the run stays short) and checks that no response is a 5xx and
that responses conform to the document (status codes, content types, bodies)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")
from hypothesis import HealthCheck, settings  # noqa: E402

from ghotona.service import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_TMP = tempfile.mkdtemp(prefix="ghotona-st.")


def _app():
    from ghotona.store import Ingester

    app = create_app(f"sqlite:///{_TMP}/store.db", token="")
    text = (ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    from ghotona.doc import Document
    import datetime as dt

    Ingester(app.state.engine, upgrade=False).ingest_documents(
        [Document(text=text, id="sample", published=dt.date(2024, 3, 1))])
    return app


APP = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    APP.state.engine.dispose()
    shutil.rmtree(_TMP, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_api_conforms_to_its_openapi_document(case):
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance, response_schema_conformance, status_code_conformance,
    )

    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance])
