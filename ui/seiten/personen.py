"""Personen (admins): the association's people, invitations, roles, blocking, audit log.
Only in the navigation for admins; the API refuses everyone else anyway (403)."""

from __future__ import annotations

import streamlit as st

from core.people import ORGANISATION_KINDS, ROLE_LABELS, STATE_LABELS, USER_ROLES
from ui.client import ApiError
from ui.components import client, show_error


def _invite() -> None:
    with st.form("personen.einladen"):
        st.subheader("Person einladen")
        name = st.text_input("Name", max_chars=200, key="personen.name")
        email = st.text_input("E-Mail-Adresse", max_chars=320, key="personen.email")
        left, right = st.columns(2)
        organisation = left.text_input("Organisation", max_chars=200, key="personen.org")
        kind = right.selectbox("Art", ORGANISATION_KINDS, key="personen.art")
        role = st.radio("Rolle", USER_ROLES, format_func=ROLE_LABELS.__getitem__, horizontal=True,
                        key="personen.rolle")  # fmt: skip
        if st.form_submit_button("Einladen", type="primary", key="personen.los"):
            try:
                invitation = client().invite(
                    {"name": name, "email": email, "organisation": organisation,
                     "organisation_kind": kind, "role": role}
                )  # fmt: skip
            except ApiError as exc:
                show_error(exc)
                return
            if invitation.mailed:
                st.success(f"Einladung an {invitation.user.email} gesendet.")
            else:
                st.success("Kein Mailserver eingestellt. Bitte diesen Link weitergeben:")
                st.code(invitation.link or "", language=None)


def main() -> None:
    st.title("Personen")
    try:
        people = client().users()
    except ApiError as exc:
        show_error(exc)
        return
    for person in people:
        with st.container(border=True):
            left, middle, right = st.columns([3, 2, 2], vertical_alignment="center")
            left.markdown(f"**{person.name}**  \n{person.organisation.name} · {person.email}")
            role = middle.selectbox(
                "Rolle", USER_ROLES, index=USER_ROLES.index(person.role),
                format_func=ROLE_LABELS.__getitem__, key=f"personen.rolle-{person.id}",
            )  # fmt: skip
            right.caption(STATE_LABELS[person.state])
            changes: dict[str, str] = {}
            if role != person.role:
                changes["role"] = role
            if person.state == "active" and right.button(
                "Sperren", key=f"personen.sperren-{person.id}"
            ):
                changes["state"] = "disabled"
            if person.state == "disabled" and right.button(
                "Entsperren", key=f"personen.frei-{person.id}"
            ):
                changes["state"] = "active"
            if changes:
                try:
                    client().update_user(person.id, changes)
                except ApiError as exc:
                    show_error(exc)
                else:
                    st.rerun()
    _invite()
    st.subheader("Protokoll")
    st.caption(
        "Anmeldungen, Fehlversuche, Rollen- und Zugangsänderungen (pseudonym: Person = Nummer)."
    )
    try:
        entries = client().audit()
    except ApiError as exc:
        show_error(exc)
        return
    st.dataframe(
        [{"Zeit": e.at.strftime("%d.%m.%Y %H:%M"), "Ereignis": e.event, "wer": e.actor or "",
          "betrifft": e.subject or "", "Einzelheiten": str(e.detail)} for e in entries],
        hide_index=True,
    )  # fmt: skip


main()
