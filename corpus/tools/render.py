"""Render the Markdown sources in ``corpus/sources/`` to PDF, DOCX and HTML.

Each source file is Markdown with YAML front matter. Besides the normal
metadata fields it carries a ``render`` mapping that is *not* copied into the
output metadata::

    render:
      format: pdf          # pdf | docx | html
      boilerplate: nav     # optional, HTML only: wrap the article in site chrome

The rendered file is written to ``corpus/documents/<kind>/<id>.<format>`` and
its metadata to a sidecar ``<id>.<format>.meta.yaml`` beside it.

Supported Markdown subset: ``#``/``##``/``###`` headings, paragraphs, ``- ``
bullet lists, ``1. `` numbered lists, pipe tables, ``**bold**`` and raw HTML
lines of the form ``<!--raw: ... -->`` (emitted verbatim into HTML output only,
ignored for PDF/DOCX).

Usage::

    python corpus/tools/render.py            # render all sources
    python corpus/tools/render.py rs-2023-142  # render selected ids
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent
SOURCES = CORPUS / "sources"
DOCUMENTS = CORPUS / "documents"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ASSOCIATION = "Städtetag Musterland e. V."

SUBFOLDER = {
    "Rundschreiben": "rundschreiben",
    "Stellungnahme": "stellungnahmen",
    "Satzung": "mustersatzungen",
    "Mustersatzung": "mustersatzungen",
    "Vertragsmuster": "vertragsmuster",
    "Handreichung": "handreichungen",
    "Geschäftsbericht": "geschaeftsberichte",
}
DEFAULT_SUBFOLDER = "sonstiges"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # h1 h2 h3 p ul ol table raw
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    path: Path
    meta: dict
    render: dict
    blocks: list[Block]

    @property
    def doc_id(self) -> str:
        return self.meta["id"]

    @property
    def fmt(self) -> str:
        return self.render["format"]

    @property
    def out_path(self) -> Path:
        sub = SUBFOLDER.get(self.meta["doc_type"], DEFAULT_SUBFOLDER)
        return DOCUMENTS / sub / f"{self.doc_id}.{self.fmt}"


def split_front_matter(text: str) -> tuple[dict, str]:
    match = FRONT_MATTER_RE.match(text)
    if not match:
        raise ValueError("missing YAML front matter")
    return yaml.safe_load(match.group(1)) or {}, match.group(2)


def parse_blocks(body: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append(Block("p", " ".join(s.strip() for s in para)))
            para.clear()

    for raw_line in body.splitlines():
        line = raw_line.rstrip()
        stripped = line.strip()
        if not stripped:
            flush_para()
            continue
        if stripped.startswith("<!--raw:") and stripped.endswith("-->"):
            flush_para()
            blocks.append(Block("raw", stripped[len("<!--raw:") : -3].strip()))
            continue
        heading = re.match(r"^(#{1,3}) (.*)$", stripped)
        if heading:
            flush_para()
            blocks.append(Block(f"h{len(heading.group(1))}", heading.group(2).strip()))
            continue
        bullet = re.match(r"^- (.*)$", stripped)
        numbered = re.match(r"^\d+\. (.*)$", stripped)
        if bullet or numbered:
            flush_para()
            kind = "ul" if bullet else "ol"
            item = (bullet or numbered).group(1)
            if blocks and blocks[-1].kind == kind and not para:
                blocks[-1].items.append(item)
            else:
                blocks.append(Block(kind, items=[item]))
            continue
        if stripped.startswith("|"):
            flush_para()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue  # separator row
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        # continuation line of a list item
        if blocks and blocks[-1].kind in ("ul", "ol") and not para and raw_line.startswith("  "):
            blocks[-1].items[-1] += " " + stripped
            continue
        para.append(stripped)
    flush_para()
    return blocks


def load_source(path: Path) -> Source:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    render = meta.pop("render", None)
    if not render or render.get("format") not in ("pdf", "docx", "html"):
        raise ValueError(f"{path}: front matter needs render.format pdf|docx|html")
    return Source(path, meta, render, parse_blocks(body))


def plain(text: str) -> str:
    return BOLD_RE.sub(r"\1", text)


def as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, 9, 0, tzinfo=dt.UTC)
    return dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


# --------------------------------------------------------------------------
# PDF (fpdf2 + DejaVu)
# --------------------------------------------------------------------------


def render_pdf(src: Source) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    title = src.meta["title"]

    class Pdf(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, ASSOCIATION + " · " + src.meta.get("referat", ""), align="L")
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Seite {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Pdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(title)
    pdf.set_author(ASSOCIATION)
    pdf.set_subject(src.meta.get("doc_type", ""))
    pdf.set_keywords(", ".join(src.meta.get("topics", [])))
    pdf.set_creator("corpus/tools/render.py")
    pdf.set_lang("de-DE")
    pdf.set_creation_date(as_datetime(src.meta.get("date")))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    def para(text: str, size: float = 10, indent: float = 0) -> None:
        pdf.set_font("DejaVu", "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            0, size * 0.5, text, markdown="**" in text, align="L", new_x="LMARGIN", new_y="NEXT"
        )

    for block in src.blocks:
        if block.kind == "h1":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 7.5, plain(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.kind in ("h2", "h3"):
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12 if block.kind == "h2" else 10.5)
            pdf.multi_cell(0, 6, plain(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind == "p":
            para(block.text)
            pdf.ln(2)
        elif block.kind in ("ul", "ol"):
            for i, item in enumerate(block.items, 1):
                marker = "•" if block.kind == "ul" else f"{i}."
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, marker)
                pdf.multi_cell(
                    0, 5, item, markdown="**" in item, align="L", new_x="LMARGIN", new_y="NEXT"
                )
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif block.kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                line_height=5,
                padding=1.2,
            ) as table:
                for cells in block.rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(plain(cell))
            pdf.ln(3)
        # raw HTML blocks are ignored in PDF output
    return bytes(pdf.output())


# --------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------


def add_runs(paragraph, text: str) -> None:
    parts = BOLD_RE.split(text)
    for i, part in enumerate(parts):
        if part:
            run = paragraph.add_run(part)
            run.bold = i % 2 == 1


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the OOXML zip with fixed timestamps so output is reproducible."""
    src_zip = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst_zip:
        for info in src_zip.infolist():
            new_info = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            new_info.compress_type = zipfile.ZIP_DEFLATED
            dst_zip.writestr(new_info, src_zip.read(info.filename))
    return out.getvalue()


def render_docx(src: Source) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    props = doc.core_properties
    props.title = src.meta["title"]
    props.author = ASSOCIATION
    props.last_modified_by = ASSOCIATION
    props.subject = src.meta.get("doc_type", "")
    props.keywords = ", ".join(src.meta.get("topics", []))
    props.language = "de-DE"
    props.category = src.meta.get("referat", "")
    stamp = as_datetime(src.meta.get("date")).replace(tzinfo=None)
    props.created = stamp
    props.modified = stamp
    props.revision = 1

    for block in src.blocks:
        if block.kind == "h1":
            doc.add_heading(plain(block.text), level=0)
        elif block.kind == "h2":
            doc.add_heading(plain(block.text), level=1)
        elif block.kind == "h3":
            doc.add_heading(plain(block.text), level=2)
        elif block.kind == "p":
            add_runs(doc.add_paragraph(), block.text)
        elif block.kind in ("ul", "ol"):
            style = "List Bullet" if block.kind == "ul" else "List Number"
            for item in block.items:
                add_runs(doc.add_paragraph(style=style), item)
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for r_idx, cells in enumerate(block.rows):
                row = table.add_row().cells
                for c_idx, cell in enumerate(cells):
                    row[c_idx].text = ""
                    run = row[c_idx].paragraphs[0].add_run(plain(cell))
                    run.bold = r_idx == 0
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


def inline_html(text: str) -> str:
    return BOLD_RE.sub(r"<strong>\1</strong>", html.escape(text, quote=False))


NAV_HEADER = """\
<header class="site-header">
  <a class="logo" href="/">Städtetag Musterland</a>
  <nav class="main-nav" aria-label="Hauptnavigation">
    <ul>
      <li><a href="/">Startseite</a></li>
      <li><a href="/themen/">Themen</a></li>
      <li><a href="/rundschreiben/">Rundschreiben</a></li>
      <li><a href="/stellungnahmen/">Stellungnahmen</a></li>
      <li><a href="/presse/">Presse</a></li>
      <li><a href="/mitglieder/">Mitgliederbereich</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
    </ul>
  </nav>
  <form class="search" action="/suche/">
    <input type="search" name="q" placeholder="Suchbegriff eingeben">
    <button>Suchen</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Brotkrümelnavigation">
  <a href="/">Startseite</a> › <a href="/themen/">Themen</a> ›
  <a href="/themen/{topic}/">{topic_name}</a> › Aktuelle Seite
</nav>
"""

NAV_FOOTER = """\
<aside class="related">
  <h2>Das könnte Sie auch interessieren</h2>
  <ul>
    <li><a href="/themen/digitalisierung/">Alle Beiträge zur Digitalisierung</a></li>
    <li><a href="/termine/">Veranstaltungskalender</a></li>
    <li><a href="/newsletter/">Newsletter abonnieren</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <nav aria-label="Fußnavigation">
    <a href="/impressum/">Impressum</a> |
    <a href="/datenschutz/">Datenschutzerklärung</a> |
    <a href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a> |
    <a href="/kontakt/">Kontakt</a>
  </nav>
  <p>© Städtetag Musterland e. V. · Am Rathausplatz 3 · 39990 Musterstadt</p>
  <p class="cookie-hint">Diese Website verwendet nur technisch notwendige Cookies.</p>
</footer>
"""


def render_html(src: Source) -> bytes:
    meta = src.meta
    out: list[str] = []
    for block in src.blocks:
        if block.kind in ("h1", "h2", "h3"):
            out.append(f"<{block.kind}>{inline_html(block.text)}</{block.kind}>")
        elif block.kind == "p":
            out.append(f"<p>{inline_html(block.text)}</p>")
        elif block.kind in ("ul", "ol"):
            items = "\n".join(f"  <li>{inline_html(i)}</li>" for i in block.items)
            out.append(f"<{block.kind}>\n{items}\n</{block.kind}>")
        elif block.kind == "table":
            head, *rows = block.rows
            lines = ["<table>", "  <thead><tr>"]
            lines += [f"    <th>{inline_html(c)}</th>" for c in head]
            lines += ["  </tr></thead>", "  <tbody>"]
            for cells in rows:
                tds = "".join(f"<td>{inline_html(c)}</td>" for c in cells)
                lines.append(f"    <tr>{tds}</tr>")
            lines += ["  </tbody>", "</table>"]
            out.append("\n".join(lines))
        elif block.kind == "raw":
            out.append(block.text)
    article = "\n".join(out)
    title = html.escape(meta["title"])
    description = html.escape(f"{meta.get('doc_type', '')} – {meta.get('referat', '')}")
    with_nav = src.render.get("boilerplate") == "nav"
    topic = (meta.get("topics") or ["themen"])[0]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="de">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{title} | Städtetag Musterland</title>",
        f'  <meta name="description" content="{description}">',
        f'  <meta name="date" content="{meta.get("date", "")}">',
        '  <link rel="stylesheet" href="/assets/site.css">',
        "</head>",
        "<body>",
    ]
    if with_nav:
        parts.append(NAV_HEADER.format(topic=topic, topic_name=topic.capitalize()))
    parts += ["<main>", "<article>", article, "</article>", "</main>"]
    if with_nav:
        parts.append(NAV_FOOTER)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts).encode("utf-8")


# --------------------------------------------------------------------------


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "html": render_html}


def write_sidecar(src: Source, out_path: Path) -> None:
    sidecar = out_path.with_name(out_path.name + ".meta.yaml")
    text = yaml.safe_dump(src.meta, sort_keys=False, allow_unicode=True, width=100)
    header = f"# Metadaten zu {out_path.name} (erzeugt aus sources/{src.path.name})\n"
    sidecar.write_text(header + text, encoding="utf-8")


def main(argv: list[str]) -> int:
    wanted = set(argv)
    sources = [load_source(p) for p in sorted(SOURCES.glob("*.md"))]
    count = 0
    for src in sources:
        if wanted and src.doc_id not in wanted:
            continue
        out_path = src.out_path
        out_path.parent.mkdir(parents=True, exist_ok=True)
        data = RENDERERS[src.fmt](src)
        out_path.write_bytes(data)
        write_sidecar(src, out_path)
        count += 1
        print(f"{out_path.relative_to(CORPUS)}  ({len(data) / 1024:.1f} KB)")
    print(f"rendered {count} document(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
