"""Benchmark: a 1,000-participant en,ja delegation roster, printed the way a user prints it.

Builds a temporary database with 1,000 participants whose names and companies are in Latin and
Japanese script, then times the whole process of ``chamberdesk print roster … --langs en,ja``
(a fresh interpreter each run: start-up, reading the database, layout, fonts, writing the PDF)
and reports the file size. Target (DESIGN.md): at most 2 s and 2 MB; aim for 1 s.

If LibreOffice is installed (Debian: libreoffice-calc-nogui), it also times what secretariats do
today — the same roster as an XLSX converted with ``soffice --headless --convert-to pdf`` — and
prints the ratio.

    python benchmarks/roster_benchmark.py [--participants N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from chamberdesk.core.enums import Direction, NameOrder, OrganisationKind, SelectionStatus
from chamberdesk.core.model import Delegation, Member, Organisation, Participant, Person
from chamberdesk.print.bilingual import LanguagePair, names_in, values_in
from chamberdesk.store import open_store

FAMILIES = [("Sato", "佐藤", "さとう"), ("Suzuki", "鈴木", "すずき"), ("Takahashi", "髙橋", "たかはし"),
            ("Tanaka", "田中", "たなか"), ("Watanabe", "渡邊", "わたなべ"), ("Ito", "伊藤", "いとう"),
            ("Yamamoto", "山本", "やまもと"), ("Nakamura", "中村", "なかむら"), ("Kobayashi", "小林", "こばやし"),
            ("Kato", "加藤", "かとう"), ("Yoshida", "𠮷田", "よしだ"), ("Yamada", "山田", "やまだ"),
            ("Sasaki", "佐々木", "ささき"), ("Yamaguchi", "山口", "やまぐち"), ("Matsumoto", "松本", "まつもと"),
            ("Inoue", "井上", "いのうえ"), ("Kimura", "木村", "きむら"), ("Hayashi", "林", "はやし"),
            ("Saito", "齋藤", "さいとう"), ("Shimizu", "清水", "しみず")]
# Given names from two parts, so that most of the 1,000 names differ (as on a real roster).
GIVEN_HEADS = [("Hiro", "浩"), ("Taka", "隆"), ("Masa", "正"), ("Kazu", "和"), ("Nao", "直"), ("Yoshi", "義"),
               ("Tomo", "智"), ("Hide", "秀"), ("Aki", "明"), ("Nori", "典")]
GIVEN_TAILS = [("shi", "志"), ("ki", "樹"), ("ya", "也"), ("to", "人"), ("o", "夫"), ("hiko", "彦"), ("ko", "子"),
               ("mi", "美"), ("e", "恵"), ("ka", "香")]
TRADES = [("Precision", "精密", "Precision machining"), ("Ceramics", "陶器", "Ceramics"),
          ("Textile", "織物", "Textiles"), ("Foods", "食品", "Food processing"), ("Cutlery", "刃物", "Cutlery"),
          ("Printing", "印刷", "Printing"), ("Lacquer", "漆器", "Crafts"), ("Electronics", "電子", "Electronics")]
CITIES = [("Osaka", "大阪"), ("Nagoya", "名古屋"), ("Tokyo", "東京"), ("Seki", "関"), ("Tajimi", "多治見"),
          ("Kanazawa", "金沢"), ("Sakai", "堺"), ("Kyoto", "京都")]
TITLES = [("President & CEO", "代表取締役社長"), ("Managing Director", "専務取締役"), ("Director, Sales", "取締役営業部長"),
          ("Export Manager", "海外営業課長")]
XLSX_COLUMNS = ("No.", "Name", "氏名", "Company", "会社名", "Title", "役職", "Sector", "City", "都市")


def build_database(path: Path, participants: int) -> int:
    """A database with one delegation of ``participants`` travellers; returns the delegation's id."""
    random.seed(20270102)
    store = open_store(path)
    with Session(store.engine) as session, session.begin():
        ours = Organisation(name="Indo Japan Chamber of Commerce Kerala", name_local="印日商工会議所ケララ",
                            local_lang="ja", kind=OrganisationKind.CHAMBER, country="IN", is_ours=True)
        session.add(ours)
        members = []
        for number in range(participants // 4):
            family, family_local, _reading = FAMILIES[number % len(FAMILIES)]
            trade, trade_local, sector = TRADES[number % len(TRADES)]
            city, city_local = CITIES[number % len(CITIES)]
            members.append(Member(name=f"{family} {trade} Co., Ltd. No. {number + 1}",
                                  name_local=f"株式会社{family_local}{trade_local}第{number + 1}工場", local_lang="ja",
                                  country="JP", city=city, city_local=city_local, sector=sector))
        session.add_all(members)
        session.flush()
        delegation = Delegation(title="Japanese SME Mission to Kerala 2027", title_local="日本中小企業ケララ訪問団 2027",
                                local_lang="ja", direction=Direction.INBOUND, origin_country="JP", host_country="IN",
                                starts_on=date(2027, 2, 1), ends_on=date(2027, 2, 6), organiser_organisation_id=ours.id)
        session.add(delegation)
        people = []
        for number in range(participants):
            family, family_local, reading = random.choice(FAMILIES)
            (head, head_local), (tail, tail_local) = random.choice(GIVEN_HEADS), random.choice(GIVEN_TAILS)
            given, given_local = head + tail, head_local + tail_local
            title, title_local = random.choice(TITLES)
            people.append(Person(family_name=family, given_name=given, family_name_local=family_local,
                                 given_name_local=given_local, local_lang="ja", family_name_reading=reading,
                                 name_order=NameOrder.FAMILY_FIRST, title=title, title_local=title_local,
                                 member_id=members[number % len(members)].id))
        session.add_all(people)
        session.flush()
        session.add_all([Participant(delegation_id=delegation.id, person_id=person.id, member_id=person.member_id,
                                     position=number, selection=SelectionStatus.SELECTED)
                         for number, person in enumerate(people)])
        delegation_id = delegation.id
    store.dispose()
    return delegation_id


def time_runs(command: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of each run of a whole process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def time_chamberdesk(database: Path, delegation: int, output: Path, runs: int) -> list[float]:
    return time_runs([sys.executable, "-m", "chamberdesk", "--db", str(database), "print", "roster", str(delegation),
                      "--langs", "en,ja", "-o", str(output)], runs)


def write_xlsx(database: Path, delegation: int, path: Path) -> None:
    """The same roster as a spreadsheet, laid out as secretariats keep it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    store = open_store(database)
    pair = LanguagePair("en", "ja")
    book = Workbook()
    sheet = book.active
    sheet.title = "Roster"
    sheet.append(XLSX_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    with store.read() as session:
        participants = session.query(Participant).filter_by(delegation_id=delegation).order_by(Participant.position)
        for number, participant in enumerate(participants, start=1):
            person, member = participant.person, participant.member
            names = [span.text for span in names_in(pair, person)] + [""]
            companies = [span.text for span in values_in(pair, member, "name")] + [""]
            titles = [span.text for span in values_in(pair, person, "title")] + [""]
            cities = [span.text for span in values_in(pair, member, "city")] + [""]
            sheet.append([number, names[0], names[1], companies[0], companies[1], titles[0], titles[1],
                          member.sector, cities[0], cities[1]])
    for column, width in zip("ABCDEFGHIJ", (5, 18, 12, 30, 30, 18, 16, 18, 10, 8)):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    book.save(path)
    store.dispose()


def time_libreoffice(soffice: str, xlsx: Path, folder: Path, runs: int) -> list[float]:
    profile = folder / "lo-profile"  # its own profile: the first run pays LibreOffice's first start
    return time_runs([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                      "--outdir", str(folder), str(xlsx)], runs)


def pages(pdf: Path) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def describe(times: list[float]) -> str:
    return (f"first {times[0]:.2f} s, best {min(times):.2f} s, median {statistics.median(times):.2f} s "
            f"over {len(times)} runs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the database and PDFs here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "roster-benchmark.sqlite"
        database.unlink(missing_ok=True)
        delegation = build_database(database, args.participants)
        output = folder / "chamberdesk-roster-en-ja.pdf"
        ours = time_chamberdesk(database, delegation, output, args.runs)
        size = output.stat().st_size
        print(f"ChamberDesk roster, {args.participants} participants, en,ja: {describe(ours)}; "
              f"{size / 1e6:.2f} MB, {pages(output)} pages")
        print(f"  target ≤ 2 s and ≤ 2 MB: {'met' if statistics.median(ours) <= 2 and size <= 2e6 else 'NOT met'}"
              f" (aim 1 s: {'met' if statistics.median(ours) <= 1 else 'not met'})")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice not installed (Debian: apt-get install libreoffice-calc-nogui): no comparison.")
            return 0
        xlsx = folder / "spreadsheet-roster-en-ja.xlsx"
        write_xlsx(database, delegation, xlsx)
        theirs = time_libreoffice(soffice, xlsx, folder, args.runs)
        converted = xlsx.with_suffix(".pdf")
        print(f"LibreOffice XLSX → PDF, same roster: {describe(theirs)}; "
              f"{converted.stat().st_size / 1e6:.2f} MB, {pages(converted)} pages")
        print(f"  ratio LibreOffice / ChamberDesk (median): {statistics.median(theirs) / statistics.median(ours):.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
