"""The benchmark dataset: the demo data set, scaled up by bulk inserts, cached between runs.

The demo database (asfdesk's own demo code) gives realistic rows of every kind; each big
table is then filled by cloning those rows with new ids, dates and texts, in one transaction
per table with the search triggers off, after which the search index is built in one pass.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from asfdesk.demo import catalogue as cat
from asfdesk.demo.database import create_demo_database
from asfdesk.storage import search_schema

VERSION = 9  # bump when the generator changes, so cached files are made anew


@dataclass(frozen=True)
class Scale:
    enterprises: int
    participants: int
    placements: int
    contacts: int
    meetings: int
    big_contacts: int = 2000  # the enterprise the "open an enterprise" figure opens
    big_placements: int = 50
    import_rows: int = 50_000  # the list the import figure reads (not part of the cached dataset)

    @property
    def name(self) -> str:
        return f"e{self.enterprises}-p{self.participants}-pl{self.placements}-c{self.contacts}-m{self.meetings}"


FULL = Scale(5_000, 50_000, 100_000, 1_000_000, 200_000)
# a tenth of FULL, for a quicker look at the team figures (bench/run --team-tenth); they run on FULL
TEAM = Scale(500, 5_000, 10_000, 100_000, 20_000, big_contacts=2_000, big_placements=50)
SMOKE = Scale(40, 200, 300, 3_000, 400, big_contacts=200, big_placements=10, import_rows=300)

TODAY = date(2026, 11, 23)
START = date(2019, 1, 1)
NOTE_WORDS = [
    "styrelsemöte",
    "budget",
    "affärsplan",
    "handledare",
    "arbetsträning",
    "praktik",
    "uppföljning",
    "kassaflöde",
    "stadgar",
    "medlemmar",
    "försäljning",
    "secondhand",
    "café",
    "städ",
    "trädgård",
    "kök",
    "kurs",
    "utbildning",
    "upphandling",
    "verksamhetsberättelse",
    "årsmöte",
    "lönestöd",
    "introduktionsjobb",
    "nätverk",
    "kommunen",
    "samordningsförbund",
]


@dataclass(frozen=True)
class Dataset:
    path: Path
    scale: Scale
    big_enterprise_id: str
    seconds_to_generate: float  # 0 when the cached file was used


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _templates(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    columns = _columns(db, table)
    return [dict(zip(columns, row, strict=True)) for row in db.execute(f"SELECT * FROM {table}")]


def _insert(db: sqlite3.Connection, table: str, rows: Iterator[dict[str, Any]]) -> int:
    columns = _columns(db, table)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    count = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(tuple(row.get(c) for c in columns))
        if len(batch) == 20_000:
            db.executemany(sql, batch)
            count += len(batch)
            batch.clear()
    db.executemany(sql, batch)
    return count + len(batch)


def _stamp(day: date) -> str:
    return datetime(day.year, day.month, day.day, 9, 0).isoformat(sep=" ")


def _day(rng: random.Random, start: date = START, end: date = TODAY) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def _orgnr(number: int) -> str:
    from stdnum import luhn

    body = f"556{number:06d}"  # a legal person's number: its third digit is 2 or more
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def _note(rng: random.Random, module_notes: list[str]) -> str:
    return f"{rng.choice(module_notes)} {' '.join(rng.sample(NOTE_WORDS, 4))}"


def generate(path: Path, scale: Scale, seed: int = 7) -> str:
    """Write the dataset to `path` (replaced); returns the id of the big enterprise."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    create_demo_database(path, backup_dir=path.parent / "backups", seed=seed, today=TODAY)
    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")  # a throwaway file: speed over durability while loading
    db.execute("PRAGMA cache_size = -200000")
    for statement in search_schema.drop_statements():
        db.execute(statement)
    db.execute("BEGIN")
    module_notes = [note for notes in cat.MODULE_NOTES.values() for note in notes]
    municipalities = sorted({e["municipality"] for e in _templates(db, "enterprise")} | set(cat.AME_BY_MUNICIPALITY))

    # enterprises, each with the support relationship the demo gives its first enterprise
    enterprise_template = _templates(db, "enterprise")[0]
    relation_template = _templates(db, "support_relationship")[0]
    enterprise_ids = [str(uuid.uuid4()) for _ in range(scale.enterprises)]

    def enterprises() -> Iterator[dict[str, Any]]:
        for n, eid in enumerate(enterprise_ids):
            base = rng.choice(cat.ENTERPRISES)
            name = f"{base.name.removesuffix(' ek. för.')} {n + 1}"
            created = _stamp(_day(rng, START, date(2022, 1, 1)))
            yield {
                **enterprise_template,
                "id": eid,
                "name": name,
                "orgnr": _orgnr(n),
                "municipality": base.municipality if n % 3 else rng.choice(municipalities),
                "city": base.city,
                "business_lines": json.dumps(list(base.business_lines), ensure_ascii=False),
                "created_at": created,
                "updated_at": created,
            }

    _insert(db, "enterprise", enterprises())
    _insert(
        db,
        "support_relationship",
        ({**relation_template, "id": str(uuid.uuid4()), "enterprise_id": eid} for eid in enterprise_ids),
    )

    participant_template = _templates(db, "participant")[0]
    participant_ids = [str(uuid.uuid4()) for _ in range(scale.participants)]
    _insert(
        db,
        "participant",
        (
            {
                **participant_template,
                "id": pid,
                "code": f"B{n:06d}",
                "personnummer": None,
                "gender": "kvinna" if n % 2 else "man",
                "birth_year": 1960 + n % 45,
                "notes": "",
            }
            for n, pid in enumerate(participant_ids)
        ),
    )

    big = enterprise_ids[0]
    placement_template = _templates(db, "placement")[0]

    def placements() -> Iterator[dict[str, Any]]:
        for n in range(scale.placements):
            start = _day(rng)
            ended = start + timedelta(days=rng.randrange(60, 400))
            finished = ended < TODAY
            yield {
                **placement_template,
                "id": str(uuid.uuid4()),
                "participant_id": participant_ids[n % len(participant_ids)],
                "enterprise_id": big if n < scale.big_placements else rng.choice(enterprise_ids[1:]),
                "supervisor_id": None,
                "agreement_id": None,
                "place_id": None,
                "project_id": None,
                "start_date": start.isoformat(),
                "planned_end_date": ended.isoformat(),
                "end_date": ended.isoformat() if finished else None,
                "status": "avslutad" if finished else "pagaende",
                "outcome": rng.choice(("arbete", "studier", "fortsatt_insats", "avbrott")) if finished else None,
            }

    _insert(db, "placement", placements())

    contact_template = _templates(db, "support_contact")[0]
    advisors = [r[0] for r in db.execute("SELECT id FROM staff WHERE role = 'radgivare'")] or [None]

    def contacts() -> Iterator[dict[str, Any]]:
        for n in range(scale.contacts):
            day = _day(rng)
            yield {
                **contact_template,
                "id": str(uuid.uuid4()),
                "enterprise_id": big if n < scale.big_contacts else enterprise_ids[1 + n % (len(enterprise_ids) - 1)],
                "advisor_id": rng.choice(advisors),
                "contact_date": day.isoformat(),
                "form": rng.choice(("besok", "telefon", "digitalt", "e-post")),
                "minutes": rng.choice((15, 30, 45, 60, 90, 120)),
                "notes": _note(rng, module_notes),
                "next_step": "",
                "next_step_date": None,
                "created_at": _stamp(day),
                "updated_at": _stamp(day),
            }

    _insert(db, "support_contact", contacts())

    meeting_template = _templates(db, "meeting")[0]

    def meetings() -> Iterator[dict[str, Any]]:
        for n in range(scale.meetings):
            day = _day(rng)
            yield {
                **meeting_template,
                "id": str(uuid.uuid4()),
                "enterprise_id": enterprise_ids[n % len(enterprise_ids)],
                "starts_at": f"{day.isoformat()} 10:00:00.000000",
                "status": "genomfort" if day < TODAY else "planerat",
                "notes": _note(rng, module_notes),
                "next_meeting_date": None,
            }

    _insert(db, "meeting", meetings())
    db.execute("COMMIT")
    db.execute("BEGIN")
    for statement in search_schema.create_statements() + search_schema.fill_statements():
        db.execute(statement)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    return big


def dataset(cache_dir: Path, scale: Scale = FULL) -> Dataset:
    """The cached dataset for `scale`, generated first when missing or made by an older generator."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"bench-v{VERSION}-{scale.name}.db"
    marker = path.with_suffix(".big")
    if path.exists() and marker.exists():
        return Dataset(path, scale, marker.read_text(encoding="utf-8").strip(), 0.0)
    started = time.perf_counter()
    big = generate(path, scale)
    marker.write_text(big, encoding="utf-8")
    return Dataset(path, scale, big, time.perf_counter() - started)
