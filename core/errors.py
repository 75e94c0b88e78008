"""Domain errors. Each carries the HTTP status and a German title, so the API can turn any of
them into a problem-details response without knowing where it came from."""

from __future__ import annotations


class FundusError(Exception):
    status: int = 500
    title: str = "Interner Fehler"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(FundusError):
    status = 404
    title = "Nicht gefunden"


class InvalidRequest(FundusError):
    status = 422
    title = "Ungültige Anfrage"


class IndexLocked(FundusError):
    status = 503
    title = "Index belegt"


class Unavailable(FundusError):
    """A transient failure (database locked, disk full): nothing was lost, try again."""

    status = 503
    title = "Vorübergehend nicht verfügbar"


class ModelMismatch(FundusError):
    status = 409
    title = "Anderes Embedding-Modell"


class CollectionNotFound(NotFound):
    title = "Sammlung nicht gefunden"


class BadInput(FundusError):
    """A file that cannot be ingested; the batch goes on without it."""

    status = 422
    title = "Datei nicht verarbeitbar"


class DataDirUnusable(FundusError):
    """The data folder cannot be used as it is (read-only, damaged database, index out of step
    with the database): starting again will not help, an operator has to act."""

    status = 503
    title = "Datenordner nicht nutzbar"
