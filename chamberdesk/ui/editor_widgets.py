"""Editors of the directory's values shared by the member and person editors: text, choices, languages."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ..core.enums import NameOrder
from ..i18n.formatting import country_name
from .labels import VOCABULARIES, value_label
from .localisation import formatting_locale
from .combo_data import add_no_choice, chosen, find_choice

# Languages of local-script names the chambers work with (BCP 47), in the order staff expect.
LOCAL_LANGUAGES = ("ja", "hi", "ml", "th", "id", "ta", "zh", "ko")


def line(name: str, *, placeholder: str = "", kind: type[QLineEdit] = QLineEdit) -> QLineEdit:
    editor = kind()
    editor.setObjectName(name)
    editor.setPlaceholderText(placeholder)
    return editor


class ReadingEdit(QLineEdit):
    """A kana reading. Saved NFKC-normalised: half-width ｸﾛｾ is stored as クロセ, as readings are sorted by."""


def reading_line(name: str, *, placeholder: str = "") -> QLineEdit:
    return line(name, placeholder=placeholder, kind=ReadingEdit)


def default_name_order(country: str | None, local_lang: str | None) -> str:
    """How a new contact's Latin name is written: family name first at a Japanese member (Kurose Naohiro)."""
    japanese = local_lang == "ja" or (country or "").upper() == "JP"
    return (NameOrder.FAMILY_FIRST if japanese else NameOrder.GIVEN_FIRST).value


def text_block(name: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4)
    return editor


def choice(name: str, vocabulary: str, *, empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    if empty is not None:
        add_no_choice(combo, empty)
    for value in VOCABULARIES[vocabulary]:
        combo.addItem(value_label(vocabulary, value), value)
    return combo


def language_choice(name: str, empty: str) -> QComboBox:
    from babel import Locale

    combo = QComboBox()
    combo.setObjectName(name)
    add_no_choice(combo, empty)
    lang = formatting_locale()
    for code in LOCAL_LANGUAGES:
        combo.addItem(f"{Locale.parse(code).get_display_name(lang)} ({code})", code)
    return combo


def country_choice(name: str, codes: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(False)
    lang = formatting_locale()
    add_no_choice(combo, "")
    for code in sorted(codes, key=lambda c: country_name(c, lang)):
        combo.addItem(f"{country_name(code, lang)} ({code})", code)
    return combo


def set_choice(combo: QComboBox, value: object) -> None:
    value = getattr(value, "value", value)
    index = find_choice(combo, value)
    if index < 0 and value is not None:  # a value the list does not offer (an old code): keep it visible
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def suggest_choice(combo: QComboBox, value: str | None) -> None:
    """Choose ``value`` (a guess the person sees and may change) if nothing is chosen yet or what is
    chosen was itself guessed; a choice the person made is never replaced."""
    current = chosen(combo)
    if current is not None and current != getattr(combo, "suggested_choice", None):
        return
    index = find_choice(combo, value or None)
    if index >= 0:
        combo.setCurrentIndex(index)
        combo.suggested_choice = value  # a Python attribute: see combo_data on Qt properties


def text_of(widget: QWidget) -> str | None:
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if isinstance(widget, ReadingEdit):
        text = unicodedata.normalize("NFKC", text)
    return text.strip() or None
