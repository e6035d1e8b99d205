"""The PySide6 face of ChamberDesk: windows, pages and table models over the core services.

Only this package imports Qt. Widgets never query the database: they call core functions
(``core.listing`` sources, ``core.dashboard``) with a short-lived session from the store.
"""
