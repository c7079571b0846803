"""A moto server on 127.0.0.1 that `chalice deploy` can deploy to, and the one shim it needs.

API Gateway imports Swagger 2.0 documents, and `chalice deploy` sends one (ImportRestApi on
the first deploy, PutRestApi with mode=overwrite on each later one). moto 5.2 reads only
OpenAPI 3: it fails on Swagger 2.0 with `KeyError: 'description'` (it expects `info.description`)
and then "Only OpenAPI 3.x.x are currently supported".

The shim rewrites the document moto is given, on moto's side, to the OpenAPI 3 that moto reads:
`"openapi": "3.0.1"` instead of `"swagger": "2.0"`, and an empty `info.description` if there is
none. Everything moto reads is left as Chalice wrote it: the paths, their methods, responses and
`x-amazon-apigateway-integration`s. It patches moto (the stand-in for AWS), never Chalice (the
code under test), so Chalice sends exactly the request it sends to AWS. It is on only inside
`accepting_swagger2()`, and the test shows moto still refuses without it: when moto learns
Swagger 2.0, that test fails and this shim can go.

The server runs in this process, in a thread, so the shim can be switched per deploy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from moto.apigateway.models import APIGatewayBackend, RestAPI
from moto.server import ThreadedMotoServer

from tests.fakes.moto_atomic import one_request_at_a_time


def as_openapi3(document: dict[str, Any]) -> dict[str, Any]:
    """The smallest change to a Swagger 2.0 document that moto imports; others unchanged."""
    if "swagger" not in document:
        return document
    converted = {key: value for key, value in document.items() if key != "swagger"}
    converted["openapi"] = "3.0.1"
    converted["info"] = {"description": "", **document.get("info", {})}
    return converted


@contextmanager
def accepting_swagger2() -> Iterator[None]:
    """While inside, moto imports and overwrites REST APIs from Swagger 2.0 documents."""
    original_import = APIGatewayBackend.import_rest_api
    original_put = APIGatewayBackend.put_rest_api

    def import_rest_api(
        backend: APIGatewayBackend, api_doc: dict[str, Any], fail_on_warnings: bool
    ) -> RestAPI:
        return original_import(backend, as_openapi3(api_doc), fail_on_warnings)

    def put_rest_api(
        backend: APIGatewayBackend,
        function_id: str,
        api_doc: dict[str, Any],
        fail_on_warnings: bool,
        mode: str = "merge",
    ) -> RestAPI:
        return original_put(backend, function_id, as_openapi3(api_doc), fail_on_warnings, mode)

    with (
        patch.object(APIGatewayBackend, "import_rest_api", import_rest_api),
        patch.object(APIGatewayBackend, "put_rest_api", put_rest_api),
    ):
        yield


@contextmanager
def moto_server() -> Iterator[str]:
    """A moto server on a free port of 127.0.0.1; yields its endpoint URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # a line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        with one_request_at_a_time():  # DynamoDB's own per-request atomicity (see moto_atomic)
            yield f"http://{host}:{port}"
    finally:
        server.stop()
