"""Benchmark: the member directory at scale — 100,000 members and 300,000 persons.

Builds the data set (Core executemany, keys and search index computed as the services do), then
measures, each in a fresh interpreter, and prints medians:

- search per keystroke over members and persons together, from the keystroke in the real Members
  page (offscreen) to its model updated, for a 3-letter Latin word and 2- and 4-character
  Japanese words; also until the visible rows are read (target ≤ 30 ms, aim 10);
- first window usable from launch: a new process until the window is shown, and until the
  Members page lists all members (target ≤ 1.5 s);
- import of a 50,000-row XLSX in our layout, with validation and duplicate checking against the
  100,000 members (target ≤ 10 s);
- peak memory (maximum resident set) of each of those processes (target ≤ 300 MB).

    python benchmarks/members_benchmark.py [--members N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PERSONS_PER_MEMBER = 3
IMPORT_ROWS = 50_000
KEYSTROKES = {  # (what is typed before, the keystroke measured) per kind of query
    "Latin, 3 letters": [("ku", "r"), ("sa", "k"), ("ta", "n"), ("me", "n"), ("ho", "r"), ("pr", "e"), ("ya", "m"),
                         ("ch", "a"), ("wo", "n"), ("gi", "k"), ("na", "k"), ("ra", "j")],
    "Japanese, 2 characters": [("小", "林"), ("山", "本"), ("高", "橋"), ("中", "村"), ("工", "業"), ("林", "檎"),
                               ("精", "密"), ("鋳", "造"), ("加", "藤"), ("水", "産"), ("佐", "々"), ("電", "子")],
    "Japanese, 4 characters": [("精密工", "業"), ("山本鍛", "造"), ("株式会", "社"), ("長谷川", "電"),
                               ("高橋電", "子"), ("中村製", "作"), ("食品工", "業"), ("金属工", "業"),
                               ("くろせ", "せ"), ("やまも", "と"), ("プレス", "工"), ("有限会", "社")],
}


PHONES = {  # numbers of the right length for each country, as E.164
    "JP": lambda rng: f"+816{rng.randint(60_000_000, 69_999_999)}",
    "IN": lambda rng: f"+919{rng.randint(100_000_000, 899_999_999)}",
    "TH": lambda rng: f"+662{rng.randint(1_000_000, 9_999_999)}",
    "ID": lambda rng: f"+6221{rng.randint(10_000_000, 99_999_999)}",
}


# -- the data set ---------------------------------------------------------------------------------

def _groups():
    from chamberdesk.core.demo import companies as c
    from chamberdesk.core.demo import names as n

    def trades(table):
        return [part for parts in table.values() for part in parts]

    return [  # (country, lang, weight, person community, company words, trades, forms, cities, reading?)
        ("JP", "ja", 30, n.JAPANESE, [p for ps in c.JAPAN_OLD_NAMES.values() for p in ps] + list(c.JAPAN_LUCKY_NAMES),
         trades(c.JAPAN_TRADES), [(local, latin) for local, latin in c.JAPAN_FORMS], list(c.JAPAN_OLD_NAMES), True),
        ("IN", "ml", 25, n.KERALA_HINDU, list(c.KERALA_BLESSINGS), trades(c.KERALA_TRADES),
         [(f.local, f.latin) for f in c.KERALA_FORMS], ["Kochi", "Thrissur", "Kozhikode", "Kollam", "Alappuzha"],
         False),
        ("IN", "hi", 15, n.HINDI_HINDU, list(c.HINDI_BLESSINGS), trades(c.HINDI_TRADES),
         [(f.local, f.latin) for f in c.HINDI_FORMS], ["Surat", "Agra", "Kanpur", "Ludhiana", "Jaipur"], False),
        ("TH", "th", 15, n.THAI, list(c.THAI_NAMES), trades(c.THAI_TRADES),
         [("บริษัท {} จำกัด", "Co., Ltd.")], list(c.THAI_PLACES), False),
        ("ID", None, 15, n.INDONESIAN_MUSLIM, [], [], [("", "PT")], ["Bandung", "Semarang", "Surabaya", "Medan"],
         False),
    ]


# Coined brand words (Latin and katakana): real registers hold names that differ, not 100,000
# combinations of a few dozen words, so duplicate checking meets realistic candidate sets.
SYLLABLES = [("ka", "カ"), ("ki", "キ"), ("ku", "ク"), ("ke", "ケ"), ("ko", "コ"), ("sa", "サ"), ("shi", "シ"),
             ("su", "ス"), ("se", "セ"), ("so", "ソ"), ("ta", "タ"), ("chi", "チ"), ("te", "テ"), ("to", "ト"),
             ("na", "ナ"), ("ni", "ニ"), ("no", "ノ"), ("ha", "ハ"), ("hi", "ヒ"), ("fu", "フ"), ("ho", "ホ"),
             ("ma", "マ"), ("mi", "ミ"), ("mo", "モ"), ("ya", "ヤ"), ("yu", "ユ"), ("yo", "ヨ"), ("ra", "ラ"),
             ("ri", "リ"), ("ro", "ロ"), ("wa", "ワ"), ("ren", "レン"), ("ron", "ロン"), ("zen", "ゼン")]


def _brand(rng: random.Random):
    from chamberdesk.core.demo.names import NamePart

    parts = [rng.choice(SYLLABLES) for _ in range(rng.choice((3, 3, 4)))]
    latin = "".join(p[0] for p in parts).capitalize()
    return NamePart(latin, "".join(p[1] for p in parts), None)


def _member_values(rng: random.Random, group, number: int) -> dict[str, object]:
    country, lang, _weight, community, words, trades, forms, cities, japanese = group
    founder = rng.choice(community.family)
    trade = rng.choice(trades) if trades else None
    # A founder's family or a place word, a coined brand, then the trade: as varied as real registers.
    word = _brand(rng)
    if not japanese:  # brands are written in Latin letters inside Thai, Malayalam and Hindi names too
        word = type(word)(word.latin, word.latin)
    if words and rng.random() < 0.3:
        founder = rng.choice(words)
    local_form, latin_form = rng.choice(forms)
    if country == "ID":
        name = f"PT {founder.latin} {word.latin} {rng.choice(['Jaya', 'Makmur', 'Abadi', 'Sentosa', 'Mandiri'])}"
        local = None
    elif country == "TH":
        name = f"{founder.latin} {word.latin} {trade.latin} {latin_form}"
        local = local_form.format(f"{founder.local}{word.local}{trade.local}")
    elif japanese:
        name = f"{founder.latin} {word.latin} {trade.latin} {latin_form}"
        core = f"{founder.local}{word.local}{trade.local}"
        local = f"{local_form}{core}" if rng.random() < 0.4 else f"{core}{local_form}"
    else:
        name = f"{founder.latin} {word.latin} {trade.latin} {latin_form}"
        local = f"{founder.local} {word.local} {trade.local} {local_form}"
    reading = None
    if japanese and founder.reading and trade.reading:
        from chamberdesk.core.text import fold
        reading = fold(founder.reading + word.local + trade.reading)
    domain = "".join(ch for ch in name.lower() if ch.isalnum())[:18] + str(number)
    return {"name": name, "name_local": local, "local_lang": lang, "name_reading": reading, "country": country,
            "city": rng.choice(cities), "email": f"info@{domain}.example", "sector": trade.latin if trade else "Trade",
            "phone": PHONES[country](rng), "size_class": rng.choice(
                ["micro", "small", "medium"]), "membership_status": "active", "founded_year": rng.randint(1950, 2020)}


def _person_values(rng: random.Random, group, member_id: int, number: int, primary: bool) -> dict[str, object]:
    from chamberdesk.core.demo.names import pick_name

    community = group[3]
    person = pick_name(rng, community)
    given = person.given
    return {"family_name": person.family.latin, "given_name": given.latin if given else None,
            "family_name_local": person.family.local, "given_name_local": given.local if given else None,
            "family_name_reading": person.family.reading, "given_name_reading": given.reading if given else None,
            "local_lang": community.lang if person.family.local else None, "name_order": community.order.value,
            "email": f"{person.family.latin.lower()}.{number}@mail.example", "member_id": member_id,
            "is_primary_contact": primary, "title": "Managing Director" if primary else "Manager"}


def build(path: Path, members: int) -> dict[str, float]:
    from sqlalchemy import insert

    from chamberdesk.core.base import new_uid, utc_now
    from chamberdesk.core.model import Member, Person
    from chamberdesk.core.search import index
    from chamberdesk.core.search.documents import member_derived, person_derived
    from chamberdesk.store import open_store

    started = time.perf_counter()
    store = open_store(path)
    rng = random.Random(20261121)
    groups = _groups()
    weights = [g[2] for g in groups]
    now = utc_now()
    member_columns = [c.key for c in Member.__table__.columns if c.key != "id"]
    person_columns = [c.key for c in Person.__table__.columns if c.key != "id"]
    batch = 5000
    next_person = 1
    with store.engine.begin() as connection:
        for start in range(1, members + 1, batch):
            member_rows, person_rows, chosen = [], [], []
            for member_id in range(start, min(start + batch, members + 1)):
                group = rng.choices(groups, weights)[0]
                values = dict.fromkeys(member_columns) | _member_values(rng, group, member_id)
                values.update(id=member_id, uid=new_uid(), version=1, created_at=now, updated_at=now)
                values.update(member_derived(values))
                member_rows.append(values)
                chosen.append((member_id, group))
            for member_id, group in chosen:
                for number in range(PERSONS_PER_MEMBER):
                    values = dict.fromkeys(person_columns) | _person_values(rng, group, member_id, next_person,
                                                                             number == 0)
                    values.update(id=next_person, uid=new_uid(), version=1, created_at=now, updated_at=now)
                    values.update(person_derived(values))
                    person_rows.append(values)
                    next_person += 1
            connection.execute(insert(Member.__table__), member_rows)
            connection.execute(insert(Person.__table__), person_rows)
            index.add(connection, [index.entry("member", v) for v in member_rows])
            index.add(connection, [index.entry("person", v) for v in person_rows])
    with store.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return {"build_s": time.perf_counter() - started, "db_mb": path.stat().st_size / 1e6}


def write_import_file(database: Path, target: Path, rows: int) -> None:
    """50,000 rows in our layout: new members, 4 % copies of existing members, 1 % repeated within the file."""
    from openpyxl import Workbook

    from chamberdesk.core.exchange.layout import COLUMNS
    from chamberdesk.store import open_store

    store = open_store(database)
    existing = []
    with store.engine.connect() as connection:
        existing = connection.exec_driver_sql(
            "SELECT name, name_local, country, email FROM member ORDER BY random() LIMIT ?", (rows // 25,)).fetchall()
    store.dispose()
    rng = random.Random(50_000)
    groups = _groups()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Members")
    sheet.append(list(COLUMNS))
    written: list[list[object]] = []
    for number in range(rows):
        if number % 25 == 3 and existing:
            name, local, country, email = existing.pop()
            record = {"name": name, "name_local": local, "country": country, "email": email}
        elif number % 100 == 7 and written:
            sheet.append(written[-1])
            continue
        else:
            group = rng.choices(groups, [g[2] for g in groups])[0]
            record = _member_values(rng, group, 1_000_000 + number)
            person = _person_values(rng, group, 0, 2_000_000 + number, True)
            record.update({f"contact_{k}": v for k, v in person.items() if k not in ("member_id", "is_primary_contact")})
            record["tags"] = "import;benchmark"
        row = [record.get(column) for column in COLUMNS]
        sheet.append(row)
        written.append(row)
    workbook.save(target)


# -- the measurements (each in its own process) ---------------------------------------------------

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _WorkersPeak:
    """The largest resident set of this process's worker processes, sampled while they run:
    RUSAGE_CHILDREN would count, for a spawned child, the parent's memory it was forked with."""

    def __init__(self) -> None:
        import threading

        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.05):
            total = 0.0
            for children in Path(f"/proc/{me}/task").glob("*/children"):
                for child in children.read_text().split():
                    try:
                        # Between fork and exec a child still shows this process's memory: only a
                        # worker already running its own program is counted.
                        if b"multiprocessing" not in Path(f"/proc/{child}/cmdline").read_bytes():
                            continue
                        status = Path(f"/proc/{child}/status").read_text()
                    except OSError:
                        continue
                    total += next((int(line.split()[1]) / 1024 for line in status.splitlines()
                                   if line.startswith("VmHWM:")), 0.0)
            self.peak_mb = max(self.peak_mb, total)


def measure_search(database: Path) -> dict[str, object]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings

    from chamberdesk.store import open_store
    from chamberdesk.ui.app import build_application
    from chamberdesk.ui.main_window import MainWindow

    settings = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    store = open_store(database)
    app = build_application("en")
    window = MainWindow(store, remember_layout=False)
    window.resize(1280, 800)
    window.show()
    window.show_page("members")
    page = window.page("members")
    model, box = page.model, page.search_box
    for _ in range(5):
        app.processEvents()
    reset = []
    model.modelReset.connect(lambda: reset.append(time.perf_counter()))

    def keystroke(before: str, key: str) -> tuple[float, float, int]:
        box.setText(before)
        deadline = time.perf_counter() + 5
        while page._search_timer.isActive() and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()
        reset.clear()
        started = time.perf_counter()
        box.insert(key)  # one key typed at the end of the text
        while not reset and time.perf_counter() < deadline:
            app.processEvents()
        updated = reset[0]
        page.table.viewport().repaint()  # the view reads the rows it shows
        painted = time.perf_counter()
        return (updated - started) * 1000, (painted - started) * 1000, model.rowCount()

    results: dict[str, object] = {}
    for kind, strokes in KEYSTROKES.items():
        for warm in strokes[:2]:
            keystroke(*warm)
        timings = [keystroke(*stroke) for stroke in strokes]
        results[kind] = {"model_ms": statistics.median(t[0] for t in timings),
                         "rows_ms": statistics.median(t[1] for t in timings),
                         "max_model_ms": max(t[0] for t in timings),
                         "median_hits": statistics.median(t[2] for t in timings)}
    box.clear()
    results["peak_mb"] = _peak_mb()
    window.close()
    shutil.rmtree(settings, ignore_errors=True)
    return results


LAUNCH = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from chamberdesk.store import open_store
from chamberdesk.ui.app import build_application
from chamberdesk.ui.main_window import MainWindow
store = open_store(sys.argv[1])
app = build_application("en")
window = MainWindow(store, remember_layout=False)
window.show()
app.processEvents()
print("shown", time.time(), flush=True)
window.show_page("members")
window.repaint()
app.processEvents()
print("members", time.time(), flush=True)
import resource
print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
"""


def measure_launch(database: Path, runs: int) -> dict[str, float]:
    shown, members, peaks = [], [], []
    settings = tempfile.mkdtemp()
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", LAUNCH, str(database), settings], capture_output=True, text=True,
                             check=True).stdout
        marks = dict(line.split() for line in out.splitlines() if line.split()[0] in ("shown", "members", "peak"))
        shown.append(float(marks["shown"]) - started)
        members.append(float(marks["members"]) - started)
        peaks.append(float(marks["peak"]))
    shutil.rmtree(settings, ignore_errors=True)
    return {"window_shown_s": statistics.median(shown), "members_listed_s": statistics.median(members),
            "peak_mb": max(peaks)}


def measure_import(database: Path, file: Path) -> dict[str, object]:
    from chamberdesk.core.exchange.importer import apply_import, plan_import
    from chamberdesk.store import open_store

    store = open_store(database)
    with _WorkersPeak() as workers:
        started = time.perf_counter()
        plan = plan_import(store, file)
        checked = time.perf_counter()
        result = apply_import(store, plan, skip_bad_rows=True)
        done = time.perf_counter()
    return {"check_s": checked - started, "write_s": done - checked, "total_s": done - started,
            "rows": len(plan.rows), "bad_rows": len(plan.bad_rows), "duplicates": len(plan.duplicates),
            "created": result.created, "peak_mb": _peak_mb(), "workers_peak_mb": workers.peak_mb}


def measure_sqlite_share(database: Path, file: Path) -> dict[str, object]:
    """What SQLite alone takes to write the same import: the statements the import would run are
    recorded (not run), then run straight through the driver, with the import's settings and its
    commit. The rest of an import's time is Python's: reading, checking, keys, duplicates."""
    from chamberdesk.core.exchange import bulk_sqlite, writer
    from chamberdesk.core.exchange.importer import apply_import, plan_import
    from chamberdesk.core.search import index as search_index
    from chamberdesk.store import open_store

    store = open_store(database)
    statements: list[tuple[str, list[tuple]]] = []
    bulk_sqlite._insert = lambda raw, sql, values: statements.append((sql, values))
    apply_import(store, plan_import(store, file), skip_bad_rows=True)  # commits only its (empty) operation
    started = time.perf_counter()
    with store.engine.begin() as connection:
        raw = connection.connection.driver_connection
        with writer._larger_page_cache(connection), search_index.bulk_loading(connection):
            for sql, values in statements:
                raw.executemany(sql, values)
        written = time.perf_counter()
    return {"insert_s": written - started, "commit_s": time.perf_counter() - written,
            "rows": sum(len(values) for _sql, values in statements)}


def _fresh_copy(database: Path, copy: Path) -> None:
    """A copy of the data set to import into; a journal left beside an earlier copy (a run stopped
    halfway) would otherwise be replayed into it."""
    for suffix in ("-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(database, copy)


def _child(step: str, *args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--step", step, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{step} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=IMPORT_ROWS)
    parser.add_argument("--runs", type=int, default=5, help="launches measured")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the data set in DIR")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:  # a measurement in a fresh interpreter, as asked by the parent
        database = Path(options.args[0])
        result = {"build": lambda: build(database, int(options.args[1])),
                  "file": lambda: write_import_file(database, Path(options.args[1]), int(options.args[2])) or {},
                  "search": lambda: measure_search(database),
                  "import": lambda: measure_import(database, Path(options.args[1])),
                  "sqlite": lambda: measure_sqlite_share(database, Path(options.args[1]))}[options.step]()
        print(json.dumps(result))
        return

    folder = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="chamberdesk-members-"))
    folder.mkdir(parents=True, exist_ok=True)
    database, import_file = folder / "members.sqlite", folder / "import-50000.xlsx"
    try:
        if not database.exists():
            print(f"Building {options.members:,} members and {options.members * PERSONS_PER_MEMBER:,} persons …")
            built = _child("build", str(database), str(options.members))
            print(f"  built in {built['build_s']:.1f} s, database {built['db_mb']:.0f} MB")
        if not import_file.exists():
            _child("file", str(database), str(import_file), str(options.import_rows))
        search = _child("search", str(database))
        print("\nSearch per keystroke, members and persons together (median of 12; keystroke → model updated / "
              "→ visible rows read):")
        for kind in KEYSTROKES:
            s = search[kind]
            print(f"  {kind:<24} {s['model_ms']:6.1f} ms / {s['rows_ms']:6.1f} ms   (max {s['max_model_ms']:.1f} ms, "
                  f"median {s['median_hits']:,.0f} members listed)")
        launch = measure_launch(database, options.runs)
        print(f"\nFirst window usable from launch (median of {options.runs}): window shown "
              f"{launch['window_shown_s']:.2f} s; Members page listing {options.members:,} members "
              f"{launch['members_listed_s']:.2f} s")
        copy = folder / "import-target.sqlite"
        _fresh_copy(database, copy)
        imported = _child("import", str(copy), str(import_file))
        _fresh_copy(database, copy)
        sqlite_share = _child("sqlite", str(copy), str(import_file))
        copy.unlink()
        print(f"\nImport of {imported['rows']:,} XLSX rows against {options.members:,} members: "
              f"{imported['total_s']:.1f} s (check + duplicates {imported['check_s']:.1f} s, writing "
              f"{imported['write_s']:.1f} s); {imported['duplicates']:,} duplicates, {imported['bad_rows']} bad rows, "
              f"{imported['created']:,} created")
        print(f"  of which SQLite alone, the same {sqlite_share['rows']:,} rows straight through the driver: "
              f"{sqlite_share['insert_s'] + sqlite_share['commit_s']:.1f} s ({sqlite_share['commit_s']:.1f} s of it "
              f"the commit)")
        print(f"\nPeak memory: search {search['peak_mb']:.0f} MB, launch {launch['peak_mb']:.0f} MB, "
              f"import {imported['peak_mb']:.0f} MB (and its worker process {imported['workers_peak_mb']:.0f} MB)")
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
