"""How the bot proves who it is to Teams: a client secret (the SDK's own flow) or a certificate (MSAL).

A certificate file holds the private key and the certificate in PEM; the thumbprint MSAL needs is
computed from it. Tokens are requested for the scope the SDK asks for, from the configured tenant.
"""
from __future__ import annotations

import asyncio
from typing import Any

from .settings import Credentials


def thumbprint(pem: str) -> str:
    """The SHA-1 thumbprint Entra ID lists for an uploaded certificate (hex), from the PEM's certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    return x509.load_pem_x509_certificate(pem.encode()).fingerprint(hashes.SHA1()).hex()


class CertificateTokens:
    """The SDK's token-provider protocol (``get_app_token``) backed by an MSAL confidential client."""

    def __init__(self, credentials: Credentials, login_endpoint: str):
        import msal

        pem = credentials.certificate_pem or ""
        self._app = msal.ConfidentialClientApplication(
            credentials.app_id,
            authority=f"{login_endpoint}/{credentials.tenant_id}",
            client_credential={"private_key": pem, "thumbprint": thumbprint(pem)},
        )

    async def get_app_token(self, scope: str, tenant_id: str | None) -> str | None:
        result = await asyncio.to_thread(self._app.acquire_token_for_client, scopes=[scope])
        token = result.get("access_token")
        if not token:
            raise RuntimeError(f"no token from Entra ID: {result.get('error', 'unknown error')}")
        return token


def app_options(credentials: Credentials | None) -> dict[str, Any]:
    """The SDK App's options for these credentials; None (local development) accepts unsigned requests."""
    if credentials is None:
        return {"dangerously_allow_unauthenticated_requests": True}
    options: dict[str, Any] = {"client_id": credentials.app_id, "tenant_id": credentials.tenant_id}
    if credentials.secret:
        options["client_secret"] = credentials.secret
    else:
        from microsoft_teams.api.auth.cloud_environment import PUBLIC

        options["token"] = CertificateTokens(credentials, PUBLIC.login_endpoint)
    return options
