"""chamberdesk print …: the documents of chamberdesk.print, written to PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.model import Agreement, Delegation, Meeting
from ..core.references import resolve_reference
from ..print.documents import AGREEMENT, DELEGATION, DOCUMENTS, MEETING, Target
from ..print.languages import LanguagePair
from . import exit_codes
from .basic_commands import _open
from .output import say

MODELS = {DELEGATION: Delegation, MEETING: Meeting, AGREEMENT: Agreement}


def language_pair(text: str) -> LanguagePair:
    try:
        return LanguagePair.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def country_code(text: str) -> str:
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"'{text}' is not a two-letter country code such as IN, JP or TH")
    from babel import Locale  # the ISO 3166 codes CLDR names (no reportlab: cheap)

    if text.upper() not in Locale.parse("en").territories:
        raise argparse.ArgumentTypeError(f"'{text}' is not a known country code (ISO 3166-1, such as IN, JP or TH)")
    return text.upper()


def print_command(args) -> int:
    from ..print.jobs import print_document  # reportlab and the fonts: only when printing

    store = _open(args)
    kind = DOCUMENTS[args.document]
    output = Path(args.output)
    if not output.parent.is_dir():
        say(f"Cannot write {output}: the folder {output.parent} does not exist.")
        return exit_codes.USAGE
    with store.read() as session:
        target = _target(session, kind, args)
    partial = output.with_name(f".{output.name}.partial")  # a failed run leaves no half-written PDF
    try:
        result = print_document(store, kind.key, target, partial, pair=args.langs)
        partial.replace(output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        say(f"Cannot write {output}: {exc.strerror or exc}.")
        return exit_codes.USAGE
    finally:
        partial.unlink(missing_ok=True)
    for missing in result.missing:
        say(f"warning: {missing}")
    for note in result.notes:
        say(f"note: {note}")
    say(f"Printed the {kind.key} ({result.pages} page{'s' if result.pages != 1 else ''}) to {output}")
    return exit_codes.OK


def _target(session, kind, args) -> Target:
    if not kind.subjects:
        return Target(country=args.country)
    subject = next(s for s in kind.subjects if getattr(args, s, None) is not None)
    return Target(subject, resolve_reference(session, MODELS[subject], getattr(args, subject)))


def register(commands) -> None:
    printing = commands.add_parser("print", help="print a document to PDF (roster, agenda, badges …)",
                                   description="Print a bilingual document to a PDF file.")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for kind in DOCUMENTS.values():
        parser = documents.add_parser(kind.key, help=kind.summary, description=f"Print the {kind.summary}.")
        if len(kind.subjects) == 1:
            subject = kind.subjects[0]
            parser.add_argument(subject, metavar=subject.upper(),
                                help=f"the {subject}'s id or part of its title (any script)")
        elif kind.subjects:
            group = parser.add_mutually_exclusive_group(required=True)
            for subject in kind.subjects:
                group.add_argument(f"--{subject}", metavar=subject.upper(),
                                   help=f"for the participants of a {subject} (id or part of its title)")
        else:
            parser.add_argument("--country", type=country_code, metavar="CC", help="only members in this country")
        parser.add_argument("--langs", type=language_pair, metavar="PRIMARY[,SECONDARY]",
                            help="languages of the document, e.g. en,ja or ja,en or th (default: the "
                                 "organisation's setting); any of en, ja, hi, ml, th, id")
        parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        parser.set_defaults(handler=print_command)
