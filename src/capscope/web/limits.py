"""A cap on request body size, enforced while the body streams in.

Checking ``Content-Length`` alone is not enough: a chunked upload has none. This ASGI middleware
rejects a declared length over the cap at once, and otherwise reads the body (never more than
the cap plus one chunk), answering 413 as soon as the cap is passed, before the endpoint sees
a byte.
"""

from __future__ import annotations

import json
from typing import Any

MAX_BODY_BYTES = 2 * 1024 * 1024

Scope = dict[str, Any]


class BodySizeLimit:
    """Pure ASGI middleware: 413 JSON error when a request body exceeds ``max_bytes``."""

    def __init__(self, app: Any, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self._reject(send, 400, "malformed Content-Length header")
                    return
                if declared > self.max_bytes:
                    await self._reject(send, 413, self._message())
                    return
        if scope.get("method", "GET") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # Read the body first (at most the cap plus one chunk), then replay it to the app: an
        # error raised mid-parse would be turned into a 400 by the framework, not a 413.
        buffered: list[dict[str, Any]] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                buffered.append(message)
                break
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                await self._reject(send, 413, self._message())
                return
            buffered.append(message)
            if not message.get("more_body", False):
                break

        async def replay() -> dict[str, Any]:
            if buffered:
                return buffered.pop(0)
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body larger than {self.max_bytes // (1024 * 1024)} MB"

    @staticmethod
    async def _reject(send: Any, status: int, message: str) -> None:
        body = json.dumps({"error": message, "hint": "send a smaller article (plain text)"}
                          ).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


__all__ = ["MAX_BODY_BYTES", "BodySizeLimit"]
