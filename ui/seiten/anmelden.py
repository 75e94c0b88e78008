"""Anmelden: e-mail and password; setting a password from an invitation or reset link
(`?invite=…` / `?reset=…`); asking for a reset link; "Mit dem Verbandskonto anmelden" when the
API offers OpenID Connect, which comes back here with a one-time code (`?anmeldung=…`, traded
for a session) or a German sentence saying what went wrong (`?fehler=…`)."""

from __future__ import annotations

import re

import streamlit as st

from core.people import PASSWORD_MIN_LENGTH, ROLE_LABELS
from ui.client import ApiError, FundusClient, api_url
from ui.components import show_error
from ui.signin import current_user, sign_out, signed_in


def _api() -> FundusClient:
    return FundusClient(api_url(), api_key="")  # no token: these calls are for nobody yet


def _set_password(token: str, invited: bool) -> None:
    st.subheader("Passwort festlegen" if invited else "Neues Passwort")
    with st.form("anmelden.passwort"):
        first = st.text_input("Neues Passwort", type="password", key="anmelden.neu")
        second = st.text_input("Passwort wiederholen", type="password", key="anmelden.neu2")
        st.caption(f"Mindestens {PASSWORD_MIN_LENGTH} Zeichen.")
        if st.form_submit_button("Speichern und anmelden", type="primary", key="anmelden.setzen"):
            if first != second:
                st.error("Die beiden Passwörter stimmen nicht überein.")
                return
            try:
                with _api() as api:
                    session = api.redeem(token, first)
            except ApiError as exc:
                show_error(exc)
                return
            signed_in(session)
            st.query_params.clear()
            st.rerun()


def _sign_in_form() -> None:
    with st.form("anmelden.form"):
        email = st.text_input("E-Mail-Adresse", max_chars=320, key="anmelden.email")
        password = st.text_input("Passwort", type="password", key="anmelden.passwort")
        if st.form_submit_button(
            "Anmelden", type="primary", icon=":material/login:", key="anmelden.los"
        ):
            try:
                with _api() as api:
                    session = api.login(email.strip(), password)
            except ApiError as exc:
                show_error(exc)
                return
            signed_in(session)
            st.rerun()
    with st.expander("Passwort vergessen?"), st.form("anmelden.vergessen", border=False):
        address = st.text_input("E-Mail-Adresse", max_chars=320, key="anmelden.reset")
        if st.form_submit_button("Link senden", key="anmelden.reset_los"):
            try:
                with _api() as api:
                    api.request_reset(address.strip())
            except ApiError as exc:
                show_error(exc)
            else:
                st.success("Wenn es ein Konto mit dieser Adresse gibt, ist ein Link unterwegs.")


@st.cache_data(ttl=60, show_spinner=False)
def _oidc_start_url() -> str | None:
    try:
        with _api() as api:
            return api.oidc_start_url()
    except ApiError:
        return None  # the form below still works; the API's trouble shows there


def _finish_oidc(code: str) -> None:
    """Back from the association's sign-in: the one-time code becomes this session's sign-in."""
    try:
        with _api() as api:
            session = api.exchange(code)
    except ApiError as exc:
        st.query_params.clear()
        show_error(exc)
        return
    signed_in(session)
    st.query_params.clear()
    st.rerun()


def _oidc_button() -> None:
    start = _oidc_start_url()
    if start:
        st.link_button(
            "Mit dem Verbandskonto anmelden", start, icon=":material/badge:", type="primary"
        )
        st.caption("Oder mit E-Mail-Adresse und Passwort:")


def main() -> None:
    st.title("Anmelden")
    params = st.query_params
    if code := params.get("anmeldung"):
        _finish_oidc(code)
    if problem := params.get("fehler"):
        # from the URL: shown as text only (no Markdown links or addresses a stranger could plant)
        said = re.sub(r"[^\w\s.,;:!?()'„“-]", "", problem)[:300]
        st.error(f"Anmeldung mit dem Verbandskonto fehlgeschlagen: {said}")
    if token := params.get("invite") or params.get("reset"):
        _set_password(token, invited="invite" in params)
        return
    user = current_user()
    if user is not None:
        st.success(
            f"Sie sind angemeldet als {user.name} "
            f"({user.organisation.name}, {ROLE_LABELS[user.role]})."
        )
        st.button("Abmelden", key="anmelden.abmelden", on_click=sign_out)
        return
    st.caption(
        "Mit Ihrem Konto sehen Sie, was Ihre Mitgliedschaft erlaubt, und verwalten Ihre Abos. "
        "Ohne Anmeldung sehen Sie nur öffentliche Dokumente."
    )
    _oidc_button()
    _sign_in_form()


main()
