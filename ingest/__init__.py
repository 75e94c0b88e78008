"""Ingestion: parse -> metadata -> clean -> chunk -> embed -> write, as a Haystack pipeline."""

import os

# Haystack sends usage telemetry by default; an association's document store must not phone home.
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")
