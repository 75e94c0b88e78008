"""German text analysis for the keyword (sparse) channel of hybrid search.

One function, `GermanAnalyzer.tokens()`, serves documents and queries alike: any asymmetry
between the two sides silently loses matches, so there is deliberately no query mode.

Pipeline, and why each step is where it is:

1. NFKC, soft hyphens dropped, words hyphenated at line ends joined. OCR and PDF text is full of
   "Verwal-\\ntung"; joining must happen before tokenising or the halves become two tokens.
2. Legal references (§ 5, §§ 3 bis 5, Art. 28, Abs. 2, Nr. 3), circular numbers (41/2025) and
   statute abbreviations (KAG, SGB II, BauGB) are recognised on the raw text, before lowercasing,
   because their shape (case, "§", the dot of "Abs.") is what identifies them. They are emitted
   unstemmed and are never stopwords: "GG" must not become a stem of anything.
3. Words are lowercased and folded (ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped). Folding
   comes first so that stopwords, the compound lexicon and the stemmer all see one spelling:
   users type "fuer", "Strasse" and "Gebuehren" as often as the umlaut forms.
4. Compounds are split against a lexicon of German nouns (`index.german_compound_lexicon`),
   emitting the whole word *and* its parts, so "Straßenreinigungsgebühren" in a statute meets
   "Gebühren für Straßenreinigung" in a query.
5. Whole words and parts are stemmed with Snowball German (PyStemmer). The stemmer receives the
   folded form; PyStemmer ≥ 3 (Snowball 3) reads "ae/oe/ue" like the umlauts, and either way it
   always sees the same spelling for both sides, which is what matters.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from typing import Literal, NamedTuple

import Stemmer

TokenKind = Literal["word", "part", "ref"]


class Token(NamedTuple):
    """A token and how it arose; the sparse encoder weights compound parts lower."""

    text: str
    kind: TokenKind


# Snowball's German stopword list (snowballstem.org/algorithms/german/stop.txt), minus "weg",
# which in statutes is almost always the noun (Feldweg, Wege) rather than the adverb.
# Stored unfolded for readability; folded at import.
_SNOWBALL_GERMAN_STOPWORDS = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
anderm andern anderr anders auch auf aus bei bin bis bist da damit dann der den des dem die das
daß derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine
deinem deinen deiner deines denn derer dessen dich dir du dies diese diesem diesen dieser dieses
doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges
einmal er ihn ihm es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat
hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins
ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen
keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem
meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches
soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel vom von
vor während war waren warst was weil weiter welche welchem welchen welcher welches wenn werde
werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
dass
"""

# Statute and code abbreviations recognised in any case ("kag" typed in a query is still the
# Kommunalabgabengesetz). Unknown ones are caught by shape (see `_looks_like_abbreviation`).
_STATUTES = """
aeuv agg ao arbzg asylblg asylg aufenthg bauo baugb baunvo bayo baygo bbg bdsg beamtstg beeg
betrvg bgb bgbl bimschg bimschv bkrg bnatschg bpersvg brao bsozg bv bverfgg dsgvo eeg egovg
emrk enwg estg euv fag fwg gastg gemhvo gemo gemkvo geg gewo gg gkg gmbhg go gvbl gvg gwb hbo
hdsig hgb hgo hkag hko hoai hsog ifg jarbschg kag kibiz kifoeg kitag kommhvo komhvo krwg kwg
kwkg kwo lbg lbo ldsg lkro lv muschg nkomvg owig ozg persvg polg rog rvg sgb sog stgb stpo
stvg stvo tvoed tzbfg uig ustg uvgo vgv vob vwgo vwvfg whg wogg zpo
"""
STATUTE_ABBREVIATIONS: frozenset[str] = frozenset(_STATUTES.split())

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")

# Conjunctions that may follow a truncated word ("Straßen- und Wegebau").
_COORDINATORS = frozenset({"und", "oder", "bzw", "sowie", "bis", "als", "auch", "wie"})

_FOLD_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def hyphen_pieces(text: str) -> str:
    """The text with "Kita-Gebühren" as "Kita Gebühren": in a query each piece is a word the
    user typed (the analyzer itself keeps the joined word and indexes the pieces as parts).
    A truncation ("Straßen- und Wegebau") is left alone."""
    return _INNER_HYPHEN.sub(" ", text)


def fold(word: str) -> str:
    """Lowercase, umlauts to their two-letter spelling, other accents dropped."""
    word = word.lower().translate(_FOLD_TABLE)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOPWORDS: frozenset[str] = frozenset(fold(w) for w in _SNOWBALL_GERMAN_STOPWORDS.split())

# Linking elements (Fugenelemente) after a non-final part, longest first so that
# "Kindertages" prefers "tag"+"es" over a made-up "tage"+"s".
_LINKERS = ("ens", "es", "en", "er", "s", "n", "e", "")
# Inflection endings allowed on the final part (plural, genitive, dative).
_INFLECTIONS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen", "se", "sen")


class CompoundSplitter:
    """Dictionary-based splitter for German compounds.

    A split is accepted only if every part is a lexicon noun (≥ 4 letters, or one of a handful of
    3-letter nouns such as amt, bau, tag), joined by a linking element, with the last part
    optionally inflected. Among valid splits the one with the fewest parts wins, ties going to the
    longer parts; each part is then split again so that parts come out atomic. Words listed in
    `protected` are never split: they are lexicalised derivations whose pieces happen to be
    nouns (Unterhaltung is not "Unter" + "Haltung").

    Statistical splitters (CharSplit) were tried first and rejected: see the module docstring of
    `index.german_compound_lexicon`.
    """

    def __init__(
        self,
        lexicon: frozenset[str] | None = None,
        protected: frozenset[str] | None = None,
        not_final: frozenset[str] | None = None,
        not_initial: frozenset[str] | None = None,
        min_word_length: int = 7,
        max_word_length: int = 60,
        cache_size: int = 200_000,
    ) -> None:
        if lexicon is None or protected is None or not_final is None or not_initial is None:
            from index import german_compound_lexicon as default

            lexicon = default.LEXICON if lexicon is None else lexicon
            protected = default.PROTECTED if protected is None else protected
            not_final = default.NOT_FINAL if not_final is None else not_final
            not_initial = default.NOT_INITIAL if not_initial is None else not_initial
        self.lexicon = lexicon
        self.protected = protected
        self.not_final = not_final
        self.not_initial = not_initial
        self.min_word_length = min_word_length
        self.max_word_length = max_word_length
        self.cache_size = cache_size
        self._cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def segments(self, word: str) -> tuple[tuple[str, str], ...]:
        """(surface, lexicon form) per atomic part of a folded word; () if it does not split.

        The surfaces concatenate to `word` (linking elements stay on the left part), which lets
        the caller complete truncations such as "Straßen- und Wegebau".
        """
        cached = self._cache.get(word)
        if cached is None:
            cached = self._split(word, depth=0)
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def split(self, word: str) -> list[str]:
        """Lexicon forms of the atomic parts of a folded word; [] if it does not split."""
        return [form for _, form in self.segments(word)]

    def _split(self, word: str, depth: int) -> tuple[tuple[str, str], ...]:
        if (
            not self.min_word_length <= len(word) <= self.max_word_length
            or word in self.protected
            or not word.isalpha()
        ):
            # The length cap bounds the quadratic search on OCR letter soup.
            return ()
        best = self._best(word)
        if best is None:
            return ()
        out: list[tuple[str, str]] = []
        for surface, form in best:
            # An elided form ("schule" for "schul") is longer than its surface: keep it whole.
            recurse = depth < 3 and surface.startswith(form)
            sub = self._split(form, depth + 1) if recurse else ()
            if sub:
                # Keep the linking element of this segment on the last sub-part.
                *head, (last_surface, last_form) = sub
                out.extend(head)
                out.append((last_surface + surface[len(form) :], last_form))
            else:
                out.append((surface, form))
        return tuple(out)

    def _best(self, word: str) -> list[tuple[str, str]] | None:
        """Fewest-part segmentation into lexicon words (at least two), or None."""
        n = len(word)
        lexicon = self.lexicon
        # best[i]: (parts, -sum of squared form lengths, segments) for word[i:].
        best: list[tuple[int, int, list[tuple[str, str]]] | None] = [None] * (n + 1)
        for i in range(n - 3, -1, -1):
            candidate: tuple[int, int, list[tuple[str, str]]] | None = None
            # Final segment: word[i:] is a lexicon word, possibly inflected. Not for i == 0.
            if i > 0:
                form = _match_final(word[i:], lexicon, self.not_final)
                if form is not None:
                    candidate = (1, -(len(form) ** 2), [(word[i:], form)])
            for j in range(i + 3, n - 2):
                rest = best[j]
                if rest is None:
                    continue
                form = _match_nonfinal(word[i:j], lexicon)
                if form is None:
                    continue
                score = (rest[0] + 1, rest[1] - len(form) ** 2)
                if candidate is None or score < candidate[:2]:
                    candidate = (score[0], score[1], [(word[i:j], form), *rest[2]])
            best[i] = candidate
        top = best[0]
        if top is None or top[2][0][0] in self.not_initial:
            return None
        return top[2]


def _match_final(segment: str, lexicon: frozenset[str], not_final: frozenset[str]) -> str | None:
    for ending in _INFLECTIONS:
        if ending and not segment.endswith(ending):
            continue
        stem = segment[: len(segment) - len(ending)]
        if len(stem) >= 3 and stem in lexicon and stem not in not_final:
            return stem
    return None


def _match_nonfinal(segment: str, lexicon: frozenset[str]) -> str | None:
    for linker in _LINKERS:
        if linker and not segment.endswith(linker):
            continue
        stem = segment[: len(segment) - len(linker)]
        if linker.endswith("s") and stem.endswith("s"):
            # No s-linker after an s: "Landesstraßen" is Landes|straßen, not Landess|trassen.
            continue
        if len(stem) >= 3 and stem in lexicon:
            return stem
    # Elided final -e: "Schul|gebäude" from "Schule", "Kirch|turm" from "Kirche". Not for
    # three-letter stubs, which would turn "erbringen" into "Erbe" + "Ringen".
    if len(segment) >= 4 and segment + "e" in lexicon:
        return segment + "e"
    return None


# --- tokenising -------------------------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_NUM = r"\d+[a-z]?"
_TOKEN_RE = re.compile(
    rf"""
    (?P<para>§§?)\s*(?P<para_nums>{_NUM}(?:\s*(?:,|und|bis|oder|sowie|-|–|u\.)\s*{_NUM}(?!\s*/))*)
  | \b(?P<art>Art\.|Artikel|Artt\.)\s*(?P<art_num>{_NUM})\b
  | \b(?P<abs>Abs\.|Absatz|Absätze|Absatzes)\s*(?P<abs_num>{_NUM})\b
  | \b(?P<nr>Nr\.|Nrn\.|Nummer|No\.)\s*(?P<nr_num>\d+(?:\s*/\s*\d+)?[a-z]?)\b
  | \b(?P<sgb>SGB|sgb|Sgb)\s*(?P<sgb_book>XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I
        |xiv|xiii|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i|1[0-4]|[1-9])\b(?!\s*/)
  | (?P<num>\d+(?:[./,]\d+)*)
  | (?P<word>(?:(?<![\w-])-)?{_LETTER}+(?:-{_LETTER}+)*(?:-(?!\w))?)
    """,
    re.VERBOSE,
)

_PARA_NUM_RE = re.compile(_NUM)
_PARA_RANGE_RE = re.compile(rf"({_NUM})\s*(?:bis|-|–)\s*({_NUM})")
_LINE_HYPHEN_RE = re.compile(rf"({_LETTER})[-\u2010\u2011][ \t]*\r?\n[ \t]*({_LETTER}+)")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{4})")


def _join_line_hyphens(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        tail = m.group(2)
        if tail[0].isupper():
            # "Bund-\nLänder": a real hyphen that happens to end the line.
            return f"{m.group(1)}-{tail}"
        if tail in _COORDINATORS:
            # "Kinder-\nund Jugendhilfe": a truncation, keep the hyphen.
            return f"{m.group(1)}- {tail}"
        return m.group(1) + tail

    return _LINE_HYPHEN_RE.sub(repl, text)


def _looks_like_abbreviation(word: str) -> bool:
    """BauGB, KiTaG, DSGVO: two or more capitals, either all caps and short, or a capital
    after a small letter. Longer all-caps words are headings ("SATZUNG") and stay words."""
    uppers = sum(1 for c in word if c.isupper())
    if uppers < 2:
        return False
    if word.isupper():
        return len(word) <= 5
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


class GermanAnalyzer:
    """Tokens for the German keyword index; identical treatment of documents and queries.

    Cheap to construct (the lexicon is a module constant). Per instance it caches the analysis
    of each distinct surface word, which is what makes it fast: running text repeats words
    heavily. Instances are safe to share between threads (one stemmer per thread).
    """

    def __init__(
        self,
        split_compounds: bool = True,
        cache_size: int = 200_000,
        splitter: CompoundSplitter | None = None,
    ) -> None:
        self.split_compounds = split_compounds
        self.cache_size = cache_size
        self.splitter = splitter or CompoundSplitter()
        self._local = threading.local()
        self._word_cache: dict[str, tuple[Token, ...]] = {}

    def tokens(self, text: str) -> list[str]:
        """Index terms in text order, repeats kept (the encoder counts them)."""
        return [t.text for t in self.analyze(text)]

    def analyze(self, text: str) -> list[Token]:
        """Like `tokens()`, but each term says whether it is a word, a compound part or a
        legal reference, so callers can weight them."""
        return list(self._iter_tokens(text))

    # -- internals -----------------------------------------------------------------------------

    def _stem(self, word: str) -> str:
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            stemmer = Stemmer.Stemmer("german")
            self._local.stemmer = stemmer
        return str(stemmer.stemWord(word))

    def _iter_tokens(self, text: str) -> Iterator[Token]:
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE_RE.sub("", text)
        if "\n" in text:
            text = _join_line_hyphens(text)
        matches = list(_TOKEN_RE.finditer(text))
        for idx, m in enumerate(matches):
            kind = m.lastgroup
            if kind == "word":
                word = m.group("word")
                if word.endswith("-") or word.startswith("-"):
                    yield from self._truncated(word, matches, idx)
                else:
                    yield from self._word(word)
            elif kind == "num":
                yield from _number_tokens(m.group("num"))
            elif m.group("para") is not None:
                yield from _paragraph_tokens(m.group("para_nums"))
            elif m.group("art") is not None:
                yield Token("art" + m.group("art_num").lower(), "ref")
            elif m.group("abs") is not None:
                yield Token("abs" + m.group("abs_num").lower(), "ref")
            elif m.group("nr") is not None:
                number = re.sub(r"\s+", "", m.group("nr_num")).lower()
                if "/" in number:
                    yield from _number_tokens(number)
                else:
                    yield Token("nr" + number, "ref")
            elif m.group("sgb") is not None:
                book = m.group("sgb_book").lower()
                if book.isdigit():
                    book = _ROMAN[int(book) - 1]
                yield Token("sgb_" + book, "ref")
                yield Token("sgb", "ref")

    def _word(self, word: str) -> tuple[Token, ...]:
        cached = self._word_cache.get(word)
        if cached is None:
            cached = self._analyze_word(word)
            if len(self._word_cache) >= self.cache_size:
                self._word_cache.clear()
            self._word_cache[word] = cached
        return cached

    def _analyze_word(self, word: str) -> tuple[Token, ...]:
        if "-" in word:
            return self._hyphenated(word)
        folded = fold(word)
        if len(folded) < 2:
            return ()
        if folded in STATUTE_ABBREVIATIONS:
            return (Token(folded, "ref"),)
        if _looks_like_abbreviation(word) and folded not in self.splitter.lexicon:
            if folded in STOPWORDS:
                return ()
            return (Token(folded, "ref"),)
        if folded in STOPWORDS:
            return ()
        whole = self._stem(folded)
        out = [Token(whole, "word")]
        if self.split_compounds:
            seen = {whole}
            for form in self.splitter.split(folded):
                stem = self._stem(form)
                if stem not in seen:
                    seen.add(stem)
                    out.append(Token(stem, "part"))
        return tuple(out)

    def _hyphenated(self, word: str) -> tuple[Token, ...]:
        """ "Kita-Gebühren", "Bund-Länder-Kommission": the joined word plus every component
        (with its own compound parts) as parts. Components that are abbreviations
        ("SGB-II-Leistungen", "E-Mail") keep their abbreviation tokens."""
        components = [c for c in word.split("-") if c]
        joined = fold("".join(components))
        out: list[Token] = []
        seen: set[str] = set()
        if joined not in STOPWORDS and len(joined) >= 2:
            whole = self._stem(joined)
            out.append(Token(whole, "word"))
            seen.add(whole)
        for component in components:
            for token in self._word(component):
                if token.text in seen:
                    continue
                seen.add(token.text)
                out.append(token if token.kind == "ref" else Token(token.text, "part"))
        return tuple(out)

    def _truncated(self, word: str, matches: list[re.Match[str]], idx: int) -> Iterator[Token]:
        """Coordinated compounds: "Straßen- und Wegebau" yields "Straßenbau", and "Straßenbau
        und -unterhaltung" yields "Straßenunterhaltung", each with its parts. The fragment alone
        is indexed only when no completion is found."""
        core = word.strip("-")
        if not core:
            return
        completed: str | None = None
        if word.endswith("-"):
            partner = _next_word(matches, idx)
            if partner is not None:
                segments = self.splitter.segments(fold(partner))
                if segments:
                    completed = fold(core) + segments[-1][0]
        else:
            partner = _previous_word(matches, idx)
            if partner is not None:
                segments = self.splitter.segments(fold(partner))
                if segments:
                    completed = "".join(surface for surface, _ in segments[:-1]) + fold(core)
        yield from self._word(completed if completed is not None else core)


def _next_word(matches: list[re.Match[str]], idx: int) -> str | None:
    """The full word after a chain of truncations and conjunctions, e.g. "Wegebau" in
    "Straßen-, Brücken- und Wegebau"."""
    for m in matches[idx + 1 : idx + 8]:
        word = m.group("word") if m.lastgroup == "word" else None
        if word is None:
            return None
        if word.endswith("-") or word.lower() in _COORDINATORS:
            continue
        return word.strip("-") if not word.startswith("-") else None
    return None


def _previous_word(matches: list[re.Match[str]], idx: int) -> str | None:
    for m in reversed(matches[max(0, idx - 4) : idx]):
        word = m.group("word") if m.lastgroup == "word" else None
        if word is None:
            return None
        if word.lower() in _COORDINATORS or word.startswith("-"):
            continue
        return None if word.endswith("-") else word
    return None


def _paragraph_tokens(nums: str) -> Iterator[Token]:
    """§ 5 → §5; §§ 3 bis 5 → §3 §4 §5 (short ranges expanded, so a search for § 4 finds a
    provision that cites "§§ 3 bis 5")."""
    seen: set[str] = set()
    for a, b in _PARA_RANGE_RE.findall(nums):
        if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 10:
            for n in range(int(a) + 1, int(b)):
                seen.add(str(n))
    emitted: set[str] = set()
    for n in [*_PARA_NUM_RE.findall(nums), *sorted(seen, key=int)]:
        if n not in emitted:
            emitted.add(n)
            yield Token("§" + n.lower(), "ref")


def _number_tokens(number: str) -> Iterator[Token]:
    """41/2025 → "41/2025", "41", "2025"; 12.12.2024 → the date and "2024"."""
    number = number.rstrip(".,")
    if not number:
        return
    yield Token(number, "ref")
    if "/" in number:
        for piece in number.split("/"):
            if piece and piece != number:
                yield Token(piece, "ref")
    else:
        date = _DATE_RE.fullmatch(number)
        if date is not None:
            yield Token(date.group(1), "ref")
