"""The editor of one contact person: names in both scripts with reading and romanisation suggestions,
title, e-mail, phone (E.164, read in the member's country), language, dietary needs, emergency contact.

Passport data is not edited here: it is sensitive and belongs to the delegation's visa work.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..core.errors import ConflictError, Problem, ServiceError, ValidationError
from ..core.rules import person_rules
from ..core.search.romanise import reading, suggested_latin
from ..core.text import script_language
from ..core.services.directory import load_person, save_person
from ..core.validation import normalise_email, normalise_phone
from .combo_data import chosen
from .editor_widgets import (choice, default_name_order, language_choice, line, reading_line, set_choice,
                             suggest_choice, text_block, text_of)
from .field_form import FieldForm
from .name_suggestion import Suggestion
from .problem_text import error_text, located_text
from .style import Tone

TEXT_FIELDS = ("family_name", "given_name", "family_name_local", "given_name_local", "family_name_reading",
               "given_name_reading", "honorific", "title", "title_local", "email", "phone", "dietary",
               "emergency_contact_name", "emergency_contact_phone")


class PersonEditor(QDialog):
    def __init__(self, store, person_id: int | None, *, member_id: int | None, region: str | None,
                 member_lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEditor")
        self._store = store
        self._id = person_id
        self._region = region
        self._values, self._version = load_person(store, person_id) if person_id is not None else (
            {"member_id": member_id, "name_order": default_name_order(region, member_lang)}, None)
        self.operation_ids: list[int] = []
        self.setWindowTitle(self.tr("New contact person") if person_id is None else self.tr("Contact person"))
        self.form = FieldForm()
        self.fields: dict[str, QWidget] = {}
        form = self.form
        form.add_section(self.tr("Name"))
        self._add("family_name", self.tr("Family name (Latin) *"), line("family_name"))
        self._add("given_name", self.tr("Given name (Latin)"), line("given_name"))
        self.latin_suggestion = Suggestion(self.fields["family_name"])
        self._add("family_name_local", self.tr("Family name (local script)"), line("family_name_local"),
                  self.latin_suggestion)
        self.given_latin_suggestion = Suggestion(self.fields["given_name"])
        self._add("given_name_local", self.tr("Given name (local script)"), line("given_name_local"),
                  self.given_latin_suggestion)
        self._add("local_lang", self.tr("Language of the local name"), language_choice("local_lang", self.tr("—")))
        self.family_reading = Suggestion(self.fields.setdefault(
            "family_name_reading", reading_line("family_name_reading")))
        form.add("family_name_reading", self.tr("Family name reading"), self.fields["family_name_reading"],
                 hint=self.family_reading)
        self.given_reading = Suggestion(self.fields.setdefault(
            "given_name_reading", reading_line("given_name_reading")))
        form.add("given_name_reading", self.tr("Given name reading"), self.fields["given_name_reading"],
                 hint=self.given_reading)
        self._add("name_order", self.tr("Name order"), choice("name_order", "name_order"))
        self._add("honorific", self.tr("Honorific"), line("honorific", placeholder=self.tr("Dr., Ms., Smt., คุณ")))
        form.add_section(self.tr("Role and contact"))
        self._add("title", self.tr("Job title"), line("title"))
        self._add("title_local", self.tr("Job title (local script)"), line("title_local"))
        self._add("email", self.tr("E-mail"), line("email"))
        self.phone_hint = QLabel()
        self.phone_hint.setStyleSheet(f"color: {Tone.NEUTRAL.value[0]};")
        self._add("phone", self.tr("Phone"), line("phone"), self.phone_hint)
        self._add("preferred_lang", self.tr("Preferred language"), language_choice("preferred_lang", self.tr("—")))
        self._add("dietary", self.tr("Dietary needs"), line("dietary"))
        self._add("emergency_contact_name", self.tr("Emergency contact"), line("emergency_contact_name"))
        self._add("emergency_contact_phone", self.tr("Emergency phone"), line("emergency_contact_phone"))
        self.primary = QCheckBox(self.tr("Primary contact of the member"))
        form.add("is_primary_contact", "", self.primary)
        self._add("notes", self.tr("Notes"), text_block("notes"))

        self._banner = QLabel()
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet(f"background: {Tone.DANGER.value[1]}; color: {Tone.DANGER.value[0]}; padding: 8px;")
        self._banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # In a scroll area the form keeps its full height, so a message that wraps onto a second line
        # adds to its row instead of being squeezed into one line's height (as the member editor does).
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._load()
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.validate)
        for widget in self.fields.values():
            (getattr(widget, "textChanged", None) or widget.currentIndexChanged).connect(lambda *_: self._timer.start())
        for key in ("family_name_local", "given_name_local", "family_name", "given_name"):
            self.fields[key].textChanged.connect(self._suggest)
        self._suggest()
        self.resize(620, 760)

    def _add(self, key: str, label: str, widget: QWidget, hint: QWidget | None = None) -> None:
        self.fields[key] = widget
        self.form.add(key, label, widget, hint=hint)

    def _load(self) -> None:
        for key in TEXT_FIELDS:
            self.fields[key].setText(self._values.get(key) or "")
        self.fields["notes"].setPlainText(self._values.get("notes") or "")
        for key in ("local_lang", "preferred_lang", "name_order"):
            set_choice(self.fields[key], self._values.get(key))
        self.primary.setChecked(bool(self._values.get("is_primary_contact")))

    def collect(self) -> dict[str, object]:
        """The values as typed, normalised as they are stored."""
        values: dict[str, object] = {key: text_of(self.fields[key]) for key in TEXT_FIELDS}
        if values["email"]:
            values["email"] = normalise_email(values["email"])
        values["notes"] = text_of(self.fields["notes"])
        for key in ("local_lang", "preferred_lang", "name_order"):
            values[key] = chosen(self.fields[key])
        values["is_primary_contact"] = self.primary.isChecked()
        values["member_id"] = self._values.get("member_id")
        return values

    def validate(self) -> list[Problem]:
        values = self.collect()
        problems = person_rules(values, region=self._region)
        self.form.show_problems(problems)
        try:
            stored = normalise_phone(str(values["phone"]), self._region) if values["phone"] else None
        except ValueError:
            stored = None
        self.phone_hint.setText(self.tr("Stored as {number}").format(number=stored) if stored else "")
        self.phone_hint.setVisible(bool(stored) and stored != values["phone"])
        return problems

    def _suggest(self) -> None:
        names = (self.fields["family_name_local"].text().strip(), self.fields["given_name_local"].text().strip())
        suggest_choice(self.fields["local_lang"], script_language(*names, country=self._region))  # 黒瀬 → Japanese
        for local, latin, suggestion, reading_hint in (
                ("family_name_local", "family_name", self.latin_suggestion, self.family_reading),
                ("given_name_local", "given_name", self.given_latin_suggestion, self.given_reading)):
            text = self.fields[local].text().strip()
            reading_hint.offer(reading(text) if text else "", self.tr("Suggested reading: {value}"))
            offer = suggested_latin(text) if text and not self.fields[latin].text().strip() else ""
            suggestion.offer(offer, self.tr("Romanised: {value}"))

    def save(self) -> bool:
        if self.validate():
            return False
        values = self.collect()
        changes = values if self._id is None else {k: v for k, v in values.items() if self._values.get(k) != v}
        try:
            saved = save_person(self._store, self._id, changes, expected_version=self._version)
        except ValidationError as exc:
            unplaced = self.form.show_problems(exc.problems)
            if unplaced:
                self._banner.setText("\n".join(located_text(p) for p in unplaced))
                self._banner.show()
            return False
        except ConflictError:
            self._banner.setText(self.tr("Not saved: someone else changed this person while you were editing. "
                                         "Close and open it again to see their change."))
            self._banner.show()
            return False
        except ServiceError as exc:
            self._banner.setText(error_text(exc))
            self._banner.show()
            return False
        if saved.operation_id is not None:
            self.operation_ids.append(saved.operation_id)
        self.accept()
        return True
