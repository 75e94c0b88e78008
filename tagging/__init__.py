"""Staff tagging: rule-based extraction, learned tag suggestions, drafts and their evaluation.

`extract` and `citations` are pure functions (no model, no index), so ingestion can use them
without loading anything; `suggest` learns from the documents already tagged in the index.
"""
