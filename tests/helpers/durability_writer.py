"""A writer process for the durability test: saves records in a loop and reports each commit.

Prints one line `<id>` per record *after* its transaction has returned, then goes on until
it is killed. Usage: python -m tests.helpers.durability_writer DATABASE
"""

from __future__ import annotations

import sys
from pathlib import Path

from asfdesk.domain.inputs import ContactPersonInput
from asfdesk.services.enterprise_service import ContactPersonService
from asfdesk.services.trash_service import TrashService
from asfdesk.storage.migrate import open_database
from asfdesk.storage.models import Enterprise


def main() -> None:
    path = Path(sys.argv[1])
    database = open_database(path, backup_dir=path.parent / "backups")
    with database.session_factory.begin() as session:
        enterprise = Enterprise(
            name="Hållbarhetstest", legal_form="ekonomisk_forening", municipality="Luleå", status="etablerad"
        )
        session.add(enterprise)
    print(f"enterprise {enterprise.id}", flush=True)
    service = ContactPersonService(database.session_factory, TrashService(database.session_factory))
    number = 0
    while True:
        number += 1
        record_id = service.create(ContactPersonInput(name=f"Person {number}", notes="x" * 200), enterprise.id)
        sys.stdout.write(f"{record_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
