"""Satzungsvergleich: the same clause across member cities and against the model statute.

Small modules with one job each: `kinds` (which statute), `issuer` (whose statute),
`sections` (split into § sections), `align` (which sections say the same thing), `diff`
(word-level differences), `figures` (amounts, rates, periods), `model_deviation`
(Abweichungen vom Muster), `export` (CSV/XLSX) and `service` (one call for the API, UI and CLI).
Nothing here loads a model or touches the index: everything runs on the stored text.
"""
