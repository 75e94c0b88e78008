"""What an ingestion run reports; importable without the pipeline (the API's response model)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FailedFile(BaseModel):
    path: str
    reason: str


class IngestReport(BaseModel):
    files: int = 0
    unchanged: int = 0
    documents_written: int = 0
    chunks_written: int = 0
    failed: list[FailedFile] = Field(default_factory=list)
    duplicates: list[str] = Field(default_factory=list)
    removed: int = 0
    repaired: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    documents: int = 0  # documents converted (a dry run: all; otherwise the changed files')
    chunks: int = 0  # chunks of those documents (a dry run only; real runs count chunks_written)
    ocr_documents: int = 0  # documents with at least one page read by OCR
