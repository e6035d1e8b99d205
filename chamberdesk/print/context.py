"""What every document of one print job shares: languages, paper, our organisation, the date, and
the report of characters no font has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.model import Organisation
from ..core.settings import get_settings
from .bilingual import LanguagePair, values_in
from .coverage import GlyphReport, Origin
from .paragraph import ScriptParagraph, Span


@dataclass
class PrintContext:
    pair: LanguagePair
    paper: str  # "A4" or "Letter"
    today: date
    ours: list[Span]  # our organisation's name in the pair's languages (empty if none is ours)
    logo: Path | None
    report: GlyphReport = field(default_factory=GlyphReport)
    notes: list[str] = field(default_factory=list)  # other things the person should know

    def para(self, content: str | Span | Sequence[Span], style: ParagraphStyle, *,
             origin: Origin | None = None) -> ScriptParagraph:
        """A paragraph whose characters without a font are reported to this job."""
        return ScriptParagraph(content, style, report=self.report, origin=origin)


def default_pair(session: Session) -> LanguagePair:
    """The organisation's default language pair (setting ``language_pair``), English if it is unusable."""
    try:
        return LanguagePair.parse(get_settings(session)["language_pair"] or "en")
    except ValueError:
        return LanguagePair("en")


def load_context(session: Session, attachments_dir: Path, pair: LanguagePair | None = None,
                 today: date | None = None) -> PrintContext:
    settings = get_settings(session)
    pair = pair or default_pair(session)
    ours = session.scalar(select(Organisation).where(Organisation.is_ours))
    context = PrintContext(pair=pair, paper=settings["paper_size"], today=today or date.today(),
                           ours=values_in(pair, ours, "name") if ours else [], logo=None)
    if ours is not None and ours.logo_sha256:
        logo = attachments_dir / ours.logo_sha256
        if logo.is_file():
            context.logo = logo
        else:
            context.notes.append(f"The logo of {ours.name} is missing from the attachments folder ({logo}); "
                                 "documents are printed without it.")
    return context
