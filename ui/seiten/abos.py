"""Meine Abos: the member's subscriptions (topics, Aktenplan, types, saved searches), new
ones, their Atom feeds, and the weekly Nachrichtendienst as PDF."""

from __future__ import annotations

from typing import cast

import streamlit as st

from core.errors import FundusError
from core.models import DOC_TYPES
from core.weeks import last_complete_week, parse_week
from ui.client import ApiError, SearchFilters, Subscription, Taxonomy, api_url
from ui.components import client, esc, md_escape, show_error, taxonomy_or_error
from ui.subscriptions import MODES, NO_KEY_MESSAGE, Mode, create, describe, has_key


def _delete(subscription_id: int) -> None:
    st.session_state["abos.loeschen"] = None
    try:
        client().delete_subscription(subscription_id)
    except ApiError as exc:
        st.session_state["abos.fehler"] = exc.detail
    else:
        st.session_state["abos.meldung"] = "Das Abo wurde beendet."


def _ask(subscription_id: int | None) -> None:
    """Ending an Abo asks once more (a click too many is better than a lost Abo)."""
    st.session_state["abos.loeschen"] = subscription_id


def _renew_feed(subscription_id: int) -> None:
    try:
        renewed = client().renew_feed(subscription_id)
    except ApiError as exc:
        st.session_state["abos.fehler"] = exc.detail
    else:
        st.session_state.setdefault("abos.feeds", {})[subscription_id] = renewed.feed_path


def _subscription(sub: Subscription, tax: Taxonomy) -> None:
    with st.container(border=True):
        st.markdown(f"**{md_escape(sub.name)}**")
        st.markdown(
            f'<div style="color:#555;font-size:0.9rem">{esc(describe(sub, tax))}<br>'
            f"Zustellung {esc(MODES.get(sub.mode, sub.mode))} an {esc(sub.email)}</div>",
            unsafe_allow_html=True,
        )
        left, right = st.columns([3, 1], vertical_alignment="center")
        fresh = st.session_state.get("abos.feeds", {}).get(sub.id) or sub.feed_path
        if fresh:  # the secret address exists only right after creating or renewing it
            left.markdown(
                f'<a href="{esc(api_url() + fresh)}" style="font-size:0.9rem">Atom-Feed</a> '
                '<span style="color:#777;font-size:0.8rem">(Adresse wie ein Passwort behandeln; '
                "sie wird nur jetzt angezeigt)</span>",
                unsafe_allow_html=True,
            )
        else:
            left.button(
                "Neue Feed-Adresse",
                key=f"abos.feed-{sub.id}",
                icon=":material/rss_feed:",
                help="Erzeugt eine neue geheime Adresse; die bisherige gilt dann nicht mehr.",
                on_click=_renew_feed,
                args=(sub.id,),
            )
        if st.session_state.get("abos.loeschen") == sub.id:
            right.button(
                "Wirklich beenden",
                key=f"abos.bestaetigen-{sub.id}",
                type="primary",
                icon=":material/delete:",
                on_click=_delete,
                args=(sub.id,),
            )
            right.button("Abbrechen", key=f"abos.abbrechen-{sub.id}", on_click=_ask, args=(None,))
        else:
            right.button(
                "Abo beenden",
                key=f"abos.beenden-{sub.id}",
                icon=":material/notifications_off:",
                on_click=_ask,
                args=(sub.id,),
            )


def _new_subscription(tax: Taxonomy) -> None:
    names = tax.topic_names()
    titles = tax.aktenplan_titles()
    with st.form("abos.neu", clear_on_submit=False):
        st.header("Neues Abo")
        name = st.text_input(
            "Name", max_chars=200, placeholder="z. B. Grundsteuer", key="abos.name"
        )
        topics = st.multiselect(
            "Themen",
            list(names),
            format_func=lambda t: names.get(t, t),
            placeholder="Themen wählen",
            key="abos.themen",
            select_all=False,
        )
        aktenplan = st.selectbox(
            "Aktenplan",
            [None, *titles],
            format_func=lambda c: "kein Aktenplan-Knoten" if c is None else f"{c} – {titles[c]}",
            key="abos.aktenplan",
        )
        doc_types = st.multiselect(
            "Dokumenttypen",
            list(DOC_TYPES),
            placeholder="Alle Typen",
            select_all=False,
            key="abos.typen",
        )
        st.caption("Ohne Auswahl melden wir Ihnen alle neuen Dokumente.")
        email = st.text_input("E-Mail-Adresse", max_chars=320, key="abos.email")
        mode = st.radio(
            "Zustellung",
            list(MODES),
            format_func=MODES.__getitem__,
            horizontal=True,
            key="abos.modus",
        )
        if st.form_submit_button(
            "Abo anlegen", type="primary", icon=":material/add_alert:", key="abos.anlegen"
        ):
            filters = SearchFilters.model_validate(
                {"topics": topics, "aktenplan": aktenplan, "doc_type": doc_types}
            )
            sub = create(
                name=name or "Mein Abo", email=email, mode=cast(Mode, mode), filters=filters
            )
            if sub is not None:
                st.session_state.setdefault("abos.feeds", {})[sub.id] = sub.feed_path
                st.session_state["abos.meldung"] = f"Abo „{sub.name}“ angelegt."
                st.rerun()


def _digest_download() -> None:
    st.header("Nachrichtendienst")
    st.caption(
        "Alle Rundschreiben und Stellungnahmen einer Kalenderwoche, nach Referaten geordnet, "
        "mit Kernsätzen und Ansprechpartnern."
    )
    left, right = st.columns([1, 1], vertical_alignment="bottom")
    text = left.text_input(
        "Kalenderwoche",
        value=last_complete_week().label,
        max_chars=20,
        key="abos.woche",
        help="z. B. KW 47, 47/2026 oder 2026-W47; vorgegeben ist die letzte vollständige Woche.",
    )
    only_mine = right.checkbox("nur meine Abos", key="abos.nur_meine", disabled=not has_key())
    try:
        week = str(parse_week(text))
    except FundusError as exc:
        st.warning(exc.detail)
        return
    st.page_link(
        "seiten/nachrichtendienst.py",
        label="Nachrichtendienst hier lesen",
        icon=":material/newspaper:",
    )
    api = client()
    st.download_button(
        "Als PDF herunterladen",
        data=lambda: api.digest(week, format="pdf", nur_abos=only_mine),  # fetched on click
        file_name=f"nachrichtendienst-{week}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        key="abos.pdf",
    )


def main() -> None:
    st.title("Meine Abos")
    st.caption(
        "Lassen Sie sich benachrichtigen, wenn Neues zu Ihren Themen erscheint – sofort oder "
        "einmal pro Woche. Suchen speichern Sie auf der Suchseite mit „Suche speichern“."
    )
    if message := st.session_state.pop("abos.meldung", None):
        st.success(message)
    if error := st.session_state.pop("abos.fehler", None):
        st.error(error, icon=":material/error:")
    tax = taxonomy_or_error()
    if tax is None:
        return
    if not has_key():
        st.info(NO_KEY_MESSAGE, icon=":material/key:")
    else:
        try:
            subscriptions = client().subscriptions()
        except ApiError as exc:
            show_error(exc)
            return
        if not subscriptions:
            st.info("Sie haben noch keine Abos.", icon=":material/notifications_none:")
        for sub in subscriptions:
            _subscription(sub, tax)
        _new_subscription(tax)
    _digest_download()


main()
