"""The member list's filters: country, sector, size, membership status, tag, archived records.

Offers only values the directory has (``services.directory.facets``) and emits one
``DirectoryFilters`` value whenever a choice changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from ..core.directory_filters import DirectoryFilters
from ..core.services.directory import Facets
from ..i18n.formatting import country_name
from .combo_data import add_no_choice, chosen, find_choice
from .labels import VOCABULARIES, value_label
from .localisation import formatting_locale
from .settings import SHOW_ARCHIVED_MEMBERS


class DirectoryFilterBar(QWidget):
    changed = Signal(object)  # DirectoryFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryFilters")
        self.country = self._combo(self.tr("All countries"), "countryFilter")
        self.sector = self._combo(self.tr("All sectors"), "sectorFilter")
        self.size = self._combo(self.tr("Any size"), "sizeFilter")
        self.status = self._combo(self.tr("Any membership"), "statusFilter")
        self.tag = self._combo(self.tr("Any tag"), "tagFilter")
        for value in VOCABULARIES["size_class"]:
            self.size.addItem(value_label("size_class", value), value)
        for value in VOCABULARIES["membership_status"]:
            self.status.addItem(value_label("membership_status", value), value)
        self.archived = QCheckBox(self.tr("Show archived"))  # by default archived and merged members are hidden
        self.archived.setChecked(SHOW_ARCHIVED_MEMBERS.read())  # as the person left it
        self.archived.toggled.connect(SHOW_ARCHIVED_MEMBERS.write)
        self.archived.toggled.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.country, self.sector, self.size, self.status, self.tag):
            layout.addWidget(widget)
        layout.addWidget(self.archived)
        layout.addStretch()

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        add_no_choice(combo, everything)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_facets(self, facets: Facets) -> None:
        """Fill the choices from what the directory holds, keeping what is chosen."""
        lang = formatting_locale()
        for combo, values, label in ((self.country, facets.countries, lambda c: country_name(c, lang)),
                                     (self.sector, facets.sectors, str), (self.tag, facets.tags, str)):
            current = chosen(combo)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(values, key=lambda v: label(v).casefold()):
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, find_choice(combo, current)))
            combo.blockSignals(False)

    def filters(self) -> DirectoryFilters:
        def selected(combo: QComboBox) -> frozenset[str]:
            value = chosen(combo)
            return frozenset({value}) if value else frozenset()

        return DirectoryFilters(countries=selected(self.country), sectors=selected(self.sector),
                                size_classes=selected(self.size), statuses=selected(self.status),
                                tags=selected(self.tag),
                                include_archived=self.archived.isChecked())

    def _emit(self) -> None:
        self.changed.emit(self.filters())
