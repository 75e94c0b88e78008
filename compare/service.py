"""One call for the API, the UI and the command line: compare statutes clause by clause.

The first document is the reference (the statute the user came from); every other statute is
aligned to it. The result lists, per clause of the reference, the matching sections of each
other statute with a word diff, and per statute the sections no other statute has. Figures are
extracted per section so a table across cities can be built for any clause.

Everything is computed from the texts passed in; the caller (route, CLI) is responsible for
loading only documents the user may see.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from compare.align import AlignerParams, SimilarityModel, align
from compare.diff import ClauseDiff, word_diff
from compare.figure_table import FigureColumn, FigureRow, FigureTable, side_by_side
from compare.figures import Figure, extract_figures
from compare.kinds import StatuteKind, kind_of
from compare.sections import split_sections
from ingest.issuer import issuer_of

MAX_DOCUMENTS = 12


class StatuteInput(BaseModel):
    """A statute to compare: its id, title, issuer (if known) and full text."""

    id: str
    title: str
    issuer: str | None = None
    text: str
    doc_type: str | None = None


class SectionOut(BaseModel):
    position: int
    number: str | None
    heading: str
    label: str
    text: str
    figures: list[Figure] = Field(default_factory=list)


class StatuteOut(BaseModel):
    id: str
    title: str
    issuer: str | None
    kind: StatuteKind | None
    sections: list[SectionOut]


class ClauseMatch(BaseModel):
    """The sections of one other statute that correspond to a reference clause."""

    document_id: str
    sections: list[int]
    score: float
    diff: ClauseDiff | None = None


class ClauseRow(BaseModel):
    """One clause of the reference statute and what the others have for it."""

    reference_sections: list[int]
    label: str
    matches: list[ClauseMatch]


class Comparison(BaseModel):
    reference_id: str
    kind: StatuteKind | None
    documents: list[StatuteOut]
    clauses: list[ClauseRow]
    only_in: dict[str, list[int]] = Field(
        default_factory=dict, description="Sections of a statute that match no reference clause."
    )

    def document(self, document_id: str) -> StatuteOut:
        return next(d for d in self.documents if d.id == document_id)

    def figures_table(self, clause: int) -> list[FigureRow]:
        """The values of one reference clause across all statutes (for the table and export)."""
        row = self.clauses[clause]
        reference = self.document(self.reference_id)
        parts = [(reference, row.reference_sections)] + [
            (self.document(m.document_id), m.sections) for m in row.matches
        ]
        out: list[FigureRow] = []
        for doc, positions in parts:
            for position in positions:
                section = doc.sections[position]
                out.extend(
                    FigureRow(
                        clause=row.label,
                        issuer=doc.issuer or doc.title,
                        document_id=doc.id,
                        kind=f.kind,
                        value=f.value,
                        unit=f.unit,
                        label=f.label,
                        section=section.label,
                    )
                    for f in section.figures
                )
        return out

    def figures_side_by_side(self, clause: int) -> FigureTable:
        """The same values in one line across the statutes: "für den zweiten Hund: A 192 €,
        B 216 €" (compare/figure_table.py)."""
        columns = [
            FigureColumn(document_id=d.id, issuer=d.issuer or d.title) for d in self.documents
        ]
        return side_by_side(self.figures_table(clause), columns)


def prepare(document: StatuteInput) -> StatuteOut:
    """Sections, figures, kind and issuer of one statute."""
    sections = split_sections(document.text)
    issuer = document.issuer
    if not issuer:
        found = issuer_of(document.title, document.text)
        issuer = found.label if found else None
    return StatuteOut(
        id=document.id,
        title=document.title,
        issuer=issuer,
        kind=kind_of(document.title, document.doc_type, document.text),
        sections=[
            SectionOut(
                position=s.position,
                number=s.number,
                heading=s.heading,
                label=s.label,
                text=s.text,
                figures=extract_figures(s.text),
            )
            for s in sections
        ],
    )


def _joined(doc: StatuteOut, positions: Sequence[int]) -> str:
    return "\n\n".join(doc.sections[p].text for p in positions)


def compare_statutes(
    documents: Sequence[StatuteInput],
    *,
    with_diffs: bool = True,
    params: AlignerParams | None = None,
) -> Comparison:
    """Align every statute to the first one. Needs at least two documents."""
    if len(documents) < 2:
        raise ValueError("at least two documents are needed for a comparison")
    if len(documents) > MAX_DOCUMENTS:
        raise ValueError(f"at most {MAX_DOCUMENTS} documents can be compared at once")
    prepared = [prepare(d) for d in documents]
    reference, others = prepared[0], prepared[1:]
    model = SimilarityModel([s.text for d in prepared for s in d.sections], params)
    ref_texts = [s.text for s in reference.sections]
    rows: dict[tuple[int, ...], list[ClauseMatch]] = {(s.position,): [] for s in reference.sections}
    only_in: dict[str, list[int]] = {}
    for other in others:
        result = align(ref_texts, [s.text for s in other.sections], model=model)
        only_in[other.id] = result.only_b
        for group in result.groups:
            diff = None
            if with_diffs:
                diff = word_diff(_joined(reference, group.a), _joined(other, group.b))
            match = ClauseMatch(
                document_id=other.id, sections=group.b, score=group.score, diff=diff
            )
            # A reference clause split in this statute's counterpart still has one row per
            # reference section; a merged group is shown at its first reference section.
            rows[(group.a[0],)].append(match)
    clauses = [
        ClauseRow(
            reference_sections=list(key),
            label=reference.sections[key[0]].label,
            matches=matches,
        )
        for key, matches in rows.items()
    ]
    return Comparison(
        reference_id=reference.id,
        kind=reference.kind,
        documents=prepared,
        clauses=clauses,
        only_in=only_in,
    )
