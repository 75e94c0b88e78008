"""OpenID Connect sign-in (Keycloak and other providers): authorization code flow with PKCE.

Authlib's OAuth 2 client builds the authorization URL (state, nonce, S256 code challenge) and
redeems the code; the ID token is verified as Authlib's own OIDC client does it: signature
against the provider's JWKS (joserfc), then `CodeIDToken` checks issuer, audience, expiry,
nonce and `at_hash`. The provider's metadata comes from its discovery document, whose issuer
must be the configured one.

State, nonce and code verifier travel in one HttpOnly cookie on the API's own address (set by
`/auth/oidc/start`, read by `/auth/oidc/callback`), so no server-side store is needed and any
replica can finish a sign-in another one began."""

from __future__ import annotations

import logging
import secrets
from typing import Any

import httpx
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.httpx_client import OAuth2Client
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from accounts.directory import DirectoryPerson, NoRole
from core.errors import FundusError, Unavailable
from core.settings import OidcParams, Settings

logger = logging.getLogger(__name__)
COOKIE = "fundus_oidc"
COOKIE_MAX_AGE_S = 600  # time to sign in at the provider
LEEWAY_S = 60  # clock skew between Fundus and the provider


class OidcFailed(FundusError):
    status = 401
    title = "Anmeldung fehlgeschlagen"


def public_url(settings: Settings) -> str:
    return (settings.oidc.public_url or settings.api_url).rstrip("/")


def redirect_uri(settings: Settings) -> str:
    """Register this address at the provider as the client's redirect URI."""
    return public_url(settings) + "/auth/oidc/callback"


def _metadata(params: OidcParams) -> dict[str, Any]:
    issuer = (params.issuer or "").rstrip("/")
    url = issuer + "/.well-known/openid-configuration"
    try:
        response = httpx.get(url, timeout=params.timeout_s)
        response.raise_for_status()
        metadata: dict[str, Any] = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        logger.warning("OIDC discovery failed: %s", type(exc).__name__)
        raise Unavailable("Der Anmeldedienst des Verbands ist nicht erreichbar.") from exc
    if str(metadata.get("issuer", "")).rstrip("/") != issuer:
        logger.warning("OIDC discovery names another issuer than FUNDUS_OIDC__ISSUER")
        raise Unavailable("Der Anmeldedienst meldet sich mit einer anderen Adresse (issuer).")
    return metadata


def _client(params: OidcParams, settings: Settings) -> OAuth2Client:
    secret = params.client_secret.get_secret_value() if params.client_secret else None
    return OAuth2Client(
        client_id=params.client_id,
        client_secret=secret,
        token_endpoint_auth_method="client_secret_basic" if secret else "none",
        scope=params.scope,
        redirect_uri=redirect_uri(settings),
        code_challenge_method="S256",
        timeout=params.timeout_s,
    )


def start(settings: Settings) -> tuple[str, str]:
    """The provider's authorization URL and the cookie value to come back with."""
    params = settings.oidc
    metadata = _metadata(params)
    state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
    with _client(params, settings) as client:
        url, _ = client.create_authorization_url(
            metadata["authorization_endpoint"], state=state, code_verifier=verifier, nonce=nonce
        )
    return url, f"{state}.{nonce}.{verifier}"


def finish(settings: Settings, *, code: str, state: str, cookie: str | None) -> DirectoryPerson:
    """Redeem the code, verify the ID token and read the person from it."""
    params = settings.oidc
    parts = (cookie or "").split(".")
    if len(parts) != 3 or not secrets.compare_digest(parts[0].encode(), state.encode()):
        raise OidcFailed(
            "Die Anmeldung wurde nicht hier begonnen oder ist abgelaufen. Bitte erneut anmelden."
        )
    _, nonce, verifier = parts
    metadata = _metadata(params)
    try:
        with _client(params, settings) as client:
            token = client.fetch_token(
                metadata["token_endpoint"], code=code, code_verifier=verifier
            )
        jwks = httpx.get(metadata["jwks_uri"], timeout=params.timeout_s)
        jwks.raise_for_status()
        key_set = KeySet.import_key_set(jwks.json())
    except OAuthError as exc:
        logger.warning("OIDC token request refused: %s", exc.error)
        raise OidcFailed("Der Anmeldedienst hat die Anmeldung nicht bestätigt.") from exc
    except (httpx.HTTPError, ValueError, JoseError) as exc:
        logger.warning("OIDC token request failed: %s", type(exc).__name__)
        raise Unavailable("Der Anmeldedienst des Verbands ist nicht erreichbar.") from exc
    claims = _verified_claims(params, metadata, token, key_set, nonce)
    return _person(params, claims)


def _verified_claims(
    params: OidcParams,
    metadata: dict[str, Any],
    token: dict[str, Any],
    key_set: KeySet,
    nonce: str,
) -> CodeIDToken:
    if "id_token" not in token:
        raise OidcFailed("Der Anmeldedienst hat kein ID-Token geschickt (Scope openid fehlt?).")
    algorithms = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    try:
        decoded = jwt.decode(
            token["id_token"], key_set, registry=JWSRegistry(algorithms=algorithms)
        )
        claims = CodeIDToken(
            decoded.claims,
            decoded.header,
            {
                "iss": {"essential": True, "value": str(metadata["issuer"])},
                "aud": {"essential": True, "value": params.client_id},
            },
            {
                "nonce": nonce,
                "client_id": params.client_id,
                "access_token": token.get("access_token"),
            },
        )
        claims.validate(leeway=LEEWAY_S)
    except (JoseError, ValueError) as exc:
        logger.warning("OIDC ID token rejected: %s", type(exc).__name__)
        raise OidcFailed(
            "Das Anmeldezeichen des Anmeldedienstes ist ungültig oder abgelaufen."
        ) from exc
    return claims


def _claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _person(params: OidcParams, claims: CodeIDToken) -> DirectoryPerson:
    email = claims.get("email")
    if not email or claims.get("email_verified") is False:
        raise NoRole(
            "Ihr Verbandskonto nennt keine bestätigte E-Mail-Adresse; Fundus braucht eine."
        )
    groups = _claim(claims, params.groups_claim)
    if isinstance(groups, str):
        groups = [groups]
    name = claims.get("name") or " ".join(
        str(claims[k]) for k in ("given_name", "family_name") if claims.get(k)
    )
    return DirectoryPerson(
        external_id=f"{claims['iss']}|{claims['sub']}",
        email=str(email),
        name=str(name or email),
        groups=tuple(str(g) for g in groups or ()),
    )
