"""Global search: prefix matching, grouping, the index following every write, no personnummer."""

from __future__ import annotations

from datetime import date

from stdnum import luhn

from asfdesk.context import AppContext
from asfdesk.domain.inputs import ContactPersonInput, ParticipantInput, SupportContactInput
from asfdesk.services.search_service import (
    MAX_TERMS,
    PER_KIND,
    kind_expression,
    kind_query,
    match_expression,
    word_expression,
)


def test_query_words_become_quoted_prefixes() -> None:
    """Every word must match as a word start; quotes and operators typed by the user are harmless."""
    assert match_expression("Cykel Luleå") == '"cykel"* AND "luleå"*'
    assert match_expression('"OR" NOT') == '"or"* AND "not"*'
    assert match_expression("  ") is None


def test_search_finds_enterprises_by_name_prefix_and_groups_by_kind(ctx: AppContext) -> None:
    """'möbel' finds the furniture workshop under Företag; kinds come in a fixed order."""
    hits = ctx.search.search("möbel")
    assert "Möbelverkstan Luleå ek. för." in [h.title for h in hits["enterprise"]]
    assert list(hits) == [
        k for k in ("enterprise", "contact_person", "participant", "support_contact", "meeting") if k in hits
    ]


def test_new_and_changed_notes_are_searchable_at_once(ctx: AppContext) -> None:
    """A contact's note is found right after it is saved; after an edit only the new words match."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    contact = ctx.support_contacts.create(
        SupportContactInput(contact_date=date.today(), notes="Planerade loppmarknad i vår"), enterprise.id
    )
    hit = ctx.search.search("loppmarknad")["support_contact"][0]
    assert (hit.record_id, hit.enterprise) == (contact, enterprise.name)
    assert hit.snippet == "Planerade loppmarknad i vår"  # readable: no markers
    assert hit.html() == "Planerade <b>loppmarknad</b> i vår"
    data = ctx.support_contacts.get_input(contact)
    data.notes = "Planerade julmarknad"
    ctx.support_contacts.update(contact, data)
    assert "support_contact" not in ctx.search.search("loppmarknad")
    assert ctx.search.search("julmark")["support_contact"][0].record_id == contact


def test_deleted_records_leave_the_index_and_come_back_on_restore(ctx: AppContext) -> None:
    """A deleted contact person is not found; restoring from the Papperskorg makes it findable again."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    person = ctx.contact_persons.create(ContactPersonInput(name="Zacharias Quist"), enterprise.id)
    assert ctx.search.search("zacharias")["contact_person"][0].record_id == person
    entry = ctx.contact_persons.delete(person)
    assert ctx.search.search("zacharias") == {}
    ctx.trash.restore(entry)
    assert ctx.search.search("zacharias")["contact_person"][0].record_id == person


def test_participants_are_found_by_code_never_by_personnummer(ctx: AppContext) -> None:
    """The pseudonym is searchable; the personnummer is not in the index at all."""
    body = "850101123"
    pnr = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    ctx.participants.create(ParticipantInput(code="ZZ-42", personnummer=pnr))
    assert ctx.search.search("zz-42")["participant"][0].title == "ZZ-42"
    assert ctx.search.search("850101") == {}
    assert ctx.search.search(pnr[-4:]) == {}


def test_every_migration_keeps_the_search_triggers(ctx: AppContext) -> None:
    """Later migrations must not drop the triggers that keep the index current (a table rebuild would)."""
    with ctx.database.engine.connect() as conn:
        from sqlalchemy import text

        triggers = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert {
        f"search_index_{kind}_{op}" for kind in ("participant", "enterprise") for op in ("ai", "au", "ad")
    } <= triggers


def test_a_word_becomes_the_indexed_words_it_begins_when_they_are_known() -> None:
    """Completions are named one by one; an unknown or too-common start stays a prefix query."""
    assert word_expression("handledar", ["handledare", "handledarens"]) == '("handledare" OR "handledarens")'
    assert word_expression("budg", ["budget"]) == '"budget"'
    assert word_expression("budg", None) == '"budg"*'
    assert match_expression("budg luleå", {"budg": ["budget"]}) == '"budget" AND "luleå"*'


def test_completions_find_exactly_what_a_prefix_query_finds(ctx: AppContext) -> None:
    """Searching 'loppis' finds every word it begins, as FTS5's own prefix query does, and nothing else."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    notes = ["Loppisen öppnade", "Loppisar i länet", "Loppisbord bokade", "Ett lopp i stan"]
    ids = {
        ctx.support_contacts.create(SupportContactInput(contact_date=date.today(), notes=note), enterprise.id): note
        for note in notes
    }
    found = {h.record_id for h in ctx.search.search("loppis")["support_contact"]}
    assert {ids[i] for i in found if i in ids} == set(notes[:3])
    with ctx.database.session_factory() as session:
        native = {
            row[0]
            for row in session.execute(
                kind_query("support_contact"),
                {"expression": kind_expression("support_contact", '"loppis"*'), "per_kind": PER_KIND},
            )
        }
    assert found == native


def test_a_start_shared_by_many_words_still_finds_them(ctx: AppContext) -> None:
    """More completions than are worth naming: the prefix query is used, and finds them all."""
    enterprise = ctx.enterprises.list_enterprises()[0]
    words = [f"zqx{n:02d}" for n in range(MAX_TERMS + 5)]
    ctx.support_contacts.create(SupportContactInput(contact_date=date.today(), notes=" ".join(words)), enterprise.id)
    assert len(ctx.search.search("zqx")["support_contact"]) == 1
    assert len(ctx.search.search("zqx0")["support_contact"]) == 1  # ten completions: named one by one


def test_an_enterprises_business_lines_read_as_words_not_as_a_list(ctx: AppContext) -> None:
    from asfdesk.domain.inputs import EnterpriseInput

    ctx.enterprise_records.create(
        EnterpriseInput(
            name="Sökbara Tjänster ek. för.", municipality="Gävle", business_lines=["cykelverkstad", "café & <mat>"]
        )
    )
    hit = next(h for h in ctx.search.search("cykelverkstad")["enterprise"] if h.title == "Sökbara Tjänster ek. för.")
    assert "cykelverkstad, café & <mat>" in hit.snippet
    assert '"' not in hit.snippet and "[" not in hit.snippet
    assert "<b>cykelverkstad</b>, café &amp; &lt;mat&gt;" in hit.html()  # the record's own text stays text
