"""Abweichungen vom Muster: where a city's statute deviates from the model statute.

A review aid for advisers: which clauses of the Mustersatzung the city left out, which it
added, and which it changed (with the word diff and the figures that differ). The aligner
matches by content, so a renumbered or moved clause is "geändert" or "unverändert", not
"fehlt" plus "zusätzlich".
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from compare.align import SimilarityModel, align
from compare.diff import ClauseDiff, word_diff
from compare.service import StatuteInput, StatuteOut, prepare

DeviationStatus = Literal["unverändert", "geändert", "fehlt", "zusätzlich"]
# Above this word similarity a clause counts as taken over unchanged (whitespace, a comma).
UNCHANGED = 0.97


class FigureChange(BaseModel):
    label: str
    model: str | None
    city: str | None


class Deviation(BaseModel):
    status: DeviationStatus
    model_sections: list[int] = Field(default_factory=list)
    city_sections: list[int] = Field(default_factory=list)
    label: str
    diff: ClauseDiff | None = None
    figures: list[FigureChange] = Field(default_factory=list)


class ModelDeviation(BaseModel):
    model: StatuteOut
    city: StatuteOut
    deviations: list[Deviation]

    def counts(self) -> dict[str, int]:
        out = {"unverändert": 0, "geändert": 0, "fehlt": 0, "zusätzlich": 0}
        for d in self.deviations:
            out[d.status] += 1
        return out


def _figure_changes(
    model: StatuteOut, city: StatuteOut, ms: list[int], cs: list[int]
) -> list[FigureChange]:
    mf = [f for p in ms for f in model.sections[p].figures]
    cf = [f for p in cs for f in city.sections[p].figures]
    changes = []
    for i in range(max(len(mf), len(cf))):
        a = mf[i] if i < len(mf) else None
        b = cf[i] if i < len(cf) else None
        if a and b and (a.value, a.unit) == (b.value, b.unit):
            continue
        first = a or b
        label = first.label if first else ""
        changes.append(
            FigureChange(label=label, model=a.text if a else None, city=b.text if b else None)
        )
    return changes


def deviations_from_model(city: StatuteInput, model: StatuteInput) -> ModelDeviation:
    """Every clause of the model and of the city statute, in the model's order, then the
    city's additions in theirs."""
    m, c = prepare(model), prepare(city)
    texts_m = [s.text for s in m.sections]
    texts_c = [s.text for s in c.sections]
    result = align(texts_m, texts_c, model=SimilarityModel(texts_m + texts_c))
    by_model = {g.a[0]: g for g in result.groups}
    out: list[Deviation] = []
    for s in m.sections:
        group = by_model.get(s.position)
        if group is None:
            if s.position in result.only_a:
                out.append(Deviation(status="fehlt", model_sections=[s.position], label=s.label))
            continue
        ma = "\n\n".join(m.sections[p].text for p in group.a)
        cb = "\n\n".join(c.sections[p].text for p in group.b)
        diff = word_diff(ma, cb)
        status: DeviationStatus = "unverändert" if diff.similarity >= UNCHANGED else "geändert"
        out.append(
            Deviation(
                status=status,
                model_sections=group.a,
                city_sections=group.b,
                label=s.label,
                diff=diff if status == "geändert" else None,
                figures=_figure_changes(m, c, group.a, group.b),
            )
        )
    out.extend(
        Deviation(status="zusätzlich", city_sections=[p], label=c.sections[p].label)
        for p in result.only_b
    )
    return ModelDeviation(model=m, city=c, deviations=out)
