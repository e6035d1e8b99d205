"""The main window: navigation between the pages, menus and the status bar. Pages do their own work."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMenu, QMessageBox, QStackedWidget, QVBoxLayout, QWidget)

from .. import __version__
from ..store import Store
from .localisation import LANGUAGES, SYSTEM
from .pages import PAGE_KEYS, PAGES
from .settings import LAST_PAGE, UI_LANGUAGE, WINDOW_GEOMETRY

DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, remember_layout: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._remember_layout = remember_layout
        self._pages = QStackedWidget()
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._page_actions = QActionGroup(self)

        for number, entry in enumerate(PAGES, start=1):
            page = entry.create(store, self)
            open_page = getattr(page, "open_page", None)
            if open_page is not None:
                open_page.connect(self.show_page)
            self._pages.addWidget(page)
            title = QCoreApplication.translate("Pages", entry.title)
            item = QListWidgetItem(title, self._navigation)
            item.setSizeHint(QSize(0, self._navigation.fontMetrics().height() * 2 + 8))
            shortcut = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            action = QAction(title, self._page_actions, checkable=True, shortcut=shortcut)
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_page(key))

        self.setCentralWidget(self._central())
        self._build_menus()
        self._navigation.currentRowChanged.connect(self._on_navigation)
        self._database = QLabel(self.tr("Database: {name}").format(name=store.display_name))
        self._database.setObjectName("secondaryText")
        self.statusBar().addPermanentWidget(self._database)
        self.setWindowTitle(self.tr("{database} — ChamberDesk").format(
            database=store.file.name if store.file else store.display_name))

        self.resize(DEFAULT_SIZE)
        if remember_layout:
            self.restoreGeometry(WINDOW_GEOMETRY.read())
            start = LAST_PAGE.read()
        else:
            start = PAGE_KEYS[0]
        self.show_page(start if start in PAGE_KEYS else PAGE_KEYS[0])

    # -- pages --------------------------------------------------------------------------------

    @property
    def navigation(self) -> QListWidget:
        return self._navigation

    def page(self, key: str) -> QWidget:
        return self._pages.widget(PAGE_KEYS.index(key))

    @property
    def current_key(self) -> str:
        return PAGE_KEYS[self._pages.currentIndex()]

    def show_page(self, key: str) -> None:
        self._navigation.setCurrentRow(PAGE_KEYS.index(key))  # _on_navigation does the rest

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        self._pages.setCurrentIndex(row)
        self._page_actions.actions()[row].setChecked(True)
        page = self._pages.currentWidget()
        page.activate()
        self._find_action.setEnabled(hasattr(page, "focus_search"))

    def _refresh_current(self) -> None:
        self._pages.currentWidget().refresh()

    def _print(self) -> None:
        # Imported when first asked for: the print engine (reportlab, the script fonts' shaping) is a
        # third of a second the window's start need not wait for.
        from .print_preview import open_print_preview

        open_print_preview(self._store, self._pages.currentWidget(), self)

    def _find(self) -> None:
        focus_search = getattr(self._pages.currentWidget(), "focus_search", None)
        if focus_search is not None:
            focus_search()

    # -- frame --------------------------------------------------------------------------------

    def _central(self) -> QWidget:
        product = QLabel("ChamberDesk")
        product.setObjectName("productName")
        font = product.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        product.setFont(font)
        width = self._navigation.fontMetrics().averageCharWidth() * 26
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(width)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(product)
        side.addWidget(self._navigation, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self._pages, 1)
        return central

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._print_action = file_menu.addAction(self.tr("&Print…"))
        self._print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self._print_action.triggered.connect(self._print)
        for key in ("members", "delegations", "meetings", "agreements"):
            add_button = getattr(self.page(key), "add_header_action", None)
            if add_button is not None:
                add_button(self._print_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # QKeySequence.Quit is empty on Windows
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._find_action = edit_menu.addAction(self.tr("&Find…"))
        self._find_action.setShortcut(QKeySequence("Ctrl+F"))
        self._find_action.triggered.connect(self._find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self._page_actions.actions())
        view_menu.addSeparator()
        refresh = view_menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self._refresh_current)
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("Interface &language")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About ChamberDesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _build_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        current = UI_LANGUAGE.read()
        choices = {SYSTEM: self.tr("System default"), **LANGUAGES}
        for code, name in choices.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, chosen=code: self._choose_language(chosen))

    def _choose_language(self, code: str) -> None:
        if code == UI_LANGUAGE.read():
            return
        UI_LANGUAGE.write(code)
        self.statusBar().showMessage(self.tr("The new language is used from the next start of ChamberDesk."),
                                     10_000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About ChamberDesk"), self.tr(
            "<h3>ChamberDesk {version}</h3>"
            "<p>Members, delegations, meetings and agreements for chamber-of-commerce secretariats.</p>"
            "<p>Database: {database}</p>"
            "<p>Qt {qt}, PySide6 {pyside}</p>").format(
                version=__version__, database=html.escape(self._store.display_name), qt=qVersion(),
                pyside=pyside_version))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_layout:
            WINDOW_GEOMETRY.write(self.saveGeometry())
            LAST_PAGE.write(self.current_key)
        super().closeEvent(event)
