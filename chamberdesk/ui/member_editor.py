"""The member editor: every field of a member SME, its tags and its contact persons.

Problems are shown next to their field while typing (the services' own rules, so what the
editor accepts the service accepts); saving goes through ``services.directory`` in one audited
operation, whose id the Members page keeps for undo. A change someone else saved meanwhile is
refused with a message that says what to do.
"""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.errors import ConflictError, InvalidValue, Problem, ServiceError, ValidationError
from ..core.model import Member
from ..core.money import to_decimal
from ..core.rules import member_rules
from ..core.search.romanise import reading, suggested_latin
from ..core.text import script_language
from ..core.services.directory import archive, load_member, save_member
from ..core.typed_values import iso_date, read_dues, whole_number, year
from ..core.validation import normalise_email, normalise_phone
from .combo_data import chosen
from .editor_widgets import (choice, country_choice, language_choice, line, reading_line, set_choice,
                             suggest_choice, text_block, text_of)
from .field_form import FieldForm
from .member_fields import field_label
from .name_suggestion import Suggestion
from .person_editor import PersonEditor
from .problem_text import error_text, located_text
from .style import Tone

VALIDATE_DELAY_MS = 250
TEXT_FIELDS = ("name", "name_local", "name_reading", "city", "city_local", "address", "address_local", "postal_code",
               "email", "phone", "website", "sector", "registration_no")
BLOCK_FIELDS = ("strengths", "needs", "notes")
TAG_KINDS = ("strength", "need", "general")


class MemberEditor(QDialog):
    def __init__(self, store, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberEditor")
        self._store = store
        self._details = load_member(store, member_id)
        self.operation_ids: list[int] = []  # every operation this editor wrote, oldest first
        self.setWindowTitle(self.tr("New member") if member_id is None else self.tr("Member: {name}").format(
            name=self._details.values["name"]))
        self.form = FieldForm()
        self.fields: dict[str, QWidget] = {}
        self._build_form()
        self._banner = QLabel()
        self._banner.setObjectName("editorBanner")
        self._banner.setWordWrap(True)
        self._banner.setStyleSheet(f"background: {Tone.DANGER.value[1]}; color: {Tone.DANGER.value[0]}; "
                                   "padding: 8px; border-radius: 4px;")
        self._banner.hide()

        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side = self._build_side()
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(side, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.archive_button = self.buttons.addButton(self.tr("Archive"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.archive_button.setEnabled(member_id is not None and self._details.values.get("archived_at") is None)
        self.archive_button.clicked.connect(self._archive)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self._load_values()
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)
        for widget in self.fields.values():
            signal = getattr(widget, "textChanged", None) or getattr(widget, "currentIndexChanged")
            signal.connect(lambda *_: self._validate_timer.start())
        self.resize(1040, 720)

    # -- building ------------------------------------------------------------------------------

    def _add(self, key: str, label: str, widget: QWidget, hint: QWidget | None = None) -> None:
        self.fields[key] = widget
        self.form.add(key, label, widget, hint=hint)

    def _build_form(self) -> None:
        form = self.form
        form.add_section(self.tr("Names"))
        self._add("name", self.tr("Name (Latin) *"), line("name"))
        self.latin_suggestion = Suggestion(self.fields["name"])
        self._add("name_local", self.tr("Name (local script)"), line("name_local"), self.latin_suggestion)
        self._add("local_lang", self.tr("Language of the local name"), language_choice("local_lang", self.tr("—")))
        self.fields["name_reading"] = reading_line("name_reading",
                                                   placeholder=self.tr("kana, e.g. くろせせいみつ"))
        self.reading_suggestion = Suggestion(self.fields["name_reading"])
        form.add("name_reading", self.tr("Reading (kana)"), self.fields["name_reading"], hint=self.reading_suggestion)
        self.fields["name_local"].textChanged.connect(self._suggest)
        self.fields["name"].textChanged.connect(self._suggest)

        form.add_section(self.tr("Where"))
        codes = [code for code in Locale("en").territories if len(code) == 2 and code.isalpha()]
        self._add("country", self.tr("Country *"), country_choice("country", codes))
        self._add("city", self.tr("City"), line("city"))
        self._add("city_local", self.tr("City (local script)"), line("city_local"))
        self._add("address", self.tr("Address"), line("address"))
        self._add("address_local", self.tr("Address (local script)"), line("address_local"))
        self._add("postal_code", self.tr("Postal code"), line("postal_code"))

        form.add_section(self.tr("Contact"))
        self._add("email", self.tr("E-mail"), line("email", placeholder="info@example.com"))
        self.phone_hint = QLabel()
        self.phone_hint.setObjectName("phoneHint")
        self.phone_hint.setStyleSheet(f"color: {Tone.NEUTRAL.value[0]};")
        self._add("phone", self.tr("Phone"), line("phone", placeholder=self.tr("as dialled in the country")),
                  self.phone_hint)
        self._add("website", self.tr("Website"), line("website", placeholder="https://"))

        form.add_section(self.tr("Company"))
        self._add("sector", self.tr("Sector"), line("sector"))
        self._add("size_class", self.tr("Size"), choice("size_class", "size_class", empty=self.tr("—")))
        self._add("employees", self.tr("Employees"), line("employees"))
        self._add("founded_year", self.tr("Founded (year)"), line("founded_year", placeholder="1985"))
        self._add("registration_no", self.tr("Registration number"), line("registration_no"))

        form.add_section(self.tr("Membership"))
        self._add("membership_status", self.tr("Status"), choice("membership_status", "membership_status"))
        self._add("member_since", self.tr("Member since"), line("member_since", placeholder="YYYY-MM-DD"))
        self._add("member_until", self.tr("Member until"), line("member_until", placeholder="YYYY-MM-DD"))
        self._add("dues_amount", self.tr("Yearly dues"), line("dues_amount", placeholder="12000"))
        self._add("dues_currency", self.tr("Dues currency"), line("dues_currency", placeholder="INR, JPY, THB"))

        form.add_section(self.tr("Strengths and needs"))
        for key, label in (("strengths", self.tr("Strengths")), ("needs", self.tr("Needs")), ("notes", self.tr("Notes"))):
            self._add(key, label, text_block(key))

    def _build_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        tags = FieldForm()
        tags.add_section(self.tr("Tags (separate with ;)"))
        labels = {"strength": self.tr("Strengths"), "need": self.tr("Needs"), "general": self.tr("Other")}
        self.tag_fields = {kind: line(f"{kind}Tags") for kind in TAG_KINDS}
        for kind in TAG_KINDS:
            tags.add(f"tags_{kind}", labels[kind], self.tag_fields[kind])
        column.addWidget(tags)

        heading = QLabel(self.tr("Contact persons"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        self.persons = QTableWidget(0, 4)
        self.persons.setObjectName("contactPersons")
        self.persons.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Local script"), self.tr("Title"),
                                                self.tr("E-mail")])
        self.persons.verticalHeader().hide()
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.persons.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.persons.horizontalHeader().setStretchLastSection(True)
        self.persons.doubleClicked.connect(lambda index: self._edit_person(index.row()))
        column.addWidget(self.persons, 1)
        buttons = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("Add contact…"))
        self.add_person_button.setAutoDefault(False)
        self.add_person_button.clicked.connect(lambda: self._edit_person(None))
        self.edit_person_button = QPushButton(self.tr("Edit contact…"))
        self.edit_person_button.setAutoDefault(False)
        self.edit_person_button.clicked.connect(lambda: self._edit_person(self.persons.currentRow()))
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.edit_person_button)
        buttons.addStretch()
        column.addLayout(buttons)
        self._no_contacts_yet = QLabel(self.tr("Save the member first to add its contact persons."))
        self._no_contacts_yet.setWordWrap(True)
        column.addWidget(self._no_contacts_yet)
        return side

    # -- values --------------------------------------------------------------------------------

    def _load_values(self) -> None:
        values = self._details.values
        for key in TEXT_FIELDS + BLOCK_FIELDS:
            self.fields[key].setPlainText(values.get(key) or "") if key in BLOCK_FIELDS else \
                self.fields[key].setText(values.get(key) or "")
        for key in ("local_lang", "country", "size_class", "membership_status"):
            set_choice(self.fields[key], values.get(key))
        for key in ("employees", "founded_year"):
            self.fields[key].setText("" if values.get(key) is None else str(values[key]))
        for key in ("member_since", "member_until"):
            self.fields[key].setText(values[key].isoformat() if values.get(key) else "")
        currency = values.get("dues_currency")
        self.fields["dues_currency"].setText(currency or "")
        if values.get("dues_minor") is not None and currency:
            self.fields["dues_amount"].setText(str(to_decimal(values["dues_minor"], currency)))
        for kind in TAG_KINDS:
            self.tag_fields[kind].setText("; ".join(self._details.tags.get(kind, [])))
        self._show_persons()
        self._suggest()

    def _show_persons(self) -> None:
        persons = self._details.persons
        self.persons.setRowCount(len(persons))
        for row, person in enumerate(persons):
            name = person["name"] + (" ★" if person["primary"] else "")
            for column, text in enumerate((name, person["name_local"], person["title"], person["email"])):
                self.persons.setItem(row, column, QTableWidgetItem(text or ""))
        has_id = self._details.id is not None
        self.add_person_button.setEnabled(has_id)
        self.edit_person_button.setEnabled(has_id and bool(persons))
        self._no_contacts_yet.setVisible(not has_id)

    def collect(self) -> tuple[dict[str, object], list[Problem]]:
        """The values as typed, converted and normalised as they are stored; and the problems of converting
        them."""
        problems: list[Problem] = []
        values: dict[str, object] = {key: text_of(self.fields[key]) for key in TEXT_FIELDS + BLOCK_FIELDS}
        if values["email"]:
            values["email"] = normalise_email(values["email"])
        for key in ("local_lang", "country", "size_class", "membership_status"):
            values[key] = chosen(self.fields[key])
        for key, convert in (("employees", whole_number), ("founded_year", year),
                             ("member_since", iso_date), ("member_until", iso_date)):
            text = text_of(self.fields[key])
            try:
                values[key] = convert(text) if text else None
            except InvalidValue as exc:
                problems.append(Problem.of(key, exc.refusal))
                values[key] = None
        currency = (text_of(self.fields["dues_currency"]) or "").upper() or None
        values["dues_currency"] = currency
        values["dues_minor"], refused = read_dues(text_of(self.fields["dues_amount"]), currency)
        problems += [Problem.of(field_name, refusal) for field_name, refusal in refused]
        return values, problems

    def validate(self) -> list[Problem]:
        values, problems = self.collect()
        problems += member_rules(values)
        self._show_phone(values)
        self.form.show_problems(problems)
        return problems

    def _show_phone(self, values: dict[str, object]) -> None:
        phone = values.get("phone")
        try:
            normalised = normalise_phone(str(phone), values.get("country")) if phone else None
        except ValueError:
            normalised = None
        self.phone_hint.setText(self.tr("Stored as {number}").format(number=normalised) if normalised else "")
        self.phone_hint.setVisible(bool(normalised) and normalised != phone)

    def _suggest(self) -> None:
        local = self.fields["name_local"].text().strip()
        # 黒瀬精機 → Japanese (Chinese in China or Taiwan), ശ്രീ… → Malayalam
        country = chosen(self.fields["country"])
        suggest_choice(self.fields["local_lang"], script_language(local, country=country))
        self.reading_suggestion.offer(reading(local) if local else "", self.tr("Suggested reading: {value}"))
        latin = suggested_latin(local) if local and not self.fields["name"].text().strip() else ""
        self.latin_suggestion.offer(latin, self.tr("Romanised: {value}"))

    # -- saving --------------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        values, _problems = self.collect()
        original = self._details.values
        return {k: v for k, v in values.items() if self._details.id is None or original.get(k) != v}

    def _point_at(self, problems: list[Problem]) -> None:
        """Say which fields need correcting and scroll to the first: some are below the fold."""
        keys = dict.fromkeys(p.field for p in problems)
        in_form_order = [key for key in self.fields if key in keys] + [key for key in keys if key not in self.fields]
        names = QLocale().createSeparatedList([field_label(key) for key in in_form_order])  # 名称、国 in Japanese
        self._show_banner(self.tr("Please correct: {fields}.").format(fields=names))
        first = next((self.fields[key] for key in in_form_order if key in self.fields), None)
        if first is not None:
            self._scroll.ensureWidgetVisible(first, 0, 60)

    def save(self) -> bool:
        problems = self.validate()
        if problems:
            self._point_at(problems)
            return False
        tags = {kind: [t for t in self.tag_fields[kind].text().split(";") if t.strip()] for kind in TAG_KINDS}
        try:
            saved = save_member(self._store, self._details.id, self.changes(), tags,
                                expected_version=self._details.version)
        except ValidationError as exc:
            unplaced = self.form.show_problems(exc.problems)
            self._point_at(exc.problems)
            if unplaced:
                self._show_banner("\n".join(located_text(p) for p in unplaced))
            return False
        except ConflictError as exc:
            self._show_banner(self.tr("Not saved: someone else changed this member while you were editing it. "
                                      "Close the editor and open the member again to see their change.")
                              + "\n" + error_text(exc))
            return False
        except ServiceError as exc:
            self._show_banner(error_text(exc))
            return False
        if saved.operation_id is not None:
            self.operation_ids.append(saved.operation_id)
        self.accept()
        return True

    def _archive(self) -> None:
        answer = QMessageBox.question(self, self.tr("Archive member"), self.tr(
            "Archive {name}? It stays in documents and history but is shown as archived.").format(
                name=self._details.values["name"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = archive(self._store, Member, self._details.id, expected_version=self._details.version)
        except ServiceError as exc:
            self._show_banner(error_text(exc))
            return
        self.operation_ids.append(saved.operation_id)
        self.accept()

    def _show_banner(self, text: str) -> None:
        self._banner.setText(text)
        self._banner.show()

    def _edit_person(self, row: int | None) -> None:
        if self._details.id is None or (row is not None and not 0 <= row < len(self._details.persons)):
            return
        person_id = None if row is None else self._details.persons[row]["id"]
        editor = PersonEditor(self._store, person_id, member_id=self._details.id,
                              region=chosen(self.fields["country"]),
                              member_lang=chosen(self.fields["local_lang"]), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.operation_ids.extend(editor.operation_ids)
            self._details.persons = load_member(self._store, self._details.id).persons
            self._show_persons()

    def keyPressEvent(self, event) -> None:  # Enter in a field must not close the editor unsaved
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            self.save()
            return
        super().keyPressEvent(event)
