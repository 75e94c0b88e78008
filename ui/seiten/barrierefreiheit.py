"""Erklärung zur Barrierefreiheit (BITV 2.0 § 12b, EU model statement 2018/1523): how far the
UI meets WCAG 2.1 AA / EN 301 549, what is known not to, how it was checked, and whom to tell
about a barrier. Association and contact come from the settings (FUNDUS_ASSOCIATION_NAME,
FUNDUS_FEEDBACK_EMAIL, FUNDUS_FEEDBACK_PHONE)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from ui.accessibility import association_name, feedback_contact
from ui.components import long_german_date, md_escape

# The day the statement was last checked against the UI: the accessibility gate
# (tests/ui/test_accessibility.py, axe-core 4.14.1) and a keyboard walk of the main tasks.
REVIEWED = dt.date(2026, 12, 7)


def main() -> None:
    st.title("Erklärung zur Barrierefreiheit")
    name = md_escape(association_name())
    st.markdown(
        f"Anbieter: {name}{'' if name.endswith('.') else '.'}\n\n"
        "Wir sind bemüht, die Wissensdatenbank Fundus im Einklang mit der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Landesregelungen "
        "barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Weboberfläche von "
        "Fundus (Suche, Dokumente, Themen, Vergleich, Termine, Abos, Nachrichtendienst, "
        "Erfassung und Anmeldung)."
    )
    st.header("Stand der Vereinbarkeit")
    st.markdown(
        "Die Weboberfläche ist mit den Anforderungen der WCAG 2.1 auf Stufe AA "
        "(EN 301 549) **teilweise vereinbar**. Die Seiten selbst erfüllen die geprüften "
        "Anforderungen; nicht barrierefrei sind die unten genannten Inhalte."
    )
    st.header("Nicht barrierefreie Inhalte")
    st.markdown(
        "- **Originaldateien** (PDF, DOCX und andere), die der Verband oder seine Mitglieder "
        "bereitstellen, sind nicht in jedem Fall barrierefrei (z. B. PDF ohne Tags). Der Text "
        "jedes Dokuments steht auf der Dokumentseite als barrierefreier Volltext bereit.\n"
        "- **Der Nachrichtendienst als PDF** ist kein getaggtes PDF. Derselbe Inhalt steht auf "
        "der Seite „Nachrichtendienst“ als HTML bereit.\n"
        "- Die Bedienelemente stammen aus dem Streamlit-Framework; deutsche Beschriftungen, "
        "Sprache, Fokusrahmen und Tabulatorreihenfolge ergänzt Fundus selbst. Werden bei einer "
        "Vorlesesoftware dennoch englische Bezeichnungen angesagt, melden Sie uns das bitte."
    )
    st.header("Erstellung dieser Erklärung")
    st.markdown(
        f"Diese Erklärung wurde am {long_german_date(REVIEWED)} erstellt. Grundlage ist eine "
        "Selbstbewertung: eine automatische Prüfung aller Seiten und Zustände mit axe-core "
        "(WCAG 2.0/2.1 A und AA) in einem echten Browser, Prüfungen von Sprache, "
        "Beschriftungen, sichtbarem Fokus und Darstellung bei 320 Pixel Breite sowie die "
        "Bedienung der Hauptaufgaben allein mit der Tastatur. Die automatische Prüfung läuft "
        "bei jeder Änderung der Software erneut."
    )
    st.header("Barrieren melden: Kontakt")
    email, phone = feedback_contact()
    if email or phone:
        lines = []
        if email:
            lines.append(f"- E-Mail: [{md_escape(email)}](mailto:{email})")
        if phone:
            lines.append(f"- Telefon: {md_escape(phone)}")
        st.markdown(
            "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen oder brauchen Sie einen "
            f"Inhalt in anderer Form? Schreiben Sie uns:\n\n{chr(10).join(lines)}"
        )
    else:
        st.markdown(
            "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Wenden Sie sich bitte an "
            f"die Geschäftsstelle ({name}). Eine eigene Kontaktadresse für Rückmeldungen ist "
            "noch nicht eingerichtet."
        )
    st.header("Durchsetzungsverfahren")
    st.markdown(
        "Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende "
        "Antwort erhalten, können Sie sich an die Durchsetzungs- beziehungsweise Ombudsstelle "
        "für barrierefreie Informationstechnik Ihres Landes wenden. Das Verfahren ist "
        "kostenlos; Sie brauchen keinen Rechtsbeistand."
    )


main()
