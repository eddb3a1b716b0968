"""Who sees what, enforced by PostgreSQL itself: row-level security on every shared table (decision 0017).

The API connects as a role that owns nothing and may not bypass RLS; each transaction says whose
it is with `set_config(..., true)` (transaction-local, like SET LOCAL), and the policies below
decide which rows that user's queries see and may write. Tables are FORCE ROW LEVEL SECURITY, so
not even their owner reads around the rules. The rules need to look at other tables (does my
organisation support this enterprise?); those look-ups are functions owned by a role that may
bypass RLS (SECURITY DEFINER), so policies never recurse into each other.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from asfdesk.sync import protocol

# A record seen by a user makes the records it cannot exist without seen too (a placement its
# participant and enterprise), removed ones included: the rules below are closed under required
# references, so every record a laptop receives can be written there.
SCOPE_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION asfdesk_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('asfdesk.role', true), '') $$;

CREATE OR REPLACE FUNCTION asfdesk_org() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('asfdesk.org', true), '') $$;

CREATE OR REPLACE FUNCTION asfdesk_created_here(t text, rid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM sync_row WHERE tbl = t AND row_id = rid AND origin_org = asfdesk_org()) $$;

CREATE OR REPLACE FUNCTION asfdesk_supports(eid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM support_relationship
                  WHERE enterprise_id = eid AND organisation_id = asfdesk_org() AND deleted_at IS NULL) $$;

-- Participants whose consents begin, run out or are withdrawn on a day in (since, until]: who may
-- see their personnummer changes with the calendar, without any record changing.
CREATE OR REPLACE FUNCTION asfdesk_consents_turning(since date, until date) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT DISTINCT participant_id FROM consent WHERE deleted_at IS NULL AND (
       (given_date > since AND given_date <= until)
       OR (expires + 1 > since AND expires + 1 <= until)
       OR (withdrawn_date > since AND withdrawn_date <= until)) $$;

CREATE OR REPLACE FUNCTION asfdesk_referred(pid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM participant WHERE id = pid AND referring_organisation_id = asfdesk_org()) $$;

CREATE OR REPLACE FUNCTION asfdesk_hosts_referred(eid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM placement p JOIN participant pa ON pa.id = p.participant_id
                  WHERE p.enterprise_id = eid AND pa.referring_organisation_id = asfdesk_org()) $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_enterprise(eid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE asfdesk_role()
     WHEN 'samordnare' THEN true
     WHEN 'radgivare' THEN asfdesk_supports(eid) OR asfdesk_created_here('enterprise', eid)
     WHEN 'handlaggare' THEN asfdesk_hosts_referred(eid) OR asfdesk_created_here('enterprise', eid)
     ELSE false END $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_business(eid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE asfdesk_role()
     WHEN 'samordnare' THEN true
     WHEN 'radgivare' THEN asfdesk_sees_enterprise(eid)
     ELSE false END $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_participant(pid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE asfdesk_role()
     WHEN 'samordnare' THEN true
     WHEN 'handlaggare' THEN asfdesk_referred(pid) OR asfdesk_created_here('participant', pid)
     WHEN 'radgivare' THEN asfdesk_created_here('participant', pid) OR EXISTS (
         SELECT 1 FROM placement p WHERE p.participant_id = pid
                                     AND (asfdesk_supports(p.enterprise_id)
                                          OR asfdesk_created_here('enterprise', p.enterprise_id)))
     ELSE false END $$;

CREATE OR REPLACE FUNCTION asfdesk_may_place(pid text, eid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE asfdesk_role()
     WHEN 'samordnare' THEN true
     WHEN 'handlaggare' THEN asfdesk_referred(pid) OR asfdesk_created_here('participant', pid)
     WHEN 'radgivare' THEN asfdesk_supports(eid) OR asfdesk_created_here('enterprise', eid)
     ELSE false END $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_placement(plid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (
     SELECT 1 FROM placement p
     WHERE p.id = plid
       AND (asfdesk_created_here('placement', plid) OR asfdesk_may_place(p.participant_id, p.enterprise_id))
       AND asfdesk_sees_participant(p.participant_id) AND asfdesk_sees_enterprise(p.enterprise_id)) $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_meeting(mid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE asfdesk_role()
     WHEN 'samordnare' THEN true
     WHEN 'radgivare' THEN asfdesk_created_here('meeting', mid) OR EXISTS (
         SELECT 1 FROM meeting m WHERE m.id = mid AND m.enterprise_id IS NOT NULL
                                   AND asfdesk_supports(m.enterprise_id))
     WHEN 'handlaggare' THEN asfdesk_created_here('meeting', mid) OR EXISTS (
         SELECT 1 FROM meeting_placement mp WHERE mp.meeting_id = mid
                                               AND asfdesk_sees_placement(mp.placement_id))
     ELSE false END $$;

CREATE OR REPLACE FUNCTION asfdesk_sees_contact(cid text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM support_contact c WHERE c.id = cid AND asfdesk_sees_business(c.enterprise_id)) $$;

CREATE OR REPLACE FUNCTION asfdesk_in_team() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT asfdesk_role() IN ('radgivare', 'handlaggare', 'samordnare') $$;

-- The records referring to some (`t`'s rows whose column `col` is one of `rids`) with one more
-- reference column of each (`up`, or none), whoever may see them: for offering records whose
-- visibility changed to every puller.
CREATE OR REPLACE FUNCTION asfdesk_children(t text, col text, rids text[], up text)
RETURNS TABLE (id text, up_id text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF NOT (t || '.' || col = ANY (string_to_array('{references}', ','))) THEN
    RAISE EXCEPTION 'not a reference: %.%', t, col;
  END IF;
  IF up IS NULL THEN
    RETURN QUERY EXECUTE format('SELECT id::text, NULL::text FROM %I WHERE %I = ANY ($1)', t, col) USING rids;
  ELSE
    IF NOT (t || '.' || up = ANY (string_to_array('{references}', ','))) THEN
      RAISE EXCEPTION 'not a reference: %.%', t, up;
    END IF;
    RETURN QUERY EXECUTE format('SELECT id::text, %I::text FROM %I WHERE %I = ANY ($1)', up, t, col) USING rids;
  END IF;
END $$;

-- Which of `vals` (each an array of a natural key's values, in the order of `cols`) the team
-- already holds, and as which record (the oldest live one): for merging duplicates.
CREATE OR REPLACE FUNCTION asfdesk_find_natural_many(t text, cols text[], vals jsonb, folded boolean)
RETURNS TABLE (n integer, id text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  clause text := '';
BEGIN
  IF NOT (t = ANY (string_to_array('{natural}', ','))) THEN
    RAISE EXCEPTION 'not a table with a natural key: %', t;
  END IF;
  FOR i IN 1 .. array_length(cols, 1) LOOP
    IF folded THEN
      clause := clause || format(' AND lower(r.%I::text) = lower(v.k ->> %s)', cols[i], i - 1);
    ELSE
      clause := clause || format(' AND r.%I::text = (v.k ->> %s)', cols[i], i - 1);
    END IF;
  END LOOP;
  RETURN QUERY EXECUTE format(
    'SELECT DISTINCT ON (v.n) v.n::integer, r.id::text '
    'FROM jsonb_array_elements($1) WITH ORDINALITY AS v(k, n) JOIN %I r ON r.deleted_at IS NULL %s '
    'ORDER BY v.n, r.created_at, r.id', t, clause) USING vals;
END
$$;

-- A duplicate sent by someone who may not see the record it duplicates still adds what the team
-- lacks: its values fill the record's empty fields (and only those); the fields where both hold a
-- value are returned, so the merge records them as conflicts for those who may see the record.
CREATE OR REPLACE FUNCTION asfdesk_merge_fill(t text, rid text, vals jsonb, edited text[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  current jsonb;
  col text;
  filled text[] := '{}';
  differs jsonb := '{}';
BEGIN
  IF NOT (t = ANY (string_to_array('{natural}', ','))) THEN
    RAISE EXCEPTION 'not a table with a natural key: %', t;
  END IF;
  EXECUTE format('SELECT to_jsonb(x) FROM %I x WHERE id = $1', t) INTO current USING rid;
  IF current IS NULL THEN
    RETURN NULL;
  END IF;
  FOR col IN SELECT jsonb_object_keys(vals) LOOP
    CONTINUE WHEN NOT current ? col OR col IN ('id', 'created_at', 'deleted_at', 'updated_at', 'version');
    CONTINUE WHEN vals -> col = 'null'::jsonb OR vals ->> col = '' OR vals -> col = '[]'::jsonb;
    IF (current -> col = 'null'::jsonb OR current ->> col = '' OR current -> col = '[]'::jsonb)
       AND NOT col = ANY (edited) THEN
      EXECUTE format('UPDATE %I SET %I = (jsonb_populate_record(NULL::%I, $1)).%I WHERE id = $2', t, col, t, col)
        USING vals, rid;
      filled := filled || col;
    ELSIF current -> col IS DISTINCT FROM vals -> col THEN
      differs := differs || jsonb_build_object(col, current -> col);
    END IF;
  END LOOP;
  RETURN jsonb_build_object('filled', to_jsonb(filled), 'differs', differs);
END
$$;

-- A record new to the server may be one it has under another id (same organisationsnummer,
-- participant code, …): looked up across everything, whoever asks, by the merge only.
"""

FUNCTION_NAMES = (
    "asfdesk_created_here(text, text)",
    "asfdesk_supports(text)",
    "asfdesk_consents_turning(date, date)",
    "asfdesk_referred(text)",
    "asfdesk_hosts_referred(text)",
    "asfdesk_sees_enterprise(text)",
    "asfdesk_sees_business(text)",
    "asfdesk_sees_participant(text)",
    "asfdesk_may_place(text, text)",
    "asfdesk_sees_placement(text)",
    "asfdesk_sees_meeting(text)",
    "asfdesk_sees_contact(text)",
    "asfdesk_children(text, text, text[], text)",
    "asfdesk_find_natural_many(text, text[], jsonb, boolean)",
    "asfdesk_merge_fill(text, text, jsonb, text[])",
)

EVERYONE = "asfdesk_in_team()"
BUSINESS_ROLES = "asfdesk_role() IN ('radgivare', 'samordnare')"

# table: (who sees a row, who may add one, who may change one). None: as for seeing.
RULES: dict[str, tuple[str, str | None, str | None]] = {
    "organisation": (EVERYONE, None, None),
    "staff": (EVERYONE, None, None),
    "module": (EVERYONE, None, None),
    "project": (EVERYONE, None, None),
    "action_plan_activity": (BUSINESS_ROLES, None, None),
    "enterprise": ("asfdesk_sees_enterprise(id)", EVERYONE, None),
    "contact_person": ("asfdesk_sees_enterprise(enterprise_id)", None, None),
    "place": ("asfdesk_sees_enterprise(enterprise_id)", None, None),
    "agreement": (
        "asfdesk_role() = 'samordnare' OR (asfdesk_role() = 'radgivare' AND asfdesk_sees_enterprise(enterprise_id))"
        " OR (asfdesk_role() = 'handlaggare' AND buyer_organisation_id = asfdesk_org())",
        None,
        None,
    ),
    "support_relationship": (
        "asfdesk_role() = 'samordnare' OR (asfdesk_role() = 'radgivare'"
        " AND (organisation_id = asfdesk_org() OR asfdesk_sees_enterprise(enterprise_id)))",
        None,
        None,
    ),
    "support_contact": ("asfdesk_sees_business(enterprise_id)", None, None),
    "support_contact_module": ("asfdesk_sees_contact(contact_id)", None, None),
    "module_progress": ("asfdesk_sees_business(enterprise_id)", None, None),
    "revenue_figure": ("asfdesk_sees_business(enterprise_id)", None, None),
    "goal": (
        f"CASE WHEN enterprise_id IS NULL THEN {BUSINESS_ROLES} ELSE asfdesk_sees_business(enterprise_id) END",
        None,
        None,
    ),
    "participant": ("asfdesk_sees_participant(id)", EVERYONE, None),
    "placement": ("asfdesk_sees_placement(id)", "asfdesk_may_place(participant_id, enterprise_id)", None),
    "consent": (
        "asfdesk_role() IN ('handlaggare', 'samordnare') AND asfdesk_sees_participant(participant_id)",
        None,
        None,
    ),
    "meeting": (
        "asfdesk_sees_meeting(id)",
        f"{EVERYONE} AND (enterprise_id IS NULL OR asfdesk_sees_enterprise(enterprise_id))",
        None,
    ),
    "meeting_attendee": ("asfdesk_sees_meeting(meeting_id)", None, None),
    "meeting_decision": ("asfdesk_sees_meeting(meeting_id)", None, None),
    "action_item": ("asfdesk_sees_meeting(meeting_id)", None, None),
    "meeting_placement": ("asfdesk_sees_meeting(meeting_id) AND asfdesk_sees_placement(placement_id)", None, None),
}


# A samordnare sees the region's records for reports (../domain: every rule above is true for her);
# said first, the policy skips the look-up functions for every row of the largest pulls there are.
SAMORDNARE = "asfdesk_role() = 'samordnare'"


def policy_statements(table: str) -> list[str]:
    sees, adds, changes = (f"{SAMORDNARE} OR ({rule})" for rule in _rules(table))
    return [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
        f'DROP POLICY IF EXISTS asfdesk_read ON "{table}"',
        f'DROP POLICY IF EXISTS asfdesk_add ON "{table}"',
        f'DROP POLICY IF EXISTS asfdesk_change ON "{table}"',
        f'CREATE POLICY asfdesk_read ON "{table}" FOR SELECT USING ({sees})',
        f'CREATE POLICY asfdesk_add ON "{table}" FOR INSERT WITH CHECK ({adds})',
        f'CREATE POLICY asfdesk_change ON "{table}" FOR UPDATE USING ({sees}) WITH CHECK ({changes})',
    ]


def _rules(table: str) -> tuple[str, str, str]:
    sees, adds, changes = RULES[table]
    return sees, adds or sees, changes or sees


def install(conn: Connection, scope_role: str, api_role: str) -> None:
    """Functions, grants and policies; safe to run again (every start of the server does)."""
    missing = [t.name for t in protocol.synced_tables() if t.name not in RULES]
    if missing:
        raise RuntimeError(f"no visibility rule for {', '.join(missing)}")
    # only references (ids) may be read around the policies: never a name, a note or a personnummer
    references = ",".join(f"{t.name}.{c}" for t in protocol.synced_tables() for c in protocol.references(t.name))
    natural = ",".join(protocol.NATURAL_KEYS)
    for replaced in (
        "asfdesk_merge_fill(text, text, jsonb)",  # before it knew edits
        "asfdesk_child_ids(text, text, text)",  # one record at a time, before asfdesk_children
        "asfdesk_column(text, text, text)",
        "asfdesk_find_natural(text, text[], text[], boolean)",  # one record at a time
    ):
        conn.execute(text(f"DROP FUNCTION IF EXISTS {replaced}"))
    conn.execute(text(SCOPE_FUNCTIONS.replace("{references}", references).replace("{natural}", natural)))
    for signature in FUNCTION_NAMES:
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {scope_role}"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {api_role}"))
    for t in protocol.synced_tables():
        rights = "SELECT, UPDATE" if t.name in protocol.NATURAL_KEYS else "SELECT"  # UPDATE: merge_fill only
        conn.execute(text(f'GRANT {rights} ON "{t.name}" TO {scope_role}'))
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE ON "{t.name}" TO {api_role}'))
        for statement in policy_statements(t.name):
            conn.execute(text(statement))
    conn.execute(text(f"GRANT SELECT ON sync_row TO {scope_role}"))
    # The register and the accounts: no RLS (the API filters by the rows' own tables), no deletes.
    for name, rights in (
        ("sync_row", "SELECT, INSERT, UPDATE"),
        ("sync_alias", "SELECT, INSERT"),
        ("sync_push", "SELECT, INSERT"),
        ("sync_counter", "SELECT, UPDATE"),
        ("sync_conflict", "SELECT, INSERT, UPDATE"),
        ("server_audit", "SELECT, INSERT"),
        ("team_account", "SELECT"),
        ("team_device", "SELECT, UPDATE"),
        ("audit_log", "SELECT, INSERT"),
    ):
        conn.execute(text(f"GRANT {rights} ON {name} TO {api_role}"))
    conn.execute(text(f"GRANT USAGE ON SEQUENCE server_audit_seq_seq TO {api_role}"))
    conn.execute(text(f"REVOKE ALL ON team_secret FROM {api_role}"))
