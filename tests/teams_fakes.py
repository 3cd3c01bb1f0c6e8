"""Offline Microsoft 365 for the Teams tests: a Bot Connector, an OpenID key endpoint and a bit of Graph.

One small HTTP server on 127.0.0.1 plays every Microsoft service the bot talks to:

- ``/v3/conversations/...``: the Bot Connector. Every activity the bot sends, updates or posts is
  recorded in ``calls``; team rosters answer the member look-ups the bot makes for team grants.
- ``/v1/.well-known/keys``: the JSON Web Key Set the bot checks incoming tokens against. ``token()``
  signs tokens with the matching private key, as the Bot Framework would.
- ``/graph/v1.0/users/{id}/checkMemberGroups``: which of the asked Entra ID groups a user is in.

Tests point the activities' ``serviceUrl`` here, so the bot's real HTTP client sends to it.
"""
from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_ID = "rutinbot-test-key"
ISSUER = "https://api.botframework.com"  # the Bot Framework's issuer; only the keys are local


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@dataclass
class Call:
    method: str
    path: str
    body: Any
    headers: dict[str, str]

    @property
    def conversation(self) -> str | None:
        match = re.match(r"/v3/conversations/([^/]+)", self.path)
        return match[1] if match else None

    def card(self) -> dict | None:
        """The Adaptive Card this activity carries, if any."""
        for attachment in (self.body or {}).get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return attachment["content"]
        return None


@dataclass
class FakeMicrosoft:
    rosters: dict[str, set[str]] = field(default_factory=dict)  # team id -> Teams user ids
    groups: dict[str, set[str]] = field(default_factory=dict)  # Entra user object id -> group ids
    calls: list[Call] = field(default_factory=list)
    fail_personal_chats: bool = False
    graph_failures: int = 0  # how many Graph calls to answer with 503 before answering properly

    def __post_init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # a stranger's key
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> FakeMicrosoft:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def openid_metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    @property
    def graph_url(self) -> str:
        return f"{self.url}/graph/v1.0"

    # -- tokens ------------------------------------------------------------------------------

    def jwks(self) -> dict:
        numbers = self.key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "use": "sig", "kid": KEY_ID, "alg": "RS256",
                          "n": _b64(numbers.n), "e": _b64(numbers.e)}]}

    def token(self, audience: str, *, service_url: str | None = None, key=None, expires_in: int = 600,
              issuer: str = ISSUER) -> str:
        """A Bot Framework token for ``audience`` (the bot's app id), signed with the served key."""
        now = int(time.time())
        claims = {"iss": issuer, "aud": audience, "iat": now - 5, "nbf": now - 5, "exp": now + expires_in,
                  "serviceurl": service_url or self.url}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": KEY_ID})

    # -- what the bot sent -------------------------------------------------------------------

    def wait_for(self, predicate, timeout: float = 15.0, what: str = "a call") -> Call:
        """The first recorded call matching ``predicate``; waits for it to arrive."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for call in self.calls:
                    if predicate(call):
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what}; calls: "
                                         f"{[(c.method, c.path, (c.body or {}).get('type')) for c in self.calls]}")
                self._changed.wait(left)

    def sent(self, conversation: str | None = None, kind: str | None = None) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method in ("POST", "PUT") and c.conversation is not None
                    and (conversation is None or c.conversation == conversation)
                    and (kind is None or (c.body or {}).get("type") == kind)]

    def cards(self, conversation: str | None = None) -> list[dict]:
        return [card for c in self.sent(conversation, "message") if (card := c.card()) is not None]

    def texts(self, conversation: str | None = None) -> list[str]:
        return [c.body.get("text") or "" for c in self.sent(conversation, "message")]

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # -- the server --------------------------------------------------------------------------

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _reply(self, status: int, body: Any = None) -> None:
                data = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> Any:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                return json.loads(raw) if raw else None

            def do_GET(self):
                path = self.path.split("?")[0]
                if path == "/v1/.well-known/keys":
                    return self._reply(200, fake.jwks())
                if path == "/v1/.well-known/openidconfiguration":
                    return self._reply(200, {"issuer": ISSUER, "jwks_uri": f"{fake.url}/v1/.well-known/keys",
                                             "id_token_signing_alg_values_supported": ["RS256"]})
                fake._record(Call("GET", path, None, dict(self.headers)))
                member = re.fullmatch(r"/v3/conversations/([^/]+)/members/([^/]+)", path)
                if member:
                    team, user = (_unquote(p) for p in member.groups())
                    if user in fake.rosters.get(team, set()):
                        return self._reply(200, {"id": user, "name": "member"})
                    return self._reply(404, {"error": {"code": "MemberNotFoundInConversation"}})
                return self._reply(404, {"error": {"code": "NotFound"}})

            def do_POST(self):
                self._write("POST")

            def do_PUT(self):
                self._write("PUT")

            def _write(self, method: str) -> None:
                path = self.path.split("?")[0]
                body = self._body()
                fake._record(Call(method, path, body, dict(self.headers)))
                groups = re.fullmatch(r"/graph/v1\.0/users/([^/]+)/checkMemberGroups", path)
                if groups and fake.graph_failures > 0:
                    fake.graph_failures -= 1
                    return self._reply(503, {"error": {"code": "ServiceUnavailable"}})
                if groups:
                    mine = fake.groups.get(_unquote(groups[1]), set())
                    return self._reply(200, {"value": [g for g in body.get("groupIds", []) if g in mine]})
                if path == "/v3/conversations" and method == "POST":
                    if fake.fail_personal_chats:
                        return self._reply(403, {"error": {"code": "BotNotInConversationRoster"}})
                    user = (body.get("members") or [{}])[0].get("id", "?")
                    return self._reply(201, {"id": f"a:personal-{user}", "activityId": str(next(fake._ids))})
                if re.fullmatch(r"/v3/conversations/[^/]+/activities(/[^/]+)?", path):
                    return self._reply(200 if method == "PUT" else 201, {"id": f"activity-{next(fake._ids)}"})
                return self._reply(404, {"error": {"code": "NotFound"}})

        return Handler


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)
