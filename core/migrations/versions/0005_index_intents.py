"""index intents: metadata edits recorded before the index changes (access-leak fix)

Every indexed document gets an intent on upgrade, so the first start after it rewrites each
document's index payload from the database once: earlier versions could leave the index more
open than the database after an interrupted edit.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "index_intents",
        sa.Column("document_id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        "INSERT INTO index_intents (document_id, created_at) "
        "SELECT id, CURRENT_TIMESTAMP FROM documents WHERE state = 'indexed'"
    )


def downgrade() -> None:
    op.drop_table("index_intents")
