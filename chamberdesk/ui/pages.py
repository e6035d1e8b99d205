"""The pages of the main window, in navigation order: one dashboard and a list page per record kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..core.listing import SOURCES
from ..store import Store
from .dashboard_page import DashboardPage
from .list_page import ListPage, ListPageSpec
from .members_page import MembersPage

LIST_PAGES = (
    ListPageSpec("members", SOURCES["members"], QT_TRANSLATE_NOOP("Pages", "Members"),
                 QT_TRANSLATE_NOOP("Pages", "Search members and their contacts: names in any script, reading, "
                                   "romaji, e-mail, city"),
                 sort="name"),
    ListPageSpec("delegations", SOURCES["delegations"], QT_TRANSLATE_NOOP("Pages", "Delegations"),
                 QT_TRANSLATE_NOOP("Pages", "Search delegations by title"), sort="starts_on", descending=True),
    ListPageSpec("meetings", SOURCES["meetings"], QT_TRANSLATE_NOOP("Pages", "Meetings"),
                 QT_TRANSLATE_NOOP("Pages", "Search meetings by title"), sort="starts", descending=True,
                 hidden=("tz",)),  # the start time already names its zone (JST, IST)
    ListPageSpec("agreements", SOURCES["agreements"], QT_TRANSLATE_NOOP("Pages", "Agreements"),
                 QT_TRANSLATE_NOOP("Pages", "Search agreements by title"), sort="signed_on", descending=True),
)


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # translatable, context "Pages"
    create: Callable[[Store, QWidget | None], QWidget]


def _list_page(spec: ListPageSpec) -> PageEntry:
    page = MembersPage if spec.key == "members" else ListPage  # the directory has its own actions
    return PageEntry(spec.key, spec.title, lambda store, parent: page(store, spec, parent))


PAGES: tuple[PageEntry, ...] = (
    PageEntry("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), DashboardPage),
    *(_list_page(spec) for spec in LIST_PAGES),
)
PAGE_KEYS = tuple(page.key for page in PAGES)
