"""Making the PDFs: one document, or every enterprise's summary in parallel processes.

Each batch worker opens the database itself (read-only), so the work spreads over the cores
without sharing a connection between processes.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.reporting import Audience, Period, document_name
from asfdesk.i18n import in_source_language
from asfdesk.reports.models import FrontMatter
from asfdesk.services.report_queries import ReportQueries
from asfdesk.storage.engine import one_session
from asfdesk.storage.keys import DatabaseKey
from asfdesk.storage.output_files import OutputFailedError, atomic_output, make_folder

if TYPE_CHECKING:
    from asfdesk.storage.engine import Database

Progress = Callable[[int, int, str], None]  # done, total, name of the last one


def safe_filename(text: str) -> str:
    """A file name from an enterprise's name: letters (å ä ö kept), digits and dashes."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return cleaned[:80] or "dokument"


@in_source_language
def support_summary_pdf(
    session_factory: sessionmaker[Session],
    enterprise_id: str,
    period: Period,
    target: Path,
    audience: Audience = Audience.BOARD,
    referrer_id: str | None = None,
    project_id: str | None = None,
) -> Path:
    from asfdesk.reports.support_summary import build_support_summary

    with one_session(session_factory) as reads:
        data = ReportQueries(reads).support_summary(enterprise_id, period, audience, referrer_id, project_id=project_id)
    return build_support_summary(data, target)


@in_source_language
def meeting_summary_pdf(session_factory: sessionmaker[Session], meeting_id: str, target: Path) -> Path:
    from asfdesk.reports.meeting_summary import build_meeting_summary

    with one_session(session_factory) as reads:
        data = ReportQueries(reads).meeting_summary(meeting_id)
    return build_meeting_summary(data, target)


@in_source_language
def goal_report_pdf(
    session_factory: sessionmaker[Session], target: Path, project_id: str | None = None, today: date | None = None
) -> Path:
    """Måluppföljning for every goal, or for one project's."""
    from asfdesk.reports.goal_report import GoalReport, build_goal_report
    from asfdesk.services.goal_queries import GoalQueries
    from asfdesk.storage.models import Project

    today = today or date.today()
    queries = ReportQueries(session_factory)
    scope = "Alla mål"
    if project_id:
        with session_factory() as session:
            project = session.get(Project, project_id)
            scope = (
                f"{project.name} ({project.funder})"
                if project and project.funder
                else (project.name if project else scope)
            )
    data = GoalReport(
        goals=GoalQueries(session_factory).goals(today, project_id),
        scope=scope,
        organisation=queries.header(""),
        printed=today,
        logo=queries.logo(),
    )
    return build_goal_report(data, target)


@in_source_language
def period_report_pdf(
    session_factory: sessionmaker[Session],
    period: Period,
    target: Path,
    audience: Audience = Audience.FUNDER,
    municipality: str | None = None,
    organisation_id: str | None = None,
    referrer_id: str | None = None,
    project_id: str | None = None,
) -> Path:
    """The period report as PDF, or as an Excel workbook when the file name ends in .xlsx."""
    with one_session(session_factory) as reads:
        data = ReportQueries(reads).period_report(
            period, audience, municipality, organisation_id, referrer_id, project_id=project_id
        )
    if target.suffix.lower() == ".xlsx":
        from asfdesk.reports.period_report_xlsx import build_period_report_xlsx

        return build_period_report_xlsx(data, target)
    from asfdesk.reports.period_report import build_period_report

    return build_period_report(data, target)


@dataclass(frozen=True)
class BatchJob:
    database: Path
    enterprise_id: str
    name: str
    start: date
    end: date
    audience: str
    target: Path
    key: DatabaseKey | None = None  # handed to the worker so an encrypted database opens there too
    project_id: str | None = None
    referrer_id: str | None = None  # the handläggare version: that referrer's participants only


JOBS_AHEAD = 4  # jobs handed to the pool per worker before the first of them is done
_worker_databases: dict[tuple[Path, DatabaseKey | None], Database] = {}


def _worker_database(path: Path, key: DatabaseKey | None) -> Database:
    """The worker's own read-only connection to the file, opened once for all its jobs."""
    from asfdesk.storage.engine import Database

    database = _worker_databases.get((path, key))
    if database is None:
        database = Database.on_file(path, read_only=True, key=key)
        _worker_databases[(path, key)] = database
    return database


@contextmanager
def _workers_ignore_interrupts() -> Iterator[None]:
    """Workers started inside ignore Ctrl-C (which reaches the whole process group) from their first
    instruction: the parent decides to stop, and a summary being written is finished, not cut off."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only; the window's batch stops by its own button
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # kept across the workers' exec
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _StopFlag(Event):
    previous: dict[int, Any]


def _stop_requests() -> _StopFlag:
    """On the main thread, Ctrl-C and SIGTERM set the returned flag until `_restore_stop_requests`."""
    import signal
    import threading

    flag = _StopFlag()
    flag.previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            flag.previous[signum] = signal.signal(signum, lambda *_args: flag.set())
    return flag


def _restore_stop_requests(flag: _StopFlag) -> None:
    import signal

    for signum, handler in flag.previous.items():
        signal.signal(signum, handler)


def _run_job(job: BatchJob) -> Path:
    """One enterprise's summary, in a worker process with its own read-only connection."""
    return support_summary_pdf(
        _worker_database(job.database, job.key).session_factory,
        job.enterprise_id,
        Period(job.start, job.end),
        job.target,
        Audience.from_code(job.audience),
        referrer_id=job.referrer_id,
        project_id=job.project_id,
    )


@dataclass
class BatchResult:
    written: list[Path]
    cancelled: bool
    combined: Path | None = None


def summaries_for_all(
    database: Path,
    session_factory: sessionmaker[Session],
    period: Period,
    out_dir: Path,
    audience: Audience = Audience.BOARD,
    enterprise_ids: list[str] | None = None,
    workers: int = 2,
    progress: Progress | None = None,
    cancel: Event | None = None,
    combine: bool = False,
    key: DatabaseKey | None = None,
    project_id: str | None = None,
    referrer_id: str | None = None,
) -> BatchResult:
    """A summary per enterprise (those given, or all with activity in the period) into `out_dir`.

    The handläggare version (`referrer_id`) goes to the enterprises where that referrer's
    participants were placed in the period, each summary showing only those placements.
    """
    from asfdesk.services.report_queries import require_referrer_only_for_case_officer

    require_referrer_only_for_case_officer(audience, referrer_id)
    queries = ReportQueries(session_factory)
    if enterprise_ids is None:
        chosen = (
            queries.enterprises_with_placements_from(referrer_id, period)
            if referrer_id
            else queries.enterprises_with_activity(period)
        )
    else:
        names = dict(queries.all_enterprises())
        chosen = [(eid, names[eid]) for eid in enterprise_ids if eid in names]
    make_folder(out_dir)
    chosen = sorted(chosen, key=lambda row: swedish_key(row[1]))  # Å Ä Ö after Z, as the combined PDF reads
    reader = queries.reader(audience, referrer_id)
    targets = _distinct_targets(
        out_dir, [document_name("Stödsammanfattning", name, period, reader) for _, name in chosen]
    )
    jobs = [
        BatchJob(
            database,
            eid,
            name,
            period.start,
            period.end,
            audience.value,
            target,
            key,
            project_id,
            referrer_id,
        )
        for (eid, name), target in zip(chosen, targets, strict=True)
    ]
    written: list[Path] = []
    cancelled = False
    workers = max(1, workers)
    queued = iter(jobs)
    # spawn, not fork: the window's threads must not be copied into the workers.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: dict[Future[Path], BatchJob] = {}

        def top_up() -> None:
            # A few jobs ahead per worker, not all at once: waiting on thousands of futures costs
            # the pool's own feeding thread its turns, and the workers then wait for work.
            while len(pending) < workers * JOBS_AHEAD and (job := next(queued, None)) is not None:
                pending[pool.submit(_run_job, job)] = job

        with _workers_ignore_interrupts():
            top_up()  # starts the workers
        stopped = _stop_requests()  # Ctrl-C or a stop signal: a flag the loop reads, not an exception inside the pool
        failure: OutputFailedError | None = None
        try:
            while pending:
                done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    job = pending.pop(future)
                    try:
                        written.append(future.result())
                    except OutputFailedError as exc:  # a full disk fails the next one too: stop here
                        failure = failure or exc
                        continue
                    if progress:
                        progress(len(written), len(jobs), job.name)
                if failure is not None or stopped.is_set() or (cancel is not None and cancel.is_set()):
                    cancelled = True
                    for future in pending:
                        future.cancel()  # those already running finish, or fail and clean up, on their own
                    break
                top_up()
        except KeyboardInterrupt:
            # Ctrl-C or a stop signal: nothing new starts; closing, the pool lets the summaries
            # already running finish whole, and no worker is left behind
            for future in pending:
                future.cancel()
            raise
    _restore_stop_requests(stopped)
    if stopped.is_set():
        raise KeyboardInterrupt  # after the pool has closed: its running summaries finished whole
    # the pool has waited for its running jobs: what they wrote is whole and counts
    written += [f.result() for f in pending if not f.cancelled() and f.exception() is None]
    if failure is not None:
        raise OutputFailedError(
            failure.target, f"{failure.message} ({len(written)} av {len(jobs)} sparades i {out_dir}.)"
        )
    in_order = [job for job in jobs if job.target in set(written)]
    combined = None
    if combine and in_order and not cancelled:
        front = FrontMatter(
            title="Stödsammanfattningar",
            period=period,
            reader=reader,
            organisation=queries.header(""),
            logo=queries.logo(),
        )
        combined = combine_pdfs(
            [(job.name, job.target) for job in in_order],
            out_dir / f"{document_name('Stödsammanfattningar', '', period, reader)}.pdf",
            front,
        )
    return BatchResult([job.target for job in in_order], cancelled, combined)


def _distinct_targets(out_dir: Path, names: list[str]) -> list[Path]:
    """One file per name; two enterprises whose names clean up alike get '-2', '-3', not one file."""
    seen: dict[str, int] = {}
    targets = []
    for name in names:
        folded = name.casefold()  # case-insensitive file systems (Windows, macOS) see these as one
        seen[folded] = seen.get(folded, 0) + 1
        targets.append(out_dir / (f"{name}.pdf" if seen[folded] == 1 else f"{name}-{seen[folded]}.pdf"))
    return targets


@in_source_language
def combine_pdfs(parts: list[tuple[str, Path]], target: Path, front: FrontMatter) -> Path:
    """One PDF of many (name, file), in the order given: a title page with a table of contents,
    then each part, each a bookmark (its name) over its own sections, in Swedish."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject, TextStringObject

    from asfdesk.reports.contents import build_front_matter
    from asfdesk.reports.document import LANGUAGE

    readers = [(name, PdfReader(path)) for name, path in parts]
    front_pdf = target.with_name(f".{target.stem}.front.pdf")
    try:
        build_front_matter(front, [(name, len(reader.pages)) for name, reader in readers], front_pdf)
        merged = PdfWriter()
        front_reader = PdfReader(front_pdf)
        merged.append(front_reader, outline_item="Innehåll", import_outline=False)
        for name, reader in readers:
            merged.append(reader, outline_item=name)
    finally:
        front_pdf.unlink(missing_ok=True)
    from asfdesk.reports.contents import number_pages

    number_pages(merged)
    merged.add_metadata(
        {
            "/Title": f"{front.title} {front.period.label}",
            "/Subject": f"{front.title} · {front.period.label} · {front.reader}",
            "/Author": front.organisation or "asfdesk",
            "/Creator": "asfdesk",
        }
    )
    merged.root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE)
    merged.create_viewer_preferences()[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    merged.page_mode = "/UseOutlines"
    with atomic_output(target) as staging:
        merged.write(staging)
    return target
