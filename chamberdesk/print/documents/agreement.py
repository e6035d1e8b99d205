"""Bilingual agreement (MoU): parties, signing and validity, then the preamble and every clause with
the two languages side by side, and a signature block per party.

The text of an agreement exists in English and in its local language only; a pair whose second
language is another one prints the English text in a single column rather than English twice.
"""

from __future__ import annotations

from reportlab.platypus import HRFlowable, Spacer, Table
from sqlalchemy.orm import Session, selectinload

from ...core.model import Agreement, AgreementParty
from ...i18n.formatting import format_date, format_date_range, format_open_date_range
from ..bilingual import distinct, labels_in, record_origin, value_in, values_in
from ..context import PrintContext
from ..frame import DocumentFrame
from ..labels import label, label_origin
from ..layout import cell, heading, layout_table
from ..paragraph import Span
from ..styles import BODY, RULE, SECTION
from .common import load
from .target import Target

_GUTTER = 16
_SIGNING_ROOM = 36  # points above each signature line


def build(session: Session, context: PrintContext, target: Target):
    agreement = load(session, Agreement, target.record_id,
                     selectinload(Agreement.parties).selectinload(AgreementParty.organisation),
                     selectinload(Agreement.clauses))
    pair = context.pair
    title = values_in(pair, agreement, "title")
    frame = DocumentFrame(context, "agreement", title)
    width = frame.body_width
    languages = _text_languages(agreement, pair.languages)
    flowables = heading(context, title, _facts(context, agreement), width)
    single = len(languages) == 1
    preamble = [_written_in(agreement, "preamble", lang, agreement.local_lang, fallback=single) for lang in languages]
    if any(preamble):
        flowables += [_side_by_side(context, [[span] if span else [] for span in preamble], width), Spacer(0, 8)]
    for clause in agreement.clauses:
        columns = []
        for lang in languages:
            article = Span(label("article", lang, number=clause.number), origin=label_origin("article"))
            head = _written_in(clause, "heading", lang, agreement.local_lang, fallback=single)
            body = _written_in(clause, "body", lang, agreement.local_lang, fallback=single)
            columns.append(_clause(article, head, body))
        flowables += [_side_by_side(context, columns, width), Spacer(0, 6)]
    flowables += [Spacer(0, 12), _signatures(context, agreement, width)]
    return frame, flowables


def _text_languages(agreement: Agreement, languages: tuple[str, ...]) -> list[str]:
    """The pair's languages the agreement's text is written in (English always is)."""
    available = [lang for lang in languages if lang == "en" or lang == agreement.local_lang]
    return available or [languages[0]]


def _written_in(record, field: str, lang: str, local_lang: str | None, *, fallback: bool) -> Span | None:
    """The field as written in ``lang``. Side by side, a clause whose local text is missing leaves
    its column empty rather than repeat the English beside the English; in a single column
    (``fallback``) a missing value falls back to the Latin one, or to the local one when only that
    exists — text is never dropped."""
    local = getattr(record, f"{field}_local", None)
    if lang != "en" and not (local and local.strip()):
        if not fallback:
            return None
        return value_in(record, field, "en")
    span = value_in(record, field, lang, local_lang=local_lang)
    if span is None and fallback and local and local.strip():
        return Span(local.strip(), origin=record_origin(record, f"{field}_local"))
    return span


def _facts(context: PrintContext, agreement: Agreement) -> list:
    pair = context.pair
    facts = [(labels_in(pair, "parties"), _parties(agreement, pair.languages))]
    if agreement.signed_on:
        signed = distinct(Span(", ".join(filter(None, [format_date(agreement.signed_on, lang, style="long"),
                                                       _text(value_in(agreement, "signed_place", lang))])),
                               origin=record_origin(agreement, "signed_on")) for lang in pair.languages)
        facts.append((labels_in(pair, "signed"), signed))
    if agreement.valid_from:
        # One style for both kinds of range: "2017年2月15日～2027年2月14日", "2024年10月21日～期限なし".
        validity = distinct(Span(format_date_range(agreement.valid_from, agreement.valid_until, lang)
                                 if agreement.valid_until else
                                 format_open_date_range(agreement.valid_from, lang, label("open_ended", lang)),
                                 origin=record_origin(agreement, "valid_from")) for lang in pair.languages)
        facts.append((labels_in(pair, "validity"), validity))
    if agreement.reference:
        facts.append((labels_in(pair, "reference"), [Span(agreement.reference,
                                                          origin=record_origin(agreement, "reference"))]))
    return facts


def _parties(agreement: Agreement, languages: tuple[str, ...]) -> list[Span]:
    """The parties' names joined, once per language (each in its own script where it has one)."""
    lines = []
    for lang in languages:
        names = [value_in(party.organisation, "name", lang) for party in agreement.parties]
        names = [span for span in names if span is not None]
        if names:
            lines.append(Span(" – ".join(span.text for span in names), origin=names[0].origin))
    return distinct(lines)


def _text(span: Span | None) -> str | None:
    return span.text if span else None


def _clause(article: Span, head: Span | None, body: Span | None) -> list[Span]:
    spans = [Span(article.text + (f" — {head.text}" if head else ""), bold=True, color=SECTION.textColor,
                  origin=head.origin if head else article.origin)]
    if body:
        spans += [Span("\n"), body]
    return spans


def _side_by_side(context: PrintContext, columns: list[list[Span]], width: float) -> Table:
    """The languages next to each other; the row may break across pages (a clause can be long)."""
    column = (width - _GUTTER * (len(columns) - 1)) / len(columns)
    row = [context.para(spans, BODY) for spans in columns]
    widths = [column + (_GUTTER if index < len(columns) - 1 else 0) for index in range(len(columns))]
    return layout_table([row], widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-2, -1), _GUTTER), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], splitInRow=1)


def _signatures(context: PrintContext, agreement: Agreement, width: float) -> Table:
    """One block per party, two to a row: room to sign, a line, the signatory and the organisation."""
    pair = context.pair
    column = width / 2
    blocks = []
    for party in agreement.parties:
        spans = []
        for field in ("signatory_name", "signatory_title"):
            spans += distinct(value_in(party, field, lang, local_lang=party.organisation.local_lang)
                              for lang in pair.languages)
        spans += values_in(pair, party.organisation, "name")
        blocks.append([Spacer(0, _SIGNING_ROOM),
                       HRFlowable(width=column - _GUTTER, thickness=0.6, color=RULE, hAlign="LEFT", spaceAfter=4),
                       cell(context, spans, BODY)])
    rows = [blocks[start:start + 2] + [""] * (2 - len(blocks[start:start + 2])) for start in range(0, len(blocks), 2)]
    return layout_table(rows or [[""]], [column, column], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), _GUTTER)])
