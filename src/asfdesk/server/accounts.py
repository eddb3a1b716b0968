"""Organisations, user accounts and their devices: set up by the coordinator, used by the API.

A user account has a role and an organisation and is bound to a staff record of that
organisation (created with it when there is none by that name). Each device of a user enrols
once with a one-time code; the device then holds a random token. Both are stored only as SHA-256
hashes (they are 256-bit random values, so a slow hash adds nothing). A revoked device's token
stops working at its next request.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text, update

from asfdesk.server.register import Sequencer, record_change
from asfdesk.server.tables import server_audit, team_account, team_device
from asfdesk.storage.models import Organisation, Staff
from asfdesk.sync import protocol

ROLES = ("radgivare", "handlaggare", "samordnare", "admin")
ORGANISATION_KINDS = ("coompanion", "ame", "af", "samordningsforbund", "kommun", "fk", "ifo", "region", "annan")
CODE_LIFETIME = timedelta(days=14)


class AccountError(Exception):
    """One line for the coordinator: what was wrong with the request."""


@dataclass(frozen=True)
class Who:
    """The authenticated caller of one request."""

    account_id: str
    device_id: str
    name: str
    role: str
    organisation_id: str
    organisation: str  # its name; "" from `authenticate` until `named` reads it
    staff_id: str
    number: int = 0  # the device's, short and unique in the team
    seen_at: datetime | None = None  # the device's last request as written down before this one


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_code() -> str:
    """A one-time enrolment code that can be read aloud: 4 groups of 4 letters and digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def now() -> datetime:
    return datetime.now(UTC)


def act_as(conn: Connection, role: str, organisation_id: str = "", account_id: str = "") -> None:
    """Whose transaction this is, for the row-level security policies (transaction-local)."""
    conn.execute(
        text(
            "SELECT set_config('asfdesk.role', :role, true), set_config('asfdesk.org', :org, true),"
            " set_config('asfdesk.account', :account, true)"
        ),
        {"role": role, "org": organisation_id, "account": account_id},
    )


def audit(
    conn: Connection, action: str, who: Who | None = None, table: str | None = None, ids: Any = None, detail: str = ""
) -> None:
    conn.execute(
        insert(server_audit).values(
            at=now(),
            account_id=who.account_id if who else None,
            device_id=who.device_id if who else None,
            action=action,
            tbl=table,
            row_ids=ids,
            detail=detail,
        )
    )


def _new_domain_row(conn: Connection, sequencer: Sequencer, model: Any, values: dict[str, Any]) -> str:
    row_id = str(uuid.uuid4())
    stamp = now()
    conn.execute(insert(model.__table__).values(id=row_id, created_at=stamp, updated_at=stamp, version=1, **values))
    fields = list(protocol.data_columns(model.__tablename__))
    record_change(conn, model.__tablename__, row_id, sequencer.take(), fields, None)
    return row_id


def add_organisation(engine: Engine, name: str, kind: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise AccountError("Organisationens namn måste vara 1–200 tecken.")
    if kind not in ORGANISATION_KINDS:
        raise AccountError(f"Okänd sorts organisation: {kind} (välj {', '.join(ORGANISATION_KINDS)}).")
    with engine.begin() as conn:
        act_as(conn, "samordnare")
        if _organisation_id(conn, name):
            raise AccountError(f"Organisationen {name} finns redan.")
        sequencer = Sequencer(conn)
        org_id = _new_domain_row(
            conn, sequencer, Organisation, {"name": name, "kind": kind, "municipality": "", "notes": ""}
        )
        sequencer.close()
        audit(conn, "org add", table="organisation", ids=[org_id], detail=name)
        return org_id


def _organisation_id(conn: Connection, name: str) -> str | None:
    rows = conn.execute(select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))).all()
    key = name.strip().casefold()
    return next((str(r.id) for r in rows if r.name.strip().casefold() == key), None)


def add_user(engine: Engine, name: str, role: str, organisation: str, device_name: str = "") -> tuple[str, str]:
    """A new account (and staff record, unless one by that name exists) with its first enrolment code."""
    name = name.strip()
    if not name or len(name) > 200:
        raise AccountError("Namnet måste vara 1–200 tecken.")
    if role not in ROLES:
        raise AccountError(f"Okänd roll: {role} (välj {', '.join(ROLES)}).")
    with engine.begin() as conn:
        act_as(conn, "samordnare")
        org_id = _organisation_id(conn, organisation)
        if org_id is None:
            raise AccountError(f"Okänd organisation: {organisation}. Lägg till den först: asfdesk-server org add")
        taken = conn.execute(
            select(team_account.c.id).where(team_account.c.name == name, team_account.c.organisation_id == org_id)
        ).first()
        if taken:
            raise AccountError(
                f"{name} har redan ett konto i {organisation}. Ge en ny kod med: asfdesk-server device add"
            )
        staff_id = conn.execute(
            select(Staff.id).where(Staff.organisation_id == org_id, Staff.name == name, Staff.deleted_at.is_(None))
        ).scalar()
        if staff_id is None:
            sequencer = Sequencer(conn)
            staff_role = {"admin": "annan"}.get(role, role)
            staff_id = _new_domain_row(
                conn,
                sequencer,
                Staff,
                {"organisation_id": org_id, "name": name, "role": staff_role, "email": "", "phone": ""},
            )
            sequencer.close()
        account_id = str(uuid.uuid4())
        conn.execute(
            insert(team_account).values(
                id=account_id, name=name, role=role, organisation_id=org_id, staff_id=staff_id, created_at=now()
            )
        )
        code = _new_device(conn, account_id, device_name)
        audit(conn, "user add", table="team_account", ids=[account_id], detail=f"{name} ({role})")
        return account_id, code


def add_device(engine: Engine, user: str, device_name: str = "") -> str:
    """Another one-time code for a user's next device."""
    with engine.begin() as conn:
        rows = conn.execute(select(team_account.c.id).where(team_account.c.name == user.strip())).all()
        if len(rows) != 1:
            raise AccountError(f"Ingen entydig användare heter {user}.")
        code = _new_device(conn, str(rows[0].id), device_name)
        audit(conn, "device add", table="team_account", ids=[str(rows[0].id)])
        return code


def _new_device(conn: Connection, account_id: str, device_name: str) -> str:
    code = new_code()
    conn.execute(
        insert(team_device).values(
            id=str(uuid.uuid4()),
            account_id=account_id,
            name=device_name,
            code_hash=digest(normalise_code(code)),
            code_expires=now() + CODE_LIFETIME,
            created_at=now(),
        )
    )
    return code


def list_devices(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                team_device.c.id,
                team_device.c.name,
                team_device.c.enrolled_at,
                team_device.c.revoked_at,
                team_device.c.last_seen_at,
                team_account.c.name.label("user"),
                team_account.c.role,
            )
            .join(team_account, team_account.c.id == team_device.c.account_id)
            .order_by(team_account.c.name, team_device.c.created_at)
        ).all()
    return [dict(r._mapping) for r in rows]


def revoke_device(engine: Engine, device_id: str) -> str:
    """Revoke the device whose id is `device_id` or begins with it (at least four characters, as
    `device list` shows ids); its id."""
    wanted = device_id.strip().lower()
    if len(wanted) < 4:
        raise AccountError("Ange enhetens id, eller minst dess fyra första tecken (asfdesk-server device list).")
    with engine.begin() as conn:
        found = conn.execute(
            select(team_device.c.id, team_device.c.revoked_at)
            .where(team_device.c.id.startswith(wanted, autoescape=True))
            .with_for_update()
        ).all()
        if not found:
            raise AccountError(f"Ingen enhet har id {device_id} (asfdesk-server device list).")
        if len(found) > 1:
            raise AccountError(f"{len(found)} enheter har id som börjar med {device_id}: skriv fler tecken.")
        (device, revoked_at) = found[0]
        if revoked_at is not None:
            raise AccountError(f"Enheten {device} är redan spärrad.")
        conn.execute(update(team_device).where(team_device.c.id == device).values(revoked_at=now(), code_hash=None))
        audit(conn, "device revoke", table="team_device", ids=[device])
    return str(device)


def _device_of_code(conn: Connection, code: str, lock: bool) -> Any:
    query = select(team_device.c.id, team_device.c.code_expires, team_device.c.revoked_at).where(
        team_device.c.code_hash == digest(normalise_code(code))
    )
    found = conn.execute(query.with_for_update() if lock else query).first()
    if found is None or found.revoked_at is not None:
        raise AccountError("Koden gäller inte. Be samordnaren om en ny.")
    if found.code_expires is not None and found.code_expires < now():
        raise AccountError("Koden har gått ut. Be samordnaren om en ny.")
    return found


def enrol(conn: Connection, code: str, device_name: str) -> tuple[Who, str]:
    """Exchange a one-time code for a device token; raises AccountError for a wrong or used code."""
    found = _device_of_code(conn, code, lock=True)
    token = secrets.token_urlsafe(32)
    conn.execute(
        update(team_device)
        .where(team_device.c.id == found.id)
        .values(code_hash=None, token_hash=digest(token), enrolled_at=now(), name=device_name[:200], last_seen_at=now())
    )
    who = _who(conn, team_device.c.id == found.id)
    assert who is not None
    return who, token


def code_owner(conn: Connection, code: str) -> Who:
    """Whose a one-time code is, without using it up (for a look before joining)."""
    found = _device_of_code(conn, code, lock=False)
    who = _who(conn, team_device.c.id == found.id)
    if who is None:
        raise AccountError("Koden gäller inte. Be samordnaren om en ny.")
    return who


def authenticate(conn: Connection, token: str) -> Who | None:
    """The account and device of a token, if the device is enrolled and not revoked (one
    statement: most requests need no organisation's name, see `named`)."""
    return _who(conn, team_device.c.token_hash == digest(token), with_name=False)


def named(conn: Connection, who: Who) -> Who:
    """`who` with the organisation's name, read as that account (organisations are seen by every role)."""
    act_as(conn, who.role, who.organisation_id, who.account_id)
    organisation = conn.execute(select(Organisation.name).where(Organisation.id == who.organisation_id)).scalar()
    act_as(conn, "")  # nobody, until the request says whose transaction it is
    return dataclasses.replace(who, organisation=organisation or "")


def _who(conn: Connection, condition: Any, with_name: bool = True) -> Who | None:
    found = conn.execute(
        select(
            team_device.c.id.label("device_id"),
            team_device.c.revoked_at,
            team_device.c.number,
            team_device.c.last_seen_at,
            team_account.c.id.label("account_id"),
            team_account.c.name,
            team_account.c.role,
            team_account.c.organisation_id,
            team_account.c.staff_id,
            team_account.c.disabled_at,
        )
        .join(team_account, team_account.c.id == team_device.c.account_id)
        .where(condition)
    ).first()
    if found is None or found.revoked_at is not None or found.disabled_at is not None:
        return None
    who = Who(
        account_id=found.account_id,
        device_id=found.device_id,
        name=found.name,
        role=found.role,
        organisation_id=found.organisation_id,
        organisation="",
        staff_id=found.staff_id,
        number=int(found.number or 0),
        seen_at=found.last_seen_at,
    )
    return named(conn, who) if with_name else who
