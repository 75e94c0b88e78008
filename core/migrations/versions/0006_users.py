"""people: organisations, users, sessions, one-time links, sign-in throttle, audit log,
document shares; subscriptions owned by a user or a key, feed tokens stored as hashes

Existing feed tokens keep working: their SHA-256 replaces them.

Revision ID: 0006
Revises: 0005
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _now_column(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(30), nullable=False),
        _now_column("created_at"),
    )
    op.create_table(
        "document_shares",
        sa.Column(
            "document_id",
            sa.String(36),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "organisation_id",
            sa.Integer,
            sa.ForeignKey("organisations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        _now_column("created_at"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "organisation_id",
            sa.Integer,
            sa.ForeignKey("organisations.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("auth_source", sa.String(20), nullable=False),
        sa.Column("external_id", sa.String(500)),
        _now_column("created_at"),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "user_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        _now_column("created_at"),
        _now_column("last_seen_at"),
    )
    op.create_table(
        "user_links",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("purpose", sa.String(20), nullable=False),
        _now_column("expires_at"),
        sa.Column("used_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("login_hash", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _now_column("at"),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(40)),
        sa.Column("subject", sa.String(40)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])

    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("user_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("token_hash", sa.String(64), nullable=True))
        batch.alter_column("key_id", existing_type=sa.Integer, nullable=True)
        batch.create_foreign_key(
            "fk_subscriptions_user_id", "users", ["user_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_index("ix_subscriptions_user_id", ["user_id"])
    connection = op.get_bind()
    subscriptions = sa.table(
        "subscriptions",
        sa.column("id", sa.Integer),
        sa.column("token", sa.String),
        sa.column("token_hash", sa.String),
    )
    for row in connection.execute(sa.select(subscriptions.c.id, subscriptions.c.token)).all():
        connection.execute(
            subscriptions.update()
            .where(subscriptions.c.id == row.id)
            .values(token_hash=hashlib.sha256(row.token.encode()).hexdigest())
        )
    with op.batch_alter_table("subscriptions") as batch:
        batch.alter_column("token_hash", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint("uq_subscriptions_token_hash", ["token_hash"])
        batch.drop_column("token")


def downgrade() -> None:
    """Back to 0005: people's subscriptions go with the people; the hashes cannot be turned
    back into feed secrets, so each remaining subscription gets a new one."""
    import secrets

    connection = op.get_bind()
    people = "(SELECT id FROM subscriptions WHERE user_id IS NOT NULL)"
    connection.execute(
        sa.text(f"DELETE FROM subscription_matches WHERE subscription_id IN {people}")
    )
    connection.execute(sa.text("DELETE FROM subscriptions WHERE user_id IS NOT NULL"))
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("token", sa.String(64), nullable=True))
    subscriptions = sa.table(
        "subscriptions", sa.column("id", sa.Integer), sa.column("token", sa.String)
    )
    for (row_id,) in connection.execute(sa.select(subscriptions.c.id)).all():
        connection.execute(
            subscriptions.update()
            .where(subscriptions.c.id == row_id)
            .values(token=secrets.token_urlsafe(24))
        )
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_constraint("uq_subscriptions_token_hash", type_="unique")
        batch.drop_constraint("fk_subscriptions_user_id", type_="foreignkey")
        batch.drop_index("ix_subscriptions_user_id")
        batch.drop_column("token_hash")
        batch.drop_column("user_id")
        batch.alter_column("token", existing_type=sa.String(64), nullable=False)
        batch.alter_column("key_id", existing_type=sa.Integer, nullable=False)
        batch.create_unique_constraint("uq_subscriptions_token", ["token"])
    op.drop_index("ix_audit_log_at", "audit_log")
    for table in (
        "audit_log", "sign_in_throttle", "user_links", "user_sessions", "users",
        "document_shares", "organisations",
    ):  # fmt: skip
        op.drop_table(table)
