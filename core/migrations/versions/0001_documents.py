"""documents table

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False, index=True),
        sa.Column("source_key", sa.String(1000), nullable=False),
        sa.Column("origin", sa.String(1000)),
        sa.Column("external_id", sa.String(500), index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("doc_type", sa.String(50), nullable=False),
        sa.Column("access", sa.String(20), nullable=False, index=True),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("file_sha256", sa.String(64)),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(500)),
        sa.Column("media_type", sa.String(100)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("chunk_count", sa.Integer, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source", "source_key", name="uq_documents_source_key"),
    )


def downgrade() -> None:
    op.drop_table("documents")
