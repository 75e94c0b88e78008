"""Small German statutes for the comparison tests, built from clauses so each test can vary
one thing (a split clause, a missing clause, renumbering) and keep the rest."""

from __future__ import annotations

CLAUSES: dict[str, tuple[str, str]] = {
    "gegenstand": (
        "Steuergegenstand",
        "(1) Die Gemeinde erhebt die Hundesteuer nach dieser Satzung. (2) Der Steuer unterliegt "
        "das Halten von Hunden durch natürliche Personen im Gemeindegebiet.",
    ),
    "schuldner": (
        "Steuerschuldner und Haftung",
        "(1) Steuerschuldner ist der Halter eines Hundes. (2) Halter ist, wer einen Hund in "
        "seinem Haushalt aufgenommen hat. (3) Mehrere Halter sind Gesamtschuldner.",
    ),
    "beginn": (
        "Beginn und Ende der Steuerpflicht",
        "(1) Die Steuerpflicht beginnt am ersten Tag des auf den Beginn des Haltens folgenden "
        "Kalendermonats, frühestens wenn der Hund drei Monate alt wird. (2) Die Steuerpflicht "
        "endet mit Ablauf des Kalendermonats, in dem die Hundehaltung beendet wird.",
    ),
    "satz": (
        "Steuersatz",
        "(1) Die Steuer beträgt im Kalenderjahr für den ersten Hund 96 Euro und für jeden "
        "weiteren Hund 192 Euro. (2) Für einen Kampfhund beträgt die Steuer 600 Euro.",
    ),
    "befreiung": (
        "Steuerbefreiungen",
        "Steuerbefreiung ist auf Antrag zu gewähren für Hunde, die ausschließlich dem Schutz "
        "und der Hilfe blinder, tauber oder sonst hilfloser Personen dienen, sowie für "
        "Diensthunde und Rettungshunde nach bestandener Prüfung.",
    ),
    "zwinger": (
        "Zwingersteuer",
        "Von Hundezüchtern, die mindestens zwei rassereine Hunde der gleichen Rasse zu "
        "Zuchtzwecken halten, wird die Steuer für Hunde dieser Rasse in Form einer "
        "Zwingersteuer erhoben; sie beträgt das Dreifache des Steuersatzes.",
    ),
    "anzeige": (
        "Anzeigepflicht",
        "(1) Wer einen über drei Monate alten Hund hält, hat dies binnen zwei Wochen nach dem "
        "Beginn der Haltung der Gemeinde schriftlich anzuzeigen. (2) Endet die Haltung, ist "
        "dies ebenfalls binnen zwei Wochen anzuzeigen.",
    ),
    "marken": (
        "Hundesteuermarken",
        "Für jeden Hund, dessen Haltung angezeigt wurde, wird eine Hundesteuermarke "
        "ausgegeben. Der Hundehalter hat die von ihm gehaltenen Hunde außerhalb seiner Wohnung "
        "mit einer gültigen und sichtbar befestigten Steuermarke zu versehen.",
    ),
    "inkraft": ("Inkrafttreten", "Diese Satzung tritt am 1. Januar 2027 in Kraft."),
}


def statute(
    keys: list[str],
    *,
    title: str = "Hundesteuersatzung der Gemeinde Musterdorf",
    start: int = 1,
    overrides: dict[str, str] | None = None,
) -> str:
    """A Markdown statute with the given clauses in order, numbered from `start`."""
    overrides = overrides or {}
    parts = [
        f"# {title}",
        "",
        "Aufgrund von § 4 GemO hat der Gemeinderat folgende Satzung beschlossen:",
        "",
    ]
    for n, key in enumerate(keys, start=start):
        heading, body = CLAUSES[key]
        parts += [f"### § {n} {heading}", "", overrides.get(key, body), ""]
    return "\n".join(parts)
