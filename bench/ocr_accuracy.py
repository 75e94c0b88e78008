"""Character accuracy (1 - CER) of the PDF text Fundus extracts (text layer, OCR where the
layer is missing or garbage) against the Linsengericht reference texts in ../shared.

    .venv/bin/python bench/ocr_accuracy.py [--limit N] [--only NAME]

One JSON line per PDF, then one line with the overall figure (total edit distance over total
reference characters). Whitespace is collapsed on both sides: line breaks differ by design
(the references join lines into paragraphs) and do not matter for search.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from haystack import Document as HDocument
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.components import TextCleaner  # noqa: E402
from ingest.pdf import convert_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "real-corpus" / "files"
PDFS = CORPUS / "pdf" / "linsengericht"
REFERENCES = CORPUS / "linsengericht" / "results" / "clean"
_HEADER = re.compile(r"\A(?:DOCUMENT|SOURCE|LANGUAGE):.*?\n\s*CONTENT\s*\n", re.S)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\f", " ")
    return " ".join(text.split())


def reference_text(path: Path) -> str:
    return normalize(_HEADER.sub("", path.read_text(encoding="utf-8"), count=1))


def extracted_text(pdf: Path) -> tuple[str, dict]:
    """The text as the ingestion pipeline has it after conversion and cleaning."""
    converted = convert_pdf(pdf.read_bytes(), ocr=True)
    cleaned = TextCleaner().run([HDocument(content=converted.text, meta={"source_key": pdf.name})])
    text = cleaned["documents"][0].content if cleaned["documents"] else ""
    return normalize(text), converted.meta


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N PDFs.")
    parser.add_argument("--only", default=None, help="Only PDFs whose name contains this.")
    args = parser.parse_args()
    if not PDFS.exists():
        print(json.dumps({"error": f"{PDFS} not present"}))
        return 1
    pairs = [
        (pdf, REFERENCES / f"{pdf.stem}.txt")
        for pdf in sorted(PDFS.glob("*.pdf"))
        if (REFERENCES / f"{pdf.stem}.txt").exists() and (not args.only or args.only in pdf.name)
    ][: args.limit]
    total_distance = total_chars = 0
    worst = 1.0
    started = time.perf_counter()
    for pdf, ref_path in pairs:
        t0 = time.perf_counter()
        reference = reference_text(ref_path)
        text, meta = extracted_text(pdf)
        distance = Levenshtein.distance(text, reference)
        accuracy = 1 - distance / max(len(reference), 1)
        worst = min(worst, accuracy)
        total_distance += distance
        total_chars += len(reference)
        row = {
            "file": pdf.name,
            "pages": meta.get("pages"),
            "ocr_pages": len(meta.get("ocr_pages", [])),
            "reference_chars": len(reference),
            "extracted_chars": len(text),
            "accuracy": round(accuracy, 4),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
    overall = 1 - total_distance / max(total_chars, 1)
    summary = {
        "files": len(pairs),
        "overall_accuracy": round(overall, 4),
        "worst_file_accuracy": round(worst, 4),
        "reference_chars": total_chars,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary), flush=True)
    return 0 if overall >= 0.95 and worst >= 0.95 else 2


if __name__ == "__main__":
    raise SystemExit(main())
