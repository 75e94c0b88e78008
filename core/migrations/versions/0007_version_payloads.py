"""version payloads: every indexed document's index payload rewritten once from the database

Issue 15 added version fields to the index payload (`version`, `supersedes`, `superseded_by`,
`valid_from`, `valid_to`, `frist`); the current-only search filters on `version`. Documents
indexed before that carry none of them, so a replaced statute would still rank as current.
The database already holds the facts (front matter and staff edits in `extra`), so queuing
every indexed document as an index intent makes the next start (API, `fundus ingest`)
rewrite the payloads from it, as 0005 did for access (documents/index_sync.py).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO index_intents (document_id, created_at) "
        "SELECT id, CURRENT_TIMESTAMP FROM documents WHERE state = 'indexed' "
        "AND id NOT IN (SELECT document_id FROM index_intents)"
    )


def downgrade() -> None:
    """Nothing to undo: an intent only asks for a rewrite of the payload from the database."""
