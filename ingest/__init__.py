"""Ingestion: parse -> metadata -> clean -> chunk -> embed -> write, as a Haystack pipeline."""
