"""Hand-curated word sets (folded spelling: ä→ae, ö→oe, ü→ue, ß→ss), merged into the corpus list.

- SHORT_OK: three-letter nouns allowed as compound parts (the general minimum is four).
- EXTRA: nouns missing from the corpus statistics.
- JUNK: frequent capitalised fragments that are not nouns.
- BLOCKED: prefixes and suffixes that look like nouns but must never be parts.
- NOT_FINAL: nouns that make false splits as the last part ("Dauer|haft", "Hand|lungen").
- PROTECTED: words that must never split.
- NOT_INITIAL: surfaces that may not open a split ("zuge|wiesen", "eben|falls").
"""


def _words(text: str) -> set[str]:
    return set(text.split())


SHORT_OK = _words(
    "amt bau tag ort rat hof weg see zug not tat gas bad bus akt rad tal tor uhr eis art ruf zoo "
    "vieh oel"
)
EXTRA = _words("vergnuegung")
JUNK = _words("gesch gewa mitt kuerz eugen gleich weit frei feuerwehraus")
BLOCKED = _words(
    """unter ober schaft heit keit samt stalt halt haltung alt mit ung nis tum ling
ver vor aus auf ein bei nach neben gegen hinter ueber wider wieder voll zer ent miss ant best
gem"""
)
NOT_FINAL = _words(
    """haft weise los tisch nische nisch ehe ehre ehrung ring wiese standen gangen leiche alte
fallen reife fachen lunge eile ende este zehnte legende dung"""
)
PROTECTED = _words(
    """verwaltung beamte beamten beamter gemeinde abschnitt bestand urkunde erbschaft anstalt
vorsitzender vorsitzende unterhaltung verordnung versammlung massgabe buchstabe tatsache
gruendung"""
)
NOT_INITIAL = _words("zuge eben")
