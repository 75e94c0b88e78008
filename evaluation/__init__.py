"""Retrieval evaluation on BEIR-style data sets: `fundus eval` and `evaluation.harness.evaluate`."""
