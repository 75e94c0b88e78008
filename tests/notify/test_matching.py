"""Subscriptions end to end: ingest -> match at the subscriber's access level -> real SMTP."""

from __future__ import annotations

from sqlalchemy import func, select

from core.keys import revoke_key
from core.models import SearchFilters, SearchQuery
from core.tables import SubscriptionMatchRow
from core.taxonomy import load_taxonomy
from notify.delivery import send_pending
from notify.models import SubscriptionCreate
from notify.store import create_subscription, delete_subscription
from search.retrieval import FusionParams, Searcher
from tests.notify.conftest import TAXONOMY, World, body_html, body_text

GRUNDSTEUER = "Die Grundsteuer wird ab 2027 nach neuen Hebesätzen erhoben. Die Städte müssen ihre Hebesatzsatzungen bis zum Jahresende anpassen und die Bescheide neu versenden."


def subscribe(world: World, who: str, **fields: object) -> int:
    data = SubscriptionCreate.model_validate(
        {"name": "Abo", "email": f"{who.split()[-1].lower()}@example.org", **fields}
    )
    sub = create_subscription(
        world.resources.db, world.principals[who], data, load_taxonomy(TAXONOMY)
    )
    return sub.id


def match_count(world: World) -> int:
    with world.resources.db() as session:
        return int(session.scalar(select(func.count()).select_from(SubscriptionMatchRow)) or 0)


def test_topic_subscription_gets_matching_documents_of_its_level_once(world: World) -> None:
    subscribe(world, "Stadt Musterstadt", name="Grundsteuer", filters={"topics": ["grundsteuer"]})
    world.write("rs-mitglieder", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"],
                number="Rundschreiben Nr. 301/2026")  # fmt: skip
    world.write("rs-oeffentlich", "Grundsteuer: Informationen für Bürger", GRUNDSTEUER,
                topics=["grundsteuer", "kommunalfinanzen"], access="public")  # fmt: skip
    world.write("vermerk-intern", "Grundsteuer: interner Vermerk Wiedehopf", GRUNDSTEUER,
                topics=["grundsteuer"], access="staff")  # fmt: skip
    world.write("rs-hunde", "Hundesteuer: neue Rassenliste", "Die Liste gefährlicher Hunde wird "
                "um zwei Rassen erweitert und gilt ab dem Jahr 2027 in allen Städten.",
                topics=["oertliche-steuern"])  # fmt: skip
    world.ingest()

    messages = world.inbox.wait(1)
    assert len(messages) == 1
    mail = messages[0]
    assert mail["To"] == "musterstadt@example.org"
    assert mail["Subject"] == "Neu im Fundus: 2 Dokumente zu Ihren Abos"
    text, html = body_text(mail), body_html(mail)
    assert "Grundsteuer: neue Hebesätze" in text and "Informationen für Bürger" in text
    assert "Wiedehopf" not in text + html  # staff document: never to a member
    assert "Hundesteuer" not in text  # other topic
    link = f"https://fundus.example/ui/dokument?id={world.document_id('rs-mitglieder')}"
    assert link in text and link in html
    assert "Abo: Grundsteuer" in html
    assert any("Hebesatzsatzungen" in line for line in text.splitlines())  # a key sentence

    # Re-ingesting unchanged files does nothing; a changed file with the same text (only the
    # metadata moved) is a new fingerprint but the same version: still nothing is resent.
    world.ingest()
    path = world.folder / "rs-mitglieder.md"
    path.write_text(path.read_text().replace("date: 2026-11-18", "date: 2026-11-19"))
    assert world.ingest().documents_written == 1
    send_pending(world.resources, "sofort")
    assert len(world.inbox.wait(2, timeout=1.5)) == 1
    assert match_count(world) == 2

    # A new version of the text is news again, marked as updated.
    path.write_text(path.read_text() + "\nErgänzung: Die Frist wird bis Ende Februar verlängert.\n")
    world.ingest()
    second = world.inbox.wait(2)
    assert len(second) == 2
    assert "(aktualisiert)" in body_text(second[1])
    assert "Informationen für Bürger" not in body_text(second[1])


def test_staff_subscriber_sees_staff_documents(world: World) -> None:
    subscribe(
        world, "Geschäftsstelle", name="Grundsteuer intern", filters={"topics": ["grundsteuer"]}
    )
    world.write("vermerk-intern", "Grundsteuer: interner Vermerk Wiedehopf", GRUNDSTEUER,
                topics=["grundsteuer"], access="staff")  # fmt: skip
    world.ingest()
    messages = world.inbox.wait(1)
    assert len(messages) == 1 and "Wiedehopf" in body_text(messages[0])


def test_saved_search_notifies_only_on_documents_that_rank(world: World) -> None:
    query = "Hitzeschutz in Kindertagesstätten"
    subscribe(world, "Stadt Musterstadt", name="Hitze in Kitas", query=query)
    world.write(
        "hr-hitze-kita",
        "Hitzeschutz in Kindertagesstätten",
        "Bei Hitze brauchen Kinder in Kindertagesstätten besonderen Schutz. Gruppenräume sind "
        "zu verschatten, Trinkpausen einzuplanen und Aktivitäten im Freien in die kühlen "
        "Morgenstunden zu legen. Der Hitzeschutzplan der Kita regelt die Zuständigkeiten.",
        topics=["kindertagesbetreuung", "klimaanpassung"],
        doc_type="Handreichung",
    )
    word_only = (
        "Die Gebühren für die Abwasserbeseitigung werden nach dem Frischwassermaßstab "
        "berechnet. Für Niederschlagswasser gilt eine gesplittete Gebühr nach versiegelter "
        "Fläche, auch für Schulen und Kindertagesstätten. Die Kalkulation ist jährlich zu prüfen."
    )
    world.write("rs-abwasser", "Abwassergebühren 2027", word_only, topics=["wasser-abwasser"])
    world.ingest()

    messages = world.inbox.wait(1)
    assert len(messages) == 1
    text = body_text(messages[0])
    assert "Hitzeschutz in Kindertagesstätten" in text
    assert "Abwassergebühren" not in text

    # The excluded document does share the query's words (the keyword channel finds it, below
    # the relevance threshold) but is not in the saved search's results with the subscriber's
    # access: subscriptions use the same search and the same threshold.
    res = world.resources
    searcher = Searcher(res.store, res.encoder, res.sparse_encoder, res.settings.fusion)
    members = {"public", "members"}
    everything = Searcher(
        res.store, res.encoder, res.sparse_encoder, FusionParams(min_score=0.0, answer_score=0.0)
    ).search(SearchQuery(query=query, mode="sparse", limit=50), access=members)
    assert world.document_id("rs-abwasser") in {h.document_id for h in everything.hits}
    top = searcher.search(SearchQuery(query=query, limit=res.settings.notify_top_k), access=members)
    assert world.document_id("rs-abwasser") not in {h.document_id for h in top.hits}


def test_saved_search_filters_and_aktenplan_and_type(world: World) -> None:
    subscribe(
        world,
        "Stadt Musterstadt",
        name="Nur Stellungnahmen",
        filters={"doc_type": ["Stellungnahme"]},
    )
    subscribe(world, "Stadt Lindenau", name="Steuern", filters={"aktenplan": "20"})
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    path = world.write("st-1", "Stellungnahme zur Grundsteuerreform", GRUNDSTEUER,
                       topics=["grundsteuer"], doc_type="Stellungnahme")  # fmt: skip
    path.write_text(
        path.read_text().replace("access: members", "access: members\naktenplan: '20.30'")
    )
    world.ingest()
    messages = {m["To"]: body_text(m) for m in world.inbox.wait(2)}
    assert set(messages) == {"musterstadt@example.org", "lindenau@example.org"}
    assert "Stellungnahme zur Grundsteuerreform" in messages["musterstadt@example.org"]
    assert "neue Hebesätze" not in messages["musterstadt@example.org"]
    assert "Stellungnahme zur Grundsteuerreform" in messages["lindenau@example.org"]  # 20.30 in 20
    assert "neue Hebesätze" not in messages["lindenau@example.org"]  # no Aktenplan


def test_unsubscribing_stops_mail(world: World) -> None:
    who = world.principals["Stadt Musterstadt"]
    sub_id = subscribe(world, "Stadt Musterstadt", name="Grundsteuer", filters={"topics": ["grundsteuer"]},
                       mode="woechentlich")  # fmt: skip
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    world.ingest()
    assert match_count(world) == 1 and world.inbox.wait(1, timeout=1) == []  # weekly: waits

    delete_subscription(world.resources.db, who.owner or "", sub_id)
    assert match_count(world) == 0  # what waited for the weekly mail goes too
    world.write("rs-2", "Grundsteuer: Fristen", GRUNDSTEUER + " Fristen.", topics=["grundsteuer"])
    world.ingest()
    report = send_pending(world.resources, "woechentlich")
    assert report.mails == 0 and world.inbox.wait(1, timeout=1) == []


def test_weekly_mail_collects_and_sends_once(world: World) -> None:
    subscribe(world, "Stadt Musterstadt", name="Grundsteuer", filters={"topics": ["grundsteuer"]},
              mode="woechentlich")  # fmt: skip
    subscribe(world, "Stadt Musterstadt", name="Gebühren", filters={"topics": ["kommunalabgaben"]},
              mode="woechentlich")  # fmt: skip
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"],
                number="Rundschreiben Nr. 301/2026")  # fmt: skip
    world.write("rs-2", "Gebühren und Grundsteuer", GRUNDSTEUER + " Auch Gebühren.",
                topics=["kommunalabgaben", "grundsteuer"])  # fmt: skip
    world.ingest()
    assert world.inbox.wait(1, timeout=1) == []

    report = send_pending(world.resources, "woechentlich")
    assert report.mails == 1 and report.documents == 2
    mail = world.inbox.wait(1)[0]
    assert mail["Subject"].startswith("Nachrichtendienst – Ihre Abos, KW ")
    html = body_html(mail)
    assert "Referat 2 – Finanzen" in html and "Dr. Miriam Albers" in html  # Ansprechpartner
    assert "Abo: Grundsteuer, Gebühren" in html  # one entry, both subscriptions named
    assert send_pending(world.resources, "woechentlich").mails == 0
    assert len(world.inbox.wait(2, timeout=1)) == 1


def test_revoked_key_gets_nothing(world: World) -> None:
    subscribe(world, "Stadt Musterstadt", name="Grundsteuer", filters={"topics": ["grundsteuer"]})
    revoke_key(world.resources.db, "Stadt Musterstadt")
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    world.ingest()
    assert match_count(world) == 0 and world.inbox.wait(1, timeout=1) == []


def test_mail_server_down_keeps_matches_pending(world: World) -> None:
    subscribe(world, "Stadt Musterstadt", name="Grundsteuer", filters={"topics": ["grundsteuer"]})
    settings = world.resources.settings
    good_port = settings.smtp_port
    settings.smtp_port = 1  # nothing listens there: the ingestion must still succeed
    try:
        world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
        assert world.ingest().documents_written == 1
    finally:
        settings.smtp_port = good_port
    assert world.inbox.wait(1, timeout=1) == []
    assert send_pending(world.resources, "sofort").mails == 1
    assert "neue Hebesätze" in body_text(world.inbox.wait(1)[0])


def test_filters_match_like_the_index(world: World) -> None:
    from core.models import Document
    from notify.matching import passes_filters

    doc = Document(id="x", source="s", source_key="k", content_hash="h", title="t",
                   doc_type="Rundschreiben", topics=["grundsteuer"], aktenplan="20.30.1",
                   date="2026-11-18", referat="Referat 2 – Finanzen")  # fmt: skip
    assert passes_filters(doc, SearchFilters(aktenplan="20.30"))
    assert not passes_filters(doc, SearchFilters(aktenplan="20.3"))
    assert passes_filters(doc, SearchFilters(topics=["x", "grundsteuer"], year_from=2026))
    assert not passes_filters(doc, SearchFilters(year_to=2025))
    assert not passes_filters(doc, SearchFilters(doc_type=["Stellungnahme"]))
    assert not passes_filters(doc, SearchFilters(status=["aufgehoben"]))
    cited = doc.model_copy(update={"citations": ["§ 5 Abs. 2 KAG"]})
    assert passes_filters(cited, SearchFilters(citations=["§  5 KAG"]))
    assert not passes_filters(cited, SearchFilters(citations=["§ 6 KAG"]))
