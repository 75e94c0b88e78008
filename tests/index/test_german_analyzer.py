from __future__ import annotations

import pytest

from index import german_analyzer, german_compound_lexicon
from index.german_analyzer import STOPWORDS, CompoundSplitter, GermanAnalyzer, fold


@pytest.fixture(scope="module")
def analyzer() -> GermanAnalyzer:
    return GermanAnalyzer()


def parts(analyzer: GermanAnalyzer, word: str) -> list[str]:
    return [t.text for t in analyzer.analyze(word) if t.kind == "part"]


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("für", "fuer"),
        ("Für", "fuer"),
        ("FÜR", "fuer"),
        ("Straße", "strasse"),
        ("Größe", "groesse"),
        ("Café", "cafe"),
        ("Société", "societe"),
    ],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(
    "variants",
    [
        ["Straße", "Strasse", "STRASSE", "straße"],
        ["Müller", "Mueller"],
        ["Gebühren", "Gebuehren", "Gebühr", "gebuehr", "GEBÜHREN"],
        ["Satzung", "SATZUNG", "Satzungen"],
        ["Café", "Cafe"],
    ],
)
def test_spelling_variants_give_the_same_tokens(
    analyzer: GermanAnalyzer, variants: list[str]
) -> None:
    first = analyzer.tokens(variants[0])
    assert first
    for variant in variants[1:]:
        assert analyzer.tokens(variant) == first, variant


def test_gebuehren_stem_is_pinned(analyzer: GermanAnalyzer) -> None:
    # The stem is part of the index format: a change here means reindexing.
    assert analyzer.tokens("Gebühren") == ["gebuhr"]


def test_nfkc_combining_marks_and_soft_hyphens(analyzer: GermanAnalyzer) -> None:
    precomposed = analyzer.tokens("Gebühren")
    assert analyzer.tokens("Gebu\u0308hren") == precomposed  # u + combining diaeresis
    assert analyzer.tokens("Ge\u00adbühren") == precomposed  # soft hyphen
    assert analyzer.tokens("Ｇｅｂühren") == precomposed  # full-width letters


def test_line_end_hyphenation_is_joined(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("Verwal-\ntung") == ["verwalt"] == analyzer.tokens("Verwaltung")
    assert analyzer.tokens("Ge-\n  bühren") == analyzer.tokens("Gebühren")


def test_line_end_truncation_before_conjunction_is_not_joined(analyzer: GermanAnalyzer) -> None:
    tokens = analyzer.tokens("Kinder-\nund Jugendhilfe")
    assert not any(t.startswith("kinderund") for t in tokens)
    assert "jugendhilf" in tokens


def test_line_end_hyphen_before_capital_keeps_the_hyphen(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("Bund-\nLänder") == analyzer.tokens("Bund-Länder")


def test_order_and_repeats_are_kept(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("Hund Katze Hund") == ["hund", "katz", "hund"]


def test_empty_and_punctuation_only(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("") == []
    assert analyzer.tokens(" .,;:!? – ") == []


# --- stopwords ----------------------------------------------------------------------------------


def test_stopwords_removed(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("der die das und für über nach dass daß") == []
    assert analyzer.tokens("Die Gebühren für die Nutzung") == ["gebuhr", "nutzung"]


def test_stopwords_apply_after_folding(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("fuer ueber waehrend wuerde") == []
    assert "fuer" in STOPWORDS and "für" not in STOPWORDS


def test_all_caps_stopwords_in_headings_are_removed(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("SATZUNG DER GEMEINDE") == analyzer.tokens("Satzung der Gemeinde")


def test_all_caps_words_in_headings_are_stemmed_like_words(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("GEBÜHREN WERDEN ERHOBEN") == analyzer.tokens("Gebühren werden erhoben")


def test_weg_is_a_noun_here(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("der Weg") == ["weg"]


# --- compounds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected_parts"),
    [
        ("Straßenausbaubeitragssatzung", ["strass", "ausbau", "beitrag", "satzung"]),
        ("Kindertagesstättengebühren", ["kind", "tag", "statt", "gebuhr"]),
        ("Hundesteuer", ["hund", "steu"]),
        ("Straßenreinigungsgebühren", ["strass", "reinig", "gebuhr"]),
        ("Friedhofsgebührenordnung", ["friedhof", "gebuhr", "ordnung"]),
        ("Rechnungsprüfungsamt", ["rechnung", "prufung", "amt"]),
        ("Flächennutzungsplan", ["flach", "nutzung", "plan"]),
        ("Kommunalabgabengesetz", ["kommunal", "abgab", "gesetz"]),
        ("Ortsbeirat", ["ort", "beirat"]),
        ("Standesamt", ["stand", "amt"]),
        ("Jahresabschluss", ["jahr", "abschluss"]),
        ("Landesstraßen", ["land", "strass"]),
    ],
)
def test_compound_is_split_into_stemmed_parts(
    analyzer: GermanAnalyzer, word: str, expected_parts: list[str]
) -> None:
    assert parts(analyzer, word) == expected_parts


@pytest.mark.parametrize(
    "word",
    ["Straßenausbaubeitragssatzung", "Kindertagesstättengebühren", "Rechnungsprüfungsamt"],
)
def test_default_splitter_segments_reassemble_the_word(word: str) -> None:
    segments = CompoundSplitter().segments(fold(word))
    assert len(segments) >= 2
    assert "".join(surface for surface, _ in segments) == fold(word)


def test_compound_keeps_its_whole_word_first(analyzer: GermanAnalyzer) -> None:
    tokens = analyzer.analyze("Hundesteuer")
    assert tokens[0].text == "hundesteu" and tokens[0].kind == "word"
    assert [t.kind for t in tokens[1:]] == ["part", "part"]


@pytest.mark.parametrize(
    "word",
    [
        # The brief's guards: common words whose pieces look like words.
        "Verwaltung",
        "Beamte",
        "Gemeinde",
        "Abschnitt",
        "Bestand",
        "Urkunde",
        "Erbschaft",
        "Anstalt",
        "Vorsitzender",
        # Derivations and false heads found while reviewing the corpus.
        "Unterhaltung",
        "Verordnung",
        "Versammlung",
        "Mitglied",
        "Satzung",
        "Verfahren",
        "Beschluss",
        "Bekanntmachung",
        "Vertrag",
        "Gründung",
        "Handlungen",
        "Erbringer",
        "erbringen",
        "zugewiesen",
        "elektronischen",
        "folgende",
        "Nachteile",
        "dauerhaft",
        "Gesellschaft",
        "Genehmigung",
    ],
)
def test_common_words_are_not_split(analyzer: GermanAnalyzer, word: str) -> None:
    tokens = analyzer.analyze(word)
    assert len(tokens) == 1 and tokens[0].kind == "word", tokens


def test_lexicon_endings_match_the_splitter() -> None:
    # PROTECTED and NOT_FINAL are expanded with the splitter's inflection endings.
    assert german_compound_lexicon._ENDINGS == german_analyzer._INFLECTIONS


def test_split_compounds_can_be_switched_off() -> None:
    assert GermanAnalyzer(split_compounds=False).tokens("Hundesteuer") == ["hundesteu"]


def test_hyphenated_compound_gives_joined_word_and_components(analyzer: GermanAnalyzer) -> None:
    tokens = analyzer.analyze("Kita-Gebühren")
    assert tokens[0].text == "kitagebuhr" and tokens[0].kind == "word"
    assert {"kita", "gebuhr"} <= {t.text for t in tokens[1:]}


def test_coordinated_truncation_is_completed(analyzer: GermanAnalyzer) -> None:
    tokens = analyzer.tokens("Straßen- und Wegebau")
    assert analyzer.tokens("Straßenbau") == tokens[:3]
    assert "wegebau" in tokens

    tokens = analyzer.tokens("Straßenbau und -unterhaltung")
    assert analyzer.tokens("Straßenunterhaltung")[0] in tokens


def test_coordinated_truncation_without_partner_keeps_fragment(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("Hunde- und Katzen") == ["hund", "katz"]


class TestCompoundSplitterRules:
    """The guards, on a tiny lexicon so each rule is visible."""

    @staticmethod
    def splitter(
        lexicon: set[str],
        protected: set[str] | None = None,
        not_final: set[str] | None = None,
        not_initial: set[str] | None = None,
    ) -> CompoundSplitter:
        return CompoundSplitter(
            lexicon=frozenset(lexicon),
            protected=frozenset(protected or ()),
            not_final=frozenset(not_final or ()),
            not_initial=frozenset(not_initial or ()),
        )

    def test_parts_must_be_known(self) -> None:
        s = self.splitter({"haus", "tuer"})
        assert s.split("haustuer") == ["haus", "tuer"]
        assert s.split("haustuerschloss") == []

    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            ("hundesteuer", ["hund", "steuer"]),  # -e-
            ("amtszeitung", ["amt", "zeitung"]),  # -s-
            ("tageszeitung", ["tag", "zeitung"]),  # -es-
            ("strassenrand", ["strasse", "rand"]),  # -n-
            ("kinderzeitung", ["kind", "zeitung"]),  # -er-
            ("schulhaus", ["schule", "haus"]),  # elided -e
            ("hundesteuern", ["hund", "steuer"]),  # inflected head
        ],
    )
    def test_linking_elements(self, word: str, expected: list[str]) -> None:
        s = self.splitter(
            {"hund", "steuer", "amt", "zeitung", "tag", "strasse", "rand", "kind", "schule", "haus"}
        )
        assert s.split(word) == expected

    def test_minimum_length_of_parts(self) -> None:
        # "ab" is too short to be a part even if listed; 3 letters only when listed.
        assert self.splitter({"ab", "schnitt"}).split("abschnitt") == []
        assert self.splitter({"schnitt"}).split("ausschnitt") == []
        assert self.splitter({"aus", "schnitt"}).split("ausschnitt") == ["aus", "schnitt"]

    def test_elided_e_needs_four_letters(self) -> None:
        assert self.splitter({"schule", "haus"}).split("schulhaus") == ["schule", "haus"]
        assert self.splitter({"erbe", "ringen"}).split("erbringen") == []

    def test_letter_soup_is_not_searched(self) -> None:
        s = self.splitter({"haus", "tuer"})
        assert s.split("haustuer" * 10) == []  # 80 letters, above max_word_length

    def test_short_words_are_not_split(self) -> None:
        assert self.splitter({"bau", "amt"}).split("bauamt") == []  # below min_word_length
        assert CompoundSplitter(
            lexicon=frozenset({"bau", "amt"}),
            protected=frozenset(),
            not_final=frozenset(),
            not_initial=frozenset(),
            min_word_length=6,
        ).split("bauamt") == ["bau", "amt"]

    def test_protected_words_stay_whole(self) -> None:
        lexicon = {"unter", "haltung", "verwal", "tung"}
        assert self.splitter(lexicon).split("unterhaltung") == ["unter", "haltung"]
        assert self.splitter(lexicon, protected={"unterhaltung"}).split("unterhaltung") == []

    def test_not_final_blocks_a_false_head(self) -> None:
        lexicon = {"dauer", "haft"}
        assert self.splitter(lexicon).split("dauerhaft") == ["dauer", "haft"]
        assert self.splitter(lexicon, not_final={"haft"}).split("dauerhaft") == []
        # ...but the word may still open a compound.
        assert self.splitter({"haft", "befehl"}, not_final={"haft"}).split("haftbefehl") == [
            "haft",
            "befehl",
        ]

    def test_not_initial_blocks_a_false_first_part(self) -> None:
        lexicon = {"zug", "wiese"}
        assert self.splitter(lexicon).split("zugewiesen") == ["zug", "wiese"]
        assert self.splitter(lexicon, not_initial={"zuge"}).split("zugewiesen") == []

    def test_fewest_parts_then_longest(self) -> None:
        s = self.splitter({"land", "landes", "strassen", "trassen", "strasse"})
        assert s.split("landesstrassen") == ["land", "strassen"]

    def test_parts_are_atomic(self) -> None:
        s = self.splitter({"hund", "steuer", "hundesteuer", "satzung"})
        assert s.split("hundesteuersatzung") == ["hund", "steuer", "satzung"]

    def test_segments_reassemble_the_word(self) -> None:
        s = self.splitter({"strasse", "reinigung", "gebuehr"})
        segments = s.segments("strassenreinigungsgebuehren")
        assert "".join(surface for surface, _ in segments) == "strassenreinigungsgebuehren"
        assert [form for _, form in segments] == ["strasse", "reinigung", "gebuehr"]


# --- legal references, abbreviations, numbers ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§ 5", ["§5"]),
        ("§5", ["§5"]),
        ("§ 15a", ["§15a"]),
        ("§§ 3 bis 5", ["§3", "§5", "§4"]),
        ("§§ 3, 7 und 9", ["§3", "§7", "§9"]),
        ("§§ 3 bis 99", ["§3", "§99"]),  # long ranges are not expanded
    ],
)
def test_paragraph_references(analyzer: GermanAnalyzer, text: str, expected: list[str]) -> None:
    assert analyzer.tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 28 GG", ["art28", "gg"]),
        ("Artikel 28 GG", ["art28", "gg"]),
        ("Art. 28 Abs. 2 GG", ["art28", "abs2", "gg"]),
        ("§ 5 Absatz 3 KAG", ["§5", "abs3", "kag"]),
        ("§ 2 Abs. 1 Nr. 3", ["§2", "abs1", "nr3"]),
    ],
)
def test_article_and_paragraph_subdivisions(
    analyzer: GermanAnalyzer, text: str, expected: list[str]
) -> None:
    assert analyzer.tokens(text) == expected


def test_art_without_number_is_the_noun(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("Art und Weise") == ["art", "weis"]


def test_sgb_books_are_distinct(analyzer: GermanAnalyzer) -> None:
    ii = analyzer.tokens("SGB II")
    viii = analyzer.tokens("SGB VIII")
    assert ii == ["sgb_ii", "sgb"]
    assert viii == ["sgb_viii", "sgb"]
    assert analyzer.tokens("sgb ii") == ii
    assert analyzer.tokens("SGB 2") == ii
    assert analyzer.tokens("§ 22 SGB XII") == ["§22", "sgb_xii", "sgb"]


@pytest.mark.parametrize(
    "abbr", ["KAG", "GG", "SGB", "BauGB", "GemO", "KiTaG", "BGB", "DSGVO", "OZG"]
)
def test_statute_abbreviations_are_kept_unstemmed_in_any_case(
    analyzer: GermanAnalyzer, abbr: str
) -> None:
    expected = [abbr.lower()]
    assert analyzer.tokens(abbr) == expected
    assert analyzer.tokens(abbr.lower()) == expected
    assert analyzer.analyze(abbr)[0].kind == "ref"


def test_unknown_abbreviation_recognised_by_shape(analyzer: GermanAnalyzer) -> None:
    assert analyzer.tokens("NKomVG") == ["nkomvg"]
    assert analyzer.tokens("HessVGG") == ["hessvgg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rundschreiben 41/2025", ["rundschreib", "41/2025", "41", "2025"]),
        ("Nr. 41/2025", ["41/2025", "41", "2025"]),
        ("Nr. 41 / 2025", ["41/2025", "41", "2025"]),
        ("im Jahr 2024", ["jahr", "2024"]),
        ("vom 12.12.2024", ["12.12.2024", "2024"]),
    ],
)
def test_circular_numbers_and_years(
    analyzer: GermanAnalyzer, text: str, expected: list[str]
) -> None:
    assert analyzer.tokens(text) == expected


# --- symmetry and caching -----------------------------------------------------------------------


def test_query_and_document_share_compound_parts(analyzer: GermanAnalyzer) -> None:
    query = set(analyzer.tokens("Gebuehren fuer Strassenreinigung"))
    document = set(analyzer.tokens("Die Straßenreinigungsgebühren werden jährlich erhoben."))
    assert {"gebuhr", "strass", "reinig"} <= query & document


def test_instances_agree_and_cache_does_not_change_results() -> None:
    text = "Die Straßenausbaubeitragssatzung nach § 11 KAG, Nr. 41/2025, SGB VIII."
    a, b = GermanAnalyzer(), GermanAnalyzer(cache_size=1)
    assert a.tokens(text) == a.tokens(text) == b.tokens(text) == b.tokens(text)
