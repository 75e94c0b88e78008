"""Relational state that is not vectors: documents and their text, ingest state, originals.
SQLite in the data dir by default, PostgreSQL when FUNDUS_DATABASE_URL is set."""
