"""Who this browser session acts as: a signed-in person, or nobody (the API's anonymous role).

The API issues the session; the UI holds its token in `st.session_state` (per browser tab and
server session) and, so that a page reload or a link from a mail (a digest's deep link) keeps
the sign-in, in a cookie `fundus_sitzung` (SameSite=Strict, path /, no longer than the API's
maximum session age). Streamlit sets no cookies itself, so a zero-height component writes it
with JavaScript; `st.context.cookies` reads it when a new server session starts, and the API
checks it (`GET /auth/me`) before it is used. Signing out ends the session at the API and
deletes the cookie. The cookie is readable by the page's scripts (not HttpOnly); the API's
idle timeout (`FUNDUS_SESSION_IDLE_MINUTES`) bounds what a stolen one is worth."""

from __future__ import annotations

import json

import streamlit as st
import streamlit.components.v1 as components

from core.people import ROLE_LABELS, SessionOut, User
from ui.client import SESSION_KEY, ApiError, FundusClient, api_url

COOKIE = "fundus_sitzung"
USER_KEY = "anmeldung.person"
_COOKIE_PENDING = "anmeldung.cookie"  # set / clear the cookie on the next run
_MAX_AGE_S = 12 * 3600


def current_user() -> User | None:
    """Kept as plain data: Streamlit may reload modules between runs, and an instance of an
    older class object would no longer count as a `User`."""
    data = st.session_state.get(USER_KEY)
    return User.model_validate(data) if isinstance(data, dict) else None


def restore() -> None:
    """At the start of every run: take over a sign-in from the cookie once per session."""
    if SESSION_KEY in st.session_state or st.session_state.get("anmeldung.geprueft"):
        return
    st.session_state["anmeldung.geprueft"] = True
    token = st.context.cookies.get(COOKIE)
    if not token:
        return
    try:
        with FundusClient(api_url(), api_key=token) as api:
            user = api.me()
    except ApiError:
        st.session_state[_COOKIE_PENDING] = ""  # expired or ended: forget it
        return
    st.session_state[SESSION_KEY] = token
    st.session_state[USER_KEY] = user.model_dump(mode="json")


def signed_in(session: SessionOut) -> None:
    st.session_state[SESSION_KEY] = session.token
    st.session_state[USER_KEY] = session.user.model_dump(mode="json")
    st.session_state[_COOKIE_PENDING] = session.token
    st.cache_data.clear()  # answers cached for "anonymous" must not be shown to the person


def sign_out() -> None:
    token = st.session_state.pop(SESSION_KEY, None)
    st.session_state.pop(USER_KEY, None)
    st.session_state[_COOKIE_PENDING] = ""
    if token:
        try:
            with FundusClient(api_url(), api_key=token) as api:
                api.logout()
        except ApiError:
            pass  # already ended at the API
    st.cache_data.clear()


def sync_cookie() -> None:
    """Write or delete the cookie when a sign-in or sign-out asked for it."""
    if _COOKIE_PENDING not in st.session_state:
        return
    token = st.session_state.pop(_COOKIE_PENDING)
    if token:
        cookie = f"{COOKIE}={token}; path=/; max-age={_MAX_AGE_S}; SameSite=Strict"
    else:
        cookie = f"{COOKIE}=; path=/; max-age=0; SameSite=Strict"
    components.html(
        f"<script>window.parent.document.cookie = {json.dumps(cookie)};</script>", height=0
    )


def sidebar() -> None:
    """Who is signed in, with "Abmelden"; or the way to "Anmelden"."""
    user = current_user()
    with st.sidebar:
        if user is None:
            st.page_link("seiten/anmelden.py", label="Anmelden", icon=":material/login:")
            return
        st.caption(
            f"Angemeldet: **{user.name}**  \n{user.organisation.name} · {ROLE_LABELS[user.role]}"
        )
        st.button("Abmelden", key="anmeldung.abmelden", icon=":material/logout:", on_click=sign_out)
