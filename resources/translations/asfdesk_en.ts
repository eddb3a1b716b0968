<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om asfdesk</source>
        <translation>About asfdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;asfdesk %1&lt;/h3&gt;&lt;p&gt;Stöd till arbetsintegrerande sociala företag: handledarstöd, moduler, placeringar och uppföljningsmöten – offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;asfdesk %1&lt;/h3&gt;&lt;p&gt;Support for work-integrating social enterprises: supervisor support, modules, placements and follow-up meetings – offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Databas: %1&lt;br&gt;Python %2 · Qt %3 · PySide6 %4&lt;br&gt;Licens: %5</source>
        <translation>Database: %1&lt;br&gt;Python %2 · Qt %3 · PySide6 %4&lt;br&gt;Licence: %5</translation>
    </message>
    <message>
        <source>Ingår i asfdesk:</source>
        <translation>Included in asfdesk:</translation>
    </message>
</context>
<context>
    <name>ActionPlanActions</name>
    <message>
        <source>Ny aktivitet i handlingsplanen</source>
        <translation>New action plan activity</translation>
    </message>
    <message>
        <source>Redigera aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>aktiviteten ”%1”</source>
        <translation>the activity “%1”</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Huvudansvar</source>
        <translation>Main responsibility</translation>
    </message>
    <message>
        <source>Andra aktörer</source>
        <translation>Other actors</translation>
    </message>
    <message>
        <source>Tidsplan</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Beslutad vid</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Visa klara</source>
        <translation>Show done</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Ny aktivitet…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Öppna mötet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Mötet där aktiviteten beslutades</source>
        <translation>The meeting where the activity was decided</translation>
    </message>
    <message>
        <source>Handlingsplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>1 aktivitet, %1 kvar att göra.</source>
        <translation>1 activity, %1 still to do.</translation>
    </message>
    <message>
        <source>%2 aktiviteter, %1 kvar att göra.</source>
        <translation>%2 activities, %1 still to do.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Registerutdrag</source>
        <translation>Subject access report</translation>
    </message>
    <message>
        <source>Deltagare:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <source>Spara registerutdrag</source>
        <translation>Save subject access report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Registerutdrag sparat: %1</source>
        <translation>Subject access report saved: %1</translation>
    </message>
    <message>
        <source>Radera deltagare på begäran</source>
        <translation>Erase participant on request</translation>
    </message>
    <message>
        <source>Radera %1 och alla deras placeringar och samtycken för gott? Det hamnar inte i Papperskorgen och kan inte ångras. Ta gärna ett registerutdrag först.</source>
        <translation>Erase %1 and all their placements and consents for good? It does not go to the Trash and cannot be undone. Consider saving a subject access report first.</translation>
    </message>
    <message>
        <source>%1 raderad.</source>
        <translation>%1 erased.</translation>
    </message>
    <message>
        <source>Exportera kalender</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 händelser sparade i %2</source>
        <translation>%1 events saved in %2</translation>
    </message>
    <message>
        <source>Ta med deltagarnas pseudonymer i uppföljningarna?</source>
        <translation>Include the participants&apos; pseudonyms in the follow-ups?</translation>
    </message>
    <message>
        <source>Kalendern lämnar den skyddade databasen (telefoner, molnkonton). Utan pseudonym står bara företaget och typen av uppföljning. Anteckningar följer aldrig med.</source>
        <translation>The calendar leaves the protected database (phones, cloud accounts). Without pseudonyms it names only the enterprise and the kind of follow-up. Notes are never included.</translation>
    </message>
</context>
<context>
    <name>AllContactsView</name>
    <message>
        <source>Filtrera: företag, rådgivare eller ord i anteckningen</source>
        <translation>Filter: enterprise, advisor or words in the note</translation>
    </message>
    <message>
        <source>Alla datum</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Senaste 30 dagarna</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Senaste 90 dagarna</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Senaste året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handledarstöd – alla kontakter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Supervisor support – all contacts&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Alla rådgivare</source>
        <translation>All advisors</translation>
    </message>
    <message>
        <source>1 kontakt matchar filtret.</source>
        <translation>1 contact matches the filter.</translation>
    </message>
    <message>
        <source>%1 kontakter matchar filtret.</source>
        <translation>%1 contacts match the filter.</translation>
    </message>
    <message>
        <source>1 kontakt. Dubbelklicka för att öppna företaget.</source>
        <translation>1 contact. Double-click to open the enterprise.</translation>
    </message>
    <message>
        <source>%1 kontakter. Klicka på en rubrik för att sortera, dubbelklicka för att öppna företaget.</source>
        <translation>%1 contacts. Click a heading to sort, double-click to open the enterprise.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Filtrera…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Exportera CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Loggen kan inte ändras. Den innehåller vilka fält som ändrades, aldrig värdena.</source>
        <translation>The log cannot be changed. It records which fields changed, never the values.</translation>
    </message>
    <message>
        <source>Exportera granskningslogg</source>
        <translation>Export audit log</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Databaser (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <source>Spara säkerhetskopia</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Säkerhetskopiering misslyckades</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Säkerhetskopia sparad och kontrollerad: %1 (%2)</source>
        <translation>Backup saved and verified: %1 (%2)</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Databasen är öppen skrivskyddat.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Ersätta den öppna databasen med kopian från %1?

Den nuvarande sparas först.</source>
        <translation>Replace the open database with the copy from %1?

The current one is saved first.</translation>
    </message>
    <message>
        <source>Återställning misslyckades</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Återställd från %1</source>
        <translation>Restored from %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Andra värdet</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Inga konflikter att avgöra.</source>
        <translation>No conflicts to decide.</translation>
    </message>
    <message>
        <source>Välj det &amp;andra</source>
        <translation>Choose the &amp;other</translation>
    </message>
    <message>
        <source>&amp;Nytt värde…</source>
        <translation>&amp;New value…</translation>
    </message>
    <message>
        <source>Två personer har ändrat samma uppgift. Välj vad som ska gälla; beslutet når alla berörda.</source>
        <translation>Two people changed the same detail. Choose what should apply; the decision reaches everyone involved.</translation>
    </message>
    <message>
        <source>%1 (ändrat här; posten togs bort av %2)</source>
        <translation>%1 (changed here; the record was removed by %2)</translation>
    </message>
    <message>
        <source>Gäller nu</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Behåll &amp;nuvarande</source>
        <translation>Keep &amp;current</translation>
    </message>
    <message>
        <source>Fältet har bestämda värden: behåll ett av de två.</source>
        <translation>The field has fixed values: keep one of the two.</translation>
    </message>
    <message>
        <source>Gäller nu (%1):</source>
        <translation>Current value (%1):</translation>
    </message>
    <message>
        <source>Andra (%1):</source>
        <translation>Other (%1):</translation>
    </message>
    <message>
        <source>Nytt värde</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>%1 för %2:</source>
        <translation>%1 for %2:</translation>
    </message>
    <message>
        <source>Skickar beslutet…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <source>En synkronisering pågår. Försök igen om en stund.</source>
        <translation>A sync is running. Try again in a moment.</translation>
    </message>
    <message>
        <source>Beslutet är sparat och skickat.</source>
        <translation>The decision is saved and sent.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EnterpriseActions</name>
    <message>
        <source>Nytt företag</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>Redigera företag</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <source>Ny kontaktperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Redigera kontaktperson</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>Nytt avtal</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Redigera avtal</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>avtalet</source>
        <translation>the agreement</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetailView</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Moduler</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Handledarstöd</source>
        <translation>Supervisor support</translation>
    </message>
    <message>
        <source>Placeringar</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Platser och ekonomi</source>
        <translation>Places and finances</translation>
    </message>
</context>
<context>
    <name>EnterpriseListView</name>
    <message>
        <source>Filtrera på namn, ort, bransch, orgnr… (Ctrl+Shift+F)</source>
        <translation>Filter by name, town, industry, org. no.… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Pågående placeringar</source>
        <translation>Ongoing placements</translation>
    </message>
    <message>
        <source>Moduler klara</source>
        <translation>Modules done</translation>
    </message>
    <message>
        <source>Senaste kontakt</source>
        <translation>Latest contact</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Skriv ett tal.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Skriv ett heltal.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Minst %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <source>Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM.</source>
        <translation>Enter date and time as YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Skriv tiden som TT:MM.</source>
        <translation>Enter the time as HH:MM.</translation>
    </message>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD TT:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>kommaseparerat</source>
        <translation>comma-separated</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Osparat utkast</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <source>Det finns ett osparat utkast av detta formulär från %1, från när programmet avslutades innan det sparades. Vill du fortsätta på det?</source>
        <translation>There is an unsaved draft of this form from %1, from when the program closed before it was saved. Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Obligatoriskt.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Att fylla i eller rätta: </source>
        <translation>To fill in or correct: </translation>
    </message>
    <message>
        <source>Kasta ändringar?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Du har ändringar som inte är sparade. Vill du stänga utan att spara?</source>
        <translation>You have changes that are not saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>FormSpecs</name>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Juridisk form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Branscher</source>
        <translation>Industries</translation>
    </message>
    <message>
        <source>t.ex. café, secondhand</source>
        <translation>e.g. café, second-hand</translation>
    </message>
    <message>
        <source>Anställda</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Arbetsträningsplatser</source>
        <translation>Work-training places</translation>
    </message>
    <message>
        <source>Medlem i SAK</source>
        <translation>Member of SAK</translation>
    </message>
    <message>
        <source>Medlem i Skoopi</source>
        <translation>Member of Skoopi</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Handledarutbildning</source>
        <translation>Supervisor training</translation>
    </message>
    <message>
        <source>När handledaren gick handledarutbildning (lämna tomt om ingen).</source>
        <translation>When the supervisor took supervisor training (leave empty if none).</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Köpare</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Antal platser</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <source>Insatser som platsen tar emot</source>
        <translation>Measures the place takes</translation>
    </message>
    <message>
        <source>Ingen bockad: alla insatser.</source>
        <translation>None ticked: all measures.</translation>
    </message>
    <message>
        <source>Tillgänglighet och anpassningar</source>
        <translation>Accessibility and adaptations</translation>
    </message>
    <message>
        <source>Erbjuds nu</source>
        <translation>Offered now</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Samhällsnyttiga intäkter (kr)</source>
        <translation>Revenue from public services (SEK)</translation>
    </message>
    <message>
        <source>Platser och tjänster sålda till myndigheter.</source>
        <translation>Places and services sold to authorities.</translation>
    </message>
    <message>
        <source>Allmännyttiga intäkter (kr)</source>
        <translation>Revenue from market sales (SEK)</translation>
    </message>
    <message>
        <source>Varor och tjänster sålda på marknaden.</source>
        <translation>Goods and services sold on the market.</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Mätetal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Gäller projekt</source>
        <translation>For project</translation>
    </message>
    <message>
        <source>(hela verksamheten)</source>
        <translation>(the whole programme)</translation>
    </message>
    <message>
        <source>… eller avtal</source>
        <translation>… or agreement</translation>
    </message>
    <message>
        <source>… eller företag</source>
        <translation>… or enterprise</translation>
    </message>
    <message>
        <source>Utfall (egen siffra)</source>
        <translation>Outcome (own figure)</translation>
    </message>
    <message>
        <source>Bara för mätetalet &apos;Egen siffra&apos;.</source>
        <translation>Only for the indicator &apos;Own figure&apos;.</translation>
    </message>
    <message>
        <source>Utfall förra perioden (egen siffra)</source>
        <translation>Outcome last period (own figure)</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Huvudansvar</source>
        <translation>Main responsibility</translation>
    </message>
    <message>
        <source>Andra berörda aktörer</source>
        <translation>Other actors involved</translation>
    </message>
    <message>
        <source>Tidsplan</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <source>t.ex. Q3 2025 eller löpande</source>
        <translation>e.g. Q3 2025 or ongoing</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Beslutad vid möte</source>
        <translation>Decided at meeting</translation>
    </message>
    <message>
        <source>Nätverksträffar och andra möten utan ett enskilt företag.</source>
        <translation>Network meetings and other meetings not held by a single enterprise.</translation>
    </message>
    <message>
        <source>Avtalade platser</source>
        <translation>Contracted places</translation>
    </message>
    <message>
        <source>Pris per plats och månad (kr)</source>
        <translation>Price per place and month (SEK)</translation>
    </message>
    <message>
        <source>Pris vid anställning (kr/mån)</source>
        <translation>Price when employed (SEK/month)</translation>
    </message>
    <message>
        <source>Högst månader per deltagare</source>
        <translation>Maximum months per participant</translation>
    </message>
    <message>
        <source>Ersättning betalas inte efter så här många månader.</source>
        <translation>No compensation is paid after this many months.</translation>
    </message>
    <message>
        <source>Avtalets värde (kr)</source>
        <translation>Agreement value (SEK)</translation>
    </message>
    <message>
        <source>Projekt/finansiär</source>
        <translation>Project/funder</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Vad gjordes, vad kom fram?</source>
        <translation>What was done, what came out of it?</translation>
    </message>
    <message>
        <source>Moduler</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Mellanslag bockar i/ur.</source>
        <translation>Space ticks/unticks.</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Det som bestämdes</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <source>Nästa steg senast</source>
        <translation>Next step by</translation>
    </message>
    <message>
        <source>Blir en punkt under Att göra.</source>
        <translation>Becomes an item under To do.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Timmar planerade</source>
        <translation>Hours planned</translation>
    </message>
    <message>
        <source>Timmar använda</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>Lämna tomt för att räkna ihop kopplade handledarstödskontakter.</source>
        <translation>Leave empty to add up the linked supervisor-support contacts.</translation>
    </message>
    <message>
        <source>Kod (pseudonym)</source>
        <translation>Code (pseudonym)</translation>
    </message>
    <message>
        <source>Visas överallt i stället för namnet.</source>
        <translation>Shown everywhere instead of the name.</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>frivilligt – ÅÅMMDD-NNNN eller samordningsnummer</source>
        <translation>optional – YYMMDD-NNNN or coordination number</translation>
    </message>
    <message>
        <source>Kön (för statistik)</source>
        <translation>Gender (for statistics)</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Remitterande organisation</source>
        <translation>Referring organisation</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Samtycke lämnat</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Samtycke datum</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Samtycken per mottagare</source>
        <translation>Consents per recipient</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lämnat</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Gäller till</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Återkallat</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Alla placeringar</source>
        <translation>All placements</translation>
    </message>
    <message>
        <source>Lägg till samtycke</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>Utan giltigt samtycke visas deltagaren bara som anonym i rapporter till mottagaren.</source>
        <translation>Without valid consent the participant is shown only anonymously in reports to the recipient.</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter</source>
        <translation>Protected personal data</translation>
    </message>
    <message>
        <source>Deltagaren förs bara som anonym statistik: inget personnummer, ingen kod i rapporter.</source>
        <translation>The participant is kept only as anonymous statistics: no identity number, no code in reports.</translation>
    </message>
    <message>
        <source>Skriv inga diagnoser eller känsliga uppgifter.</source>
        <translation>Do not write diagnoses or sensitive details.</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>(välj)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Timmar per vecka</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Omfattning (%)</source>
        <translation>Extent (%)</translation>
    </message>
    <message>
        <source>Handledare</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Betalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Ersättning per månad (kr)</source>
        <translation>Compensation per month (SEK)</translation>
    </message>
    <message>
        <source>Ersättning per dag (kr)</source>
        <translation>Compensation per day (SEK)</translation>
    </message>
    <message>
        <source>Ingen ersättning</source>
        <translation>No compensation</translation>
    </message>
    <message>
        <source>Plats (platskatalogen)</source>
        <translation>Place (place catalogue)</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Placeringen räknas in i avtalets beläggning.</source>
        <translation>The placement counts towards the agreement&apos;s occupancy.</translation>
    </message>
    <message>
        <source>Nästa steg efter insatsen</source>
        <translation>Next step after the measure</translation>
    </message>
    <message>
        <source>Planen när placeringen slutar</source>
        <translation>The plan when the placement ends</translation>
    </message>
    <message>
        <source>Antal förlängningar</source>
        <translation>Number of extensions</translation>
    </message>
    <message>
        <source>Uppföljning var (dagar)</source>
        <translation>Follow up every (days)</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>(pågår)</source>
        <translation>(ongoing)</translation>
    </message>
    <message>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Placeringar som följs upp</source>
        <translation>Placements followed up</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Lägg till person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Deltagare skrivs med sin kod, aldrig med namn.</source>
        <translation>Participants are written with their code, never their name.</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Beslut (ett per rad)</source>
        <translation>Decisions (one per line)</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Lägg till åtgärd</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Styrelse: verksamhetsstöd och antal. Handläggare: bara egna deltagare. Finansiär: bara summor.</source>
        <translation>Board: support given and counts. Case officer: own participants only. Funder: totals only.</translation>
    </message>
    <message>
        <source>Deltagare från (handläggare)</source>
        <translation>Participants from (case officer)</translation>
    </message>
    <message>
        <source>(alla)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>%1 (k %2, m %3)</source>
        <translation>%1 (w %2, m %3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Mätetal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Utfall förra perioden</source>
        <translation>Outcome last period</translation>
    </message>
    <message>
        <source>Utfall perioden</source>
        <translation>Outcome this period</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Nytt mål…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <source>Skriv ut måluppföljning (PDF)…</source>
        <translation>Print goal follow-up (PDF)…</translation>
    </message>
    <message>
        <source>Måluppföljning</source>
        <translation>Goal follow-up</translation>
    </message>
    <message>
        <source>Projekt/finansiär:</source>
        <translation>Project/funder:</translation>
    </message>
    <message>
        <source>Status räknas fram: grön = nått eller på väg att nås, gul = osäkert, röd = nås sannolikt inte. Prognosen skriver fram utfallet hittills till periodens slut.</source>
        <translation>Status is computed: green = reached or on course, yellow = uncertain, red = unlikely to be reached. The forecast projects the outcome so far to the end of the period.</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 mål: %2 gröna, %3 gula, %4 röda.</source>
        <translation>%1 goals: %2 green, %3 yellow, %4 red.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importera från Excel eller CSV</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Kolumn i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Fält i asfdesk</source>
        <translation>Field in asfdesk</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spara avvisade…</source>
        <translation>Save rejected…</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Innehåll:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Kolumner (gissade från rubrikerna – ändra vid behov):</source>
        <translation>Columns (guessed from the headings – change if needed):</translation>
    </message>
    <message>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Listor (*.xlsx *.csv)</source>
        <translation>Lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 %2, %3 uppdateras, %5 oförändrade, %4 avvisas.</source>
        <translation>%1 %2, %3 updated, %5 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>(hoppa över)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>Välj minst en kolumn att läsa in.</source>
        <translation>Choose at least one column to import.</translation>
    </message>
    <message>
        <source>skulle skapas</source>
        <translation>would be created</translation>
    </message>
    <message>
        <source>skapades</source>
        <translation>were created</translation>
    </message>
    <message>
        <source>Spara avvisade rader</source>
        <translation>Save rejected rows</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Anslut till team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>koden du fått av samordnaren</source>
        <translation>the code the coordinator gave you</translation>
    </message>
    <message>
        <source>behövs bara om samordnaren gett dig en</source>
        <translation>only needed if the coordinator gave you one</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Serveradress:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Engångskod:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message>
        <source>&amp;CA-certifikat:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>&amp;Anslut</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>CA-certifikat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Fyll i serveradressen och engångskoden.</source>
        <translation>Enter the server address and the one-time code.</translation>
    </message>
    <message>
        <source>Frågar teamet vad det redan har…</source>
        <translation>Asking the team what it already holds…</translation>
    </message>
    <message>
        <source>Ansluter…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <source>Inte ansluten. Inget har skickats, och koden går att använda senare.</source>
        <translation>Not joined. Nothing was sent, and the code can be used later.</translation>
    </message>
    <message>
        <source>Du ansluter som %1.</source>
        <translation>You are joining as %1.</translation>
    </message>
    <message>
        <source>Databasen har %1 företag: %2 finns redan i teamet med samma organisationsnummer och slås ihop med dem; %3 skickas som nya.</source>
        <translation>The database has %1 enterprises: %2 are already in the team with the same organisation number and are merged with them; %3 are sent as new.</translation>
    </message>
    <message>
        <source>%1 deltagare: %2 finns redan i teamet med samma kod och slås ihop; %3 skickas som nya.</source>
        <translation>%1 participants: %2 are already in the team with the same code and are merged; %3 are sent as new.</translation>
    </message>
    <message>
        <source>Vid en sammanslagning fyller ett fält som bara finns här i det tomma i teamet.</source>
        <translation>In a merge, a field held only here fills in the empty one in the team.</translation>
    </message>
    <message>
        <source>Fortsätta?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <source>Ansluten som %1. Hämtar teamets uppgifter…</source>
        <translation>Joined as %1. Fetching the team&apos;s records…</translation>
    </message>
    <message>
        <source>Servern har ett certifikat som datorn inte känner igen. Läser det…</source>
        <translation>The server has a certificate this computer does not know. Reading it…</translation>
    </message>
    <message>
        <source>Inte ansluten: certifikatet godtogs inte.</source>
        <translation>Not joined: the certificate was not accepted.</translation>
    </message>
    <message>
        <source>Certifikatet kunde inte sparas: %1</source>
        <translation>The certificate could not be saved: %1</translation>
    </message>
    <message>
        <source>Servern visar ett certifikat som den här datorn inte känner igen. Jämför fingeravtrycket med det samordnaren gett dig. Stämmer det exakt kan du lita på servern; annars, avbryt.</source>
        <translation>The server shows a certificate this computer does not know. Compare the fingerprint with the one the coordinator gave you. If it matches exactly you can trust the server; otherwise, cancel.</translation>
    </message>
    <message>
        <source>Okänt certifikat</source>
        <translation>Unknown certificate</translation>
    </message>
    <message>
        <source>Fingeravtryck (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Lita på servern</source>
        <translation>&amp;Trust the server</translation>
    </message>
    <message>
        <source>Klart: skickade %1, tog emot %2.</source>
        <translation>Done: sent %1, received %2.</translation>
    </message>
    <message>
        <source>%1 fanns redan i teamet och slogs ihop med dem.</source>
        <translation>%1 were already in the team and were merged with them.</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Avbrutet. Det som hunnit hämtas finns kvar; resten kommer vid nästa synkronisering.</source>
        <translation>Stopped. What was fetched is kept; the rest comes with the next sync.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Handledarstöd</source>
        <translation>Supervisor support</translation>
    </message>
    <message>
        <source>Lediga platser</source>
        <translation>Vacant places</translation>
    </message>
    <message>
        <source>Måluppföljning</source>
        <translation>Goal follow-up</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Handlingsplaner</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Skrivskyddad: databasen används i ett annat fönster eller får inte ändras. Ändringar sparas inte.</source>
        <translation>Read-only: the database is in use in another window or may not be changed. Changes are not saved.</translation>
    </message>
    <message>
        <source>Läser in…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Ändringsloggen är bruten: %1</source>
        <translation>The audit log is broken: %1</translation>
    </message>
    <message>
        <source>Ändringsloggen</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Någon har ändrat loggen utanför asfdesk. Det du gör loggas som vanligt; spara en kopia av filen.</source>
        <translation>Someone has changed the log outside asfdesk. What you do is logged as usual; keep a copy of the file.</translation>
    </message>
    <message>
        <source>Du arbetar som %1 på den här datorn.</source>
        <translation>You work as %1 on this computer.</translation>
    </message>
    <message>
        <source>Vem arbetar här</source>
        <translation>Who works here</translation>
    </message>
    <message>
        <source>Databasen har ingen personal än.</source>
        <translation>The database has no staff yet.</translation>
    </message>
    <message>
        <source>Den som arbetar på den här datorn:</source>
        <translation>The person working on this computer:</translation>
    </message>
    <message>
        <source>Att göra (%1)</source>
        <translation>To do (%1)</translation>
    </message>
    <message>
        <source>, %1 sena</source>
        <translation>, %1 overdue</translation>
    </message>
    <message>
        <source>Företag (%1)</source>
        <translation>Enterprises (%1)</translation>
    </message>
    <message>
        <source>Visar %1 av %2 företag</source>
        <translation>Showing %1 of %2 enterprises</translation>
    </message>
    <message>
        <source> (demodata)</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <source>krypterad</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>okrypterad</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>asfdesk-databaser (*.db *.sqlite);;Alla filer (*)</source>
        <translation>asfdesk databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Öppna databas…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Öppna &amp;demodata</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopiera nu…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Importera från Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Exportera &amp;kalender…</source>
        <translation>Export &amp;calendar…</translation>
    </message>
    <message>
        <source>&amp;Kryptera databasen…</source>
        <translation>&amp;Encrypt the database…</translation>
    </message>
    <message>
        <source>Anslut till &amp;team…</source>
        <translation>Join a &amp;team…</translation>
    </message>
    <message>
        <source>S&amp;ynkronisera nu</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>K&amp;onflikter…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
    <message>
        <source>Lämna t&amp;eamet…</source>
        <translation>L&amp;eave the team…</translation>
    </message>
    <message>
        <source>&amp;Lås nu</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Vem arbetar här…</source>
        <translation>&amp;Who works here…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Papperskorg…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;Granskningslogg…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Företag</source>
        <translation>&amp;Enterprises</translation>
    </message>
    <message>
        <source>&amp;Nytt företag…</source>
        <translation>&amp;New enterprise…</translation>
    </message>
    <message>
        <source>&amp;Redigera företag…</source>
        <translation>&amp;Edit enterprise…</translation>
    </message>
    <message>
        <source>&amp;Ta bort företag…</source>
        <translation>&amp;Delete enterprise…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut sammanfattning…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <source>&amp;Logga handledarstöd…</source>
        <translation>&amp;Log supervisor support…</translation>
    </message>
    <message>
        <source>Ny &amp;kontaktperson…</source>
        <translation>New &amp;contact person…</translation>
    </message>
    <message>
        <source>Nytt &amp;avtal…</source>
        <translation>New &amp;agreement…</translation>
    </message>
    <message>
        <source>Ny p&amp;lats i platskatalogen…</source>
        <translation>New p&amp;lace in the catalogue…</translation>
    </message>
    <message>
        <source>&amp;Intäkter för ett år…</source>
        <translation>&amp;Revenue for a year…</translation>
    </message>
    <message>
        <source>Pro&amp;jekt och finansiärer…</source>
        <translation>Pro&amp;jects and funders…</translation>
    </message>
    <message>
        <source>Ny &amp;placering…</source>
        <translation>New &amp;placement…</translation>
    </message>
    <message>
        <source>Nytt &amp;möte…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>&amp;Deltagare</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Ny deltagare…</source>
        <translation>&amp;New participant…</translation>
    </message>
    <message>
        <source>&amp;Registerutdrag…</source>
        <translation>&amp;Subject access report…</translation>
    </message>
    <message>
        <source>&amp;Gallring…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>&amp;Radera deltagare på begäran…</source>
        <translation>&amp;Erase participant on request…</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Att göra</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Handledarstöd – alla kontakter</source>
        <translation>&amp;Supervisor support – all contacts</translation>
    </message>
    <message>
        <source>&amp;Lediga platser</source>
        <translation>&amp;Vacant places</translation>
    </message>
    <message>
        <source>&amp;Måluppföljning</source>
        <translation>&amp;Goal follow-up</translation>
    </message>
    <message>
        <source>&amp;Handlingsplaner</source>
        <translation>&amp;Action plans</translation>
    </message>
    <message>
        <source>&amp;Sök i allt…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>&amp;Filtrera företagslistan</source>
        <translation>&amp;Filter the enterprise list</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Användarhandbok</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Om asfdesk</source>
        <translation>&amp;About asfdesk</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>mötet %1</source>
        <translation>the meeting %1</translation>
    </message>
    <message>
        <source>Åtgärd klar</source>
        <translation>Action item done</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Öppna åtgärder</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Nytt möte…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Nytt trepartssamtal…</source>
        <translation>New three-party meeting…</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lägg till i kalender</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>öppen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Markera klar / öppna igen</source>
        <translation>Mark done / reopen</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>möte</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>möten</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>öppen åtgärd</source>
        <translation>open action</translation>
    </message>
    <message>
        <source>öppna åtgärder</source>
        <translation>open actions</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
</context>
<context>
    <name>ModulesTab</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Timmar planerade</source>
        <translation>Hours planned</translation>
    </message>
    <message>
        <source>Timmar använda</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>Summa av kopplade handledarstödskontakter</source>
        <translation>Sum of linked supervisor-support contacts</translation>
    </message>
    <message>
        <source>Inmatat för hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Moduler</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Tangenter: 1 ej påbörjad · 2 pågår · 3 klar · 4 ej aktuell · Mellanslag nästa status · Enter redigera</source>
        <translation>Keys: 1 not started · 2 in progress · 3 done · 4 not applicable · Space next status · Enter edit</translation>
    </message>
    <message>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>%v av %m moduler klara</source>
        <translation>%v of %m modules done</translation>
    </message>
    <message>
        <source>%1 klara, %2 pågår, %3 timmar använda totalt (* = timmar inmatade för hand).</source>
        <translation>%1 done, %2 in progress, %3 hours used in total (* = hours entered by hand).</translation>
    </message>
</context>
<context>
    <name>OccupancyDialog</name>
    <message>
        <source>Beläggning – %1</source>
        <translation>Occupancy – %1</translation>
    </message>
    <message>
        <source>Avtalet saknar startdatum eller avtalade platser, så beläggningen kan inte räknas ut.</source>
        <translation>The agreement has no start date or no contracted places, so occupancy cannot be computed.</translation>
    </message>
    <message>
        <source>%1 · köpare %2 · %3 platser à %4 kr/mån (%5 kr vid anställning) · från %6</source>
        <translation>%1 · buyer %2 · %3 places at SEK %4/month (SEK %5 when employed) · from %6</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2 d, %3 betalda, %4 kr</source>
        <translation>%1: %2 d, %3 paid, SEK %4</translation>
    </message>
    <message>
        <source>%1 (från %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Avtalade platsmånader</source>
        <translation>Contracted place-months</translation>
    </message>
    <message>
        <source>Fyllda platsmånader</source>
        <translation>Filled place-months</translation>
    </message>
    <message>
        <source>Beläggning</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Att betala (kr)</source>
        <translation>Payable (SEK)</translation>
    </message>
    <message>
        <source>Placeringar</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Summa att betala: %1 kr. Rött = minst en avtalad plats stod tom hela månaden.</source>
        <translation>Total payable: SEK %1. Red = at least one contracted place stood empty all month.</translation>
    </message>
    <message>
        <source>Utan ersättning: %1</source>
        <translation>Without compensation: %1</translation>
    </message>
    <message>
        <source>Exportera till Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Spara beläggning</source>
        <translation>Save occupancy</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Fakta</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Juridisk form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Anställda / platser</source>
        <translation>Employees / places</translation>
    </message>
    <message>
        <source>Medlemskap</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Startbidrag</source>
        <translation>Start grant</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Stöd</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Ny kontaktperson…</source>
        <translation>New contact person…</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Handledarutbildning</source>
        <translation>Supervisor training</translation>
    </message>
    <message>
        <source>Avtal och köp</source>
        <translation>Agreements and purchases</translation>
    </message>
    <message>
        <source>Nytt avtal…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Köpare</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Pris/plats/mån</source>
        <translation>Price/place/month</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Beläggning…</source>
        <translation>Occupancy…</translation>
    </message>
    <message>
        <source>Skriv ut sammanfattning… (Ctrl+P)</source>
        <translation>Print summary… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;plan&apos;&gt;Handlingsplanen i %1&lt;/a&gt;: 1 aktivitet kvar av %3.</source>
        <translation>&lt;a href=&apos;plan&apos;&gt;The action plan of %1&lt;/a&gt;: 1 activity left of %3.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;plan&apos;&gt;Handlingsplanen i %1&lt;/a&gt;: %2 aktiviteter kvar av %3.</source>
        <translation>&lt;a href=&apos;plan&apos;&gt;The action plan of %1&lt;/a&gt;: %2 activities left of %3.</translation>
    </message>
    <message>
        <source>(saknas)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>%1 anställda, %2 arbetsträningsplatser</source>
        <translation>%1 employees, %2 work-training places</translation>
    </message>
    <message>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <source>inget</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ParticipantQueries</name>
    <message>
        <source>återkallat %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>gick ut %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>gäller</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Ingen placering</source>
        <translation>No placement</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Sök på kod, remittent, handläggare, företag…</source>
        <translation>Search code, referrer, case officer, enterprise…</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ingen placering</source>
        <translation>No placement</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Remittent</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sedan</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Placering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>(deltagaren)</source>
        <translation>(the participant)</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Redigera deltagare…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <source>&amp;Ny deltagare…</source>
        <translation>&amp;New participant…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Placeringar</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Uppföljningar och möten</source>
        <translation>Follow-ups and meetings</translation>
    </message>
    <message>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>1 deltagare</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 deltagare</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Välj en deltagare i listan.</source>
        <translation>Choose a participant in the list.</translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message>
        <source>Ny deltagare</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Redigera deltagare</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Visa hela personnumret för att kunna ändra det.</source>
        <translation>Show the full identity number to be able to change it.</translation>
    </message>
    <message>
        <source>Överlappande heltidsplacering</source>
        <translation>Overlapping full-time placement</translation>
    </message>
    <message>
        <source>Deltagaren har redan %1.

Spara ändå?</source>
        <translation>The participant already has %1.

Save anyway?</translation>
    </message>
    <message>
        <source>Överlappar en annan heltidsplacering.</source>
        <translation>Overlaps another full-time placement.</translation>
    </message>
    <message>
        <source>Ny placering</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Redigera placering</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>Avsluta placering</source>
        <translation>End placement</translation>
    </message>
    <message>
        <source>placeringen</source>
        <translation>the placement</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Handledare</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Köpare</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Placeringar</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Ny placering…</source>
        <translation>New placement…</translation>
    </message>
    <message>
        <source>Avsluta…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>Deltagare…</source>
        <translation>Participant…</translation>
    </message>
    <message>
        <source>Ny deltagare och placering…</source>
        <translation>New participant and placement…</translation>
    </message>
    <message>
        <source>%1 (%2 pågående) – %3, %4. Deltagare visas med pseudonym.</source>
        <translation>%1 (%2 ongoing) – %3, %4. Participants are shown by pseudonym.</translation>
    </message>
    <message>
        <source>placering</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>placeringar</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>kvinna</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>kvinnor</source>
        <translation>women</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>män</source>
        <translation>men</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Fyllda</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Lediga</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Vem (pseudonym)</source>
        <translation>Who (pseudonym)</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Anpassningar</source>
        <translation>Adaptations</translation>
    </message>
    <message>
        <source>Erbjuds</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Platskatalog</source>
        <translation>Place catalogue</translation>
    </message>
    <message>
        <source>Ny plats…</source>
        <translation>New place…</translation>
    </message>
    <message>
        <source>Starta placering…</source>
        <translation>Start placement…</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Samhällsnyttiga intäkter</source>
        <translation>Public-service revenue</translation>
    </message>
    <message>
        <source>Allmännyttiga intäkter</source>
        <translation>Market revenue</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Andel från myndigheter</source>
        <translation>Share from authorities</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Intäktsmix per år</source>
        <translation>Revenue mix per year</translation>
    </message>
    <message>
        <source>Nytt år…</source>
        <translation>New year…</translation>
    </message>
    <message>
        <source>%1 i katalogen: %2 fyllda, %3 lediga.</source>
        <translation>%1 in the catalogue: %2 filled, %3 vacant.</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>platser</source>
        <translation>places</translation>
    </message>
    <message>
        <source>Inga intäkter registrerade. Intäktsmixen är en riskindikator.</source>
        <translation>No revenue recorded. The revenue mix is a risk indicator.</translation>
    </message>
    <message>
        <source>%1: %2 % av intäkterna kom från platser och tjänster sålda till myndigheter (gränsen är %3 %). Företaget riskerar att bli beroende av platsförsäljning.</source>
        <translation>%1: %2 % of revenue came from places and services sold to authorities (the limit is %3 %). The enterprise risks depending on selling places.</translation>
    </message>
    <message>
        <source>%1: %2 % av intäkterna kom från myndigheter (gränsen är %3 %).</source>
        <translation>%1: %2 % of revenue came from authorities (the limit is %3 %).</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <source>Ny plats</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Redigera plats</source>
        <translation>Edit place</translation>
    </message>
    <message>
        <source>Intäkter för ett år</source>
        <translation>Revenue for a year</translation>
    </message>
    <message>
        <source>Redigera intäkter</source>
        <translation>Edit revenue</translation>
    </message>
    <message>
        <source>intäkterna %1</source>
        <translation>the revenue for %1</translation>
    </message>
    <message>
        <source>Nytt projekt/finansiär</source>
        <translation>New project/funder</translation>
    </message>
    <message>
        <source>Redigera projekt</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Nytt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Redigera mål</source>
        <translation>Edit goal</translation>
    </message>
</context>
<context>
    <name>PlanningWiring</name>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Måluppföljning</source>
        <translation>Goal follow-up</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Projekt och finansiärer</source>
        <translation>Projects and funders</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nytt projekt…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Kontakter, placeringar, möten och avtal kan märkas med ett projekt; periodrapporten och måluppföljningen kan sedan tas fram för just det projektet.</source>
        <translation>Contacts, placements, meetings and agreements can be tagged with a project; the period report and the goal follow-up can then be made for that project alone.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyTable</name>
    <message>
        <source>Exportera listan till Excel…</source>
        <translation>Export the list to Excel…</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Exportera lista</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Skrivskyddad</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Databasen är öppen skrivskyddat eftersom den används i ett annat fönster.</source>
        <translation>The database is open read-only because it is in use in another window.</translation>
    </message>
    <message>
        <source>Sparat: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Posten finns inte längre (den kan ha tagits bort).</source>
        <translation>The record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Delas inte med din roll i teamet.</source>
        <translation>Not shared with your role in the team.</translation>
    </message>
    <message>
        <source>Ta bort %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Detta tas också bort: %1.</source>
        <translation>This is also deleted: %1.</translation>
    </message>
    <message>
        <source>Du kan ångra med Ctrl+Z eller återställa från Papperskorgen.</source>
        <translation>You can undo with Ctrl+Z or restore from the Trash.</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Borttaget: %1. Ctrl+Z ångrar.</source>
        <translation>Deleted: %1. Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Filtrera…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Skapa PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Stödsammanfattning</source>
        <translation>Support summary</translation>
    </message>
    <message>
        <source>Skriv ut sammanfattning – %1</source>
        <translation>Print summary – %1</translation>
    </message>
    <message>
        <source>Mötesanteckningar</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>Periodrapport</source>
        <translation>Period report</translation>
    </message>
    <message>
        <source>Skapar stödsammanfattningar…</source>
        <translation>Creating support summaries…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Avbrutet: %1 sammanfattningar hann skapas i %2.</source>
        <translation>Cancelled: %1 summaries were created in %2.</translation>
    </message>
    <message>
        <source>%1 sammanfattningar skapade i %2.</source>
        <translation>%1 summaries created in %2.</translation>
    </message>
    <message>
        <source>PDF klar</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <source>Sparad som %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Förhandsgranska…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Period och mottagare</source>
        <translation>Period and recipient</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Mottagare:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Deltagare från:</source>
        <translation>Participants from:</translation>
    </message>
    <message>
        <source>Projekt/finansiär:</source>
        <translation>Project/funder:</translation>
    </message>
    <message>
        <source>Periodrapport för finansiärer och samordningsförbund</source>
        <translation>Period report for funders and coordination associations</translation>
    </message>
    <message>
        <source>Skapa periodrapport…</source>
        <translation>Create period report…</translation>
    </message>
    <message>
        <source>Som Excel…</source>
        <translation>As Excel…</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Stödsammanfattningar för flera företag</source>
        <translation>Support summaries for several enterprises</translation>
    </message>
    <message>
        <source>Markera alla</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Avmarkera alla</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Även en sammanslagen PDF</source>
        <translation>Also one combined PDF</translation>
    </message>
    <message>
        <source>Skapa sammanfattningar…</source>
        <translation>Create summaries…</translation>
    </message>
    <message>
        <source>Mapp:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>(alla)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Välj mapp</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Markera minst ett företag.</source>
        <translation>Select at least one enterprise.</translation>
    </message>
    <message>
        <source>Avbrutet. </source>
        <translation>Cancelled. </translation>
    </message>
    <message>
        <source>%1 PDF-filer i %2.</source>
        <translation>%1 PDF files in %2.</translation>
    </message>
    <message>
        <source> Sammanslagen: %1</source>
        <translation> Combined: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Kontroll</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Välj annan fil…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Den öppna databasen sparas som säkerhetskopia innan den ersätts. Bara kopior som klarar kontrollen kan återställas.</source>
        <translation>The open database is saved as a backup before it is replaced. Only copies that pass the check can be restored.</translation>
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation>Choose backup</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Gallring av deltagaruppgifter</source>
        <translation>Retention of participant data</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sista placering slutade</source>
        <translation>Last placement ended</translation>
    </message>
    <message>
        <source>Anonymisera</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymisera deltagare vars sista placering slutade för mer än</source>
        <translation>Anonymise participants whose last placement ended more than</translation>
    </message>
    <message>
        <source>Kod, personnummer och anteckningar tas bort. Kön, födelseår och utfall finns kvar för statistiken.</source>
        <translation>Code, identity number and notes are removed. Gender, year of birth and outcome remain for the statistics.</translation>
    </message>
    <message>
        <source>Anonymisera %1 deltagare? Det går inte att ångra.</source>
        <translation>Anonymise %1 participants? This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 deltagare berörs.</source>
        <translation>%1 participants affected.</translation>
    </message>
</context>
<context>
    <name>RoleNotes</name>
    <message>
        <source>Handledarstöd delas inte med %1 i teamet: det är rådgivarnas och samordnarnas arbete.</source>
        <translation>Supervisor support is not shared with a %1 in the team: it is the advisors&apos; and coordinators&apos; work.</translation>
    </message>
    <message>
        <source>Modulerna i Glada Hudik-modellen delas inte med %1 i teamet.</source>
        <translation>The modules of the Glada Hudik model are not shared with a %1 in the team.</translation>
    </message>
    <message>
        <source>Företagets intäkter delas inte med %1 i teamet; platserna syns.</source>
        <translation>The enterprise&apos;s revenue is not shared with a %1 in the team; the places are.</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Sök i allt</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Företag, personer, deltagarkoder, anteckningar…</source>
        <translation>Enterprises, people, participant codes, notes…</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Sammanhang</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>%1. Enter öppnar, pil ned väljer.</source>
        <translation>%1. Enter opens, Down selects.</translation>
    </message>
    <message>
        <source>träff</source>
        <translation>hit</translation>
    </message>
    <message>
        <source>träffar</source>
        <translation>hits</translation>
    </message>
    <message>
        <source>Inga träffar.</source>
        <translation>No hits.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>Kryptera databasen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Välj lösenord</source>
        <translation>Choose password</translation>
    </message>
    <message>
        <source>Den här datorn har ingen nyckelring där asfdesk kan spara nyckeln, så databasen låses med ett lösenord som du anger vid varje start. Minst %1 tecken. Glöms det går uppgifterna inte att läsa.</source>
        <translation>This computer has no keyring where asfdesk can keep the key, so the database is locked with a password you type at every start. At least %1 characters. If it is forgotten, the data cannot be read.</translation>
    </message>
    <message>
        <source>Lösenordet är för kort.</source>
        <translation>The password is too short.</translation>
    </message>
    <message>
        <source>Skriv lösenordet en gång till:</source>
        <translation>Type the password once more:</translation>
    </message>
    <message>
        <source>Lösenorden var inte lika. Försök igen.</source>
        <translation>The passwords did not match. Try again.</translation>
    </message>
    <message>
        <source>Databasen är redan krypterad.</source>
        <translation>The database is already encrypted.</translation>
    </message>
    <message>
        <source>Kryptera databasen? Nyckeln sparas i datorns nyckelring. En okrypterad kopia sparas först i mappen backups – ta bort den när du har kontrollerat att allt fungerar.</source>
        <translation>Encrypt the database? The key is kept in the computer&apos;s keyring. An unencrypted copy is saved first in the backups folder – delete it once you have checked that everything works.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Databasen är nu krypterad.</source>
        <translation>The database is now encrypted.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>databasens lösenord</source>
        <translation>the database password</translation>
    </message>
    <message>
        <source>ditt användarnamn på datorn</source>
        <translation>your user name on this computer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;asfdesk är låst&lt;/h2&gt;&lt;p&gt;Skriv %1 för att fortsätta.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;asfdesk is locked&lt;/h2&gt;&lt;p&gt;Type %1 to continue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Det stämmer inte.</source>
        <translation>That is not right.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Byt språk</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Språket byts när asfdesk startar om. Vill du starta om nu?</source>
        <translation>The language changes when asfdesk restarts. Restart now?</translation>
    </message>
    <message>
        <source>Starta om nu</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Senare</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Datamapp</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>asfdesk använder nu %1. Den gamla filen ligger kvar.</source>
        <translation>asfdesk now uses %1. The old file is still where it was.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ny logotyp (PNG/JPEG-fil)</source>
        <translation>New logo (PNG/JPEG file)</translation>
    </message>
    <message>
        <source>sökväg till bildfilen</source>
        <translation>path to the image file</translation>
    </message>
    <message>
        <source>Visas uppe till vänster i varje rapport.</source>
        <translation>Shown top left in every report.</translation>
    </message>
    <message>
        <source>Ta bort logotypen</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Språk (byts vid nästa start)</source>
        <translation>Language (changes at next start)</translation>
    </message>
    <message>
        <source>Datamapp</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>standardmappen</source>
        <translation>the standard folder</translation>
    </message>
    <message>
        <source>Där databasen, säkerhetskopiorna och rapporterna sparas. Den öppna databasen kopieras dit om mappen inte redan har en.</source>
        <translation>Where the database, the backups and the reports are kept. The open database is copied there unless the folder already has one.</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Filtrera (kommando eller tangent)</source>
        <translation>Filter (command or key)</translation>
    </message>
    <message>
        <source>Formulär</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nästa fält</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>Stäng (frågar om osparade ändringar)</source>
        <translation>Close (asks about unsaved changes)</translation>
    </message>
    <message>
        <source>Tabeller på företaget</source>
        <translation>Tables on the enterprise</translation>
    </message>
    <message>
        <source>Öppna raden</source>
        <translation>Open the row</translation>
    </message>
    <message>
        <source>Ta bort raden (till papperskorgen)</source>
        <translation>Delete the row (to the recycle bin)</translation>
    </message>
    <message>
        <source>Meny</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <source>Logga handledarstöd</source>
        <translation>Log supervisor support</translation>
    </message>
    <message>
        <source>Redigera handledarstöd</source>
        <translation>Edit supervisor support</translation>
    </message>
    <message>
        <source>kontakten %1</source>
        <translation>the contact %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Modulen kunde inte sparas</source>
        <translation>The module could not be saved</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Moduler</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Logga kontakt… (Ctrl+L)</source>
        <translation>Log contact… (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>kontakter</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>timme</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>timmar</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Lägg till från listan…</source>
        <translation>Add from the list…</translation>
    </message>
    <message>
        <source>Rad %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Databasen är inte ansluten till något team. Välj Arkiv → Anslut till team… med samordnarens kod.</source>
        <translation>The database has not joined a team. Choose File → Join a team… with the coordinator&apos;s code.</translation>
    </message>
    <message>
        <source>Anslut till team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>Databasen är skrivskyddad.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <source>Datorn är spärrad från teamet. Välj först Arkiv → Lämna teamet… (allt i databasen finns kvar) och anslut sedan med den nya koden från samordnaren.</source>
        <translation>This computer is blocked from the team. First choose File → Leave the team… (everything in the database stays) and then join with the new code from the coordinator.</translation>
    </message>
    <message>
        <source>Databasen är redan ansluten till ett team som %1.</source>
        <translation>The database has already joined a team as %1.</translation>
    </message>
    <message>
        <source>Databasen lämnar teamet och blir en vanlig egen databas. Allt den innehåller finns kvar här, men synkroniseras inte längre.</source>
        <translation>The database leaves the team and becomes an ordinary database of its own. Everything in it stays here, but is no longer synchronised.</translation>
    </message>
    <message>
        <source>Din roll (%1) får inte behålla en kopia när datorn lämnar teamet: allt som finns i databasen tas bort från den här datorn, med utkast och papperskorg. Det finns kvar på servern för teamet. Ändringsloggen behåller att det skedde.</source>
        <translation>Your role (%1) may not keep a copy when this computer leaves the team: everything in the database is removed from this computer, drafts and recycle bin included. It stays on the server for the team. The audit log keeps that it happened.</translation>
    </message>
    <message>
        <source>1 ändring har inte skickats och skickas inte.</source>
        <translation>1 change has not been sent and will not be.</translation>
    </message>
    <message>
        <source>%1 ändringar har inte skickats och skickas inte.</source>
        <translation>%1 changes have not been sent and will not be.</translation>
    </message>
    <message>
        <source>Lämna teamet</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <source>Databasen har lämnat teamet; %1 poster togs bort från datorn.</source>
        <translation>The database has left the team; %1 records were removed from this computer.</translation>
    </message>
    <message>
        <source>Databasen har lämnat teamet.</source>
        <translation>The database has left the team.</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Datorn är spärrad från teamet: inget synkroniseras</source>
        <translation>This computer is blocked from the team: nothing is synchronised</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>senast synkad %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <source>Synkroniseringen misslyckades: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synkad %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Inte synkad än</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>1 ändring väntar</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <source>%1 ändringar väntar</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <source>konflikter (%1)</source>
        <translation>conflicts (%1)</translation>
    </message>
    <message>
        <source>Skickar %1 av %2…</source>
        <translation>Sending %1 of %2…</translation>
    </message>
    <message>
        <source>Tar emot… %1 %</source>
        <translation>Receiving… %1 %</translation>
    </message>
    <message>
        <source>Synkroniserar…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>1 post finns inte längre hos dig (borttagen, eller utanför det du har behörighet till).</source>
        <translation>1 record is no longer with you (removed, or outside what you may see).</translation>
    </message>
    <message>
        <source>%1 poster finns inte längre hos dig (borttagna, eller utanför det du har behörighet till).</source>
        <translation>%1 records are no longer with you (removed, or outside what you may see).</translation>
    </message>
</context>
<context>
    <name>TodoActions</name>
    <message>
        <source>Åtgärd klar</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>Klar: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Skjut upp åtgärd</source>
        <translation>Postpone action</translation>
    </message>
    <message>
        <source>Skjut upp nästa steg</source>
        <translation>Postpone next step</translation>
    </message>
    <message>
        <source>Uppskjutet till %1: %2</source>
        <translation>Postponed to %1: %2</translation>
    </message>
    <message>
        <source>Ny ansvarig</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>%1 ansvarar nu för: %2</source>
        <translation>%1 is now responsible for: %2</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>no one</translation>
    </message>
    <message>
        <source>Skjut upp</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>Ny dag:</source>
        <translation>New day:</translation>
    </message>
    <message>
        <source>Ansvarig:</source>
        <translation>Responsible:</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>sedan 1 dag</source>
        <translation>open 1 day</translation>
    </message>
    <message>
        <source>sedan %1 dagar</source>
        <translation>open %1 days</translation>
    </message>
    <message>
        <source>1 dag sen</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>%1 dagar sen</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>om 1 dag</source>
        <translation>in 1 day</translation>
    </message>
    <message>
        <source>om %1 dagar</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Allt</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Hur långt fram Att göra visar det som kommer (försenat visas alltid).</source>
        <translation>How far ahead To do shows what is coming (late items always show).</translation>
    </message>
    <message>
        <source>Det är jag</source>
        <translation>That&apos;s me</translation>
    </message>
    <message>
        <source>Vem arbetar på den här datorn? Namnet står i ändringsloggen och Att göra visar ditt.</source>
        <translation>Who works on this computer? The name goes into the change log and To do shows yours.</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Visa för:</source>
        <translation>Show for:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Framåt:</source>
        <translation>Ahead:</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att öppna. Rött = försenat, brunt = varning (Varför? förklarar).</source>
        <translation>Double-click or press Enter to open. Red = overdue, brown = warning (Why? explains).</translation>
    </message>
    <message>
        <source>Varför?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Varför visas varningen? (Skift+F1)</source>
        <translation>Why is this warning shown? (Shift+F1)</translation>
    </message>
    <message>
        <source>Öppna (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>Markera klar</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Skjut upp…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>Ny ansvarig…</source>
        <translation>New owner…</translation>
    </message>
    <message>
        <source>Alla (välj dig själv i listan)</source>
        <translation>Everyone (choose yourself in the list)</translation>
    </message>
    <message>
        <source>%1 att göra, varav %2 försenade.</source>
        <translation>%1 to do, %2 of them overdue.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Papperskorg</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Borttaget</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Togs bort tillsammans med</source>
        <translation>Deleted together with</translation>
    </message>
    <message>
        <source>Papperskorgen är tom.</source>
        <translation>The Trash is empty.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Borttagna poster finns kvar här tills de återställs.</source>
        <translation>Deleted records stay here until they are restored.</translation>
    </message>
    <message>
        <source>Posten är redan återställd.</source>
        <translation>The record has already been restored.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Användarhandbok</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Sök i handboken (Ctrl+F, Enter för nästa)</source>
        <translation>Search the guide (Ctrl+F, Enter for the next)</translation>
    </message>
    <message>
        <source>Handboken finns inte i den här installationen.</source>
        <translation>The guide is not part of this installation.</translation>
    </message>
</context>
<context>
    <name>VacantPlacesView</name>
    <message>
        <source>Alla insatser</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Lediga</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>av</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Anpassningar</source>
        <translation>Adaptations</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Starta placering på platsen…</source>
        <translation>Start a placement in the place…</translation>
    </message>
    <message>
        <source>Visa företaget</source>
        <translation>Show the enterprise</translation>
    </message>
    <message>
        <source>Lediga platser</source>
        <translation>Vacant places</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Bransch:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Insats:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att starta en placering på platsen.</source>
        <translation>Double-click or press Enter to start a placement in the place.</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Alla branscher</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>%1 lediga platser hos %2 företag.</source>
        <translation>%1 vacant places at %2 enterprises.</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Varför visas varningen?</source>
        <translation>Why is this warning shown?</translation>
    </message>
    <message>
        <source>Gränsen kan ändras under Arkiv → Inställningar. Varningen försvinner när orsaken är åtgärdad.</source>
        <translation>The limit can be changed under File → Settings. The warning goes away when its cause has been dealt with.</translation>
    </message>
    <message>
        <source>Varningar</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Varför?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Visa posten</source>
        <translation>Show the record</translation>
    </message>
    <message>
        <source>Dubbelklicka för en förklaring.</source>
        <translation>Double-click for an explanation.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Öppna demodata</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <source>Öppna databasfil…</source>
        <translation>Open database file…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Välkommen till asfdesk&lt;/h2&gt;&lt;p&gt;Databasen är tom. Vill du se hur asfdesk fungerar kan du öppna demodata med påhittade företag, deltagare och möten.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to asfdesk&lt;/h2&gt;&lt;p&gt;The database is empty. To see how asfdesk works, open the demo data with made-up enterprises, participants and meetings.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Välj ett företag i listan.</source>
        <translation>Choose an enterprise in the list.</translation>
    </message>
    <message>
        <source>Inga företag matchar filtret.</source>
        <translation>No enterprises match the filter.</translation>
    </message>
</context>
<context>
    <name>asfdesk</name>
    <message>
        <source>Ett oväntat fel inträffade: %1

Det du har sparat finns kvar. Detaljer har skrivits till %2.</source>
        <translation>An unexpected error occurred: %1

What you have saved is still there. Details were written to %2.</translation>
    </message>
    <message>
        <source>Lösenord för databasen</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>%1

%2 är krypterad. Skriv lösenordet:</source>
        <translation>%1

%2 is encrypted. Type the password:</translation>
    </message>
    <message>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Du kan öppna den skrivskyddat och titta i den, men inte ändra.</source>
        <translation>You can open it read-only and look at it, but not change it.</translation>
    </message>
    <message>
        <source>Öppna skrivskyddat</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Filen har inte ändrats. Återställ en säkerhetskopia, välj en annan databas, öppna demodata eller avsluta.</source>
        <translation>The file has not been changed. Restore a backup, choose another database, open the demo data or quit.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Öppna annan fil…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Öppna demodata</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Databaser (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Skapade</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Tog bort</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Återställde</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Visade personnummer</source>
        <translation>Showed identity number</translation>
    </message>
    <message>
        <source>Exporterade</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Skrev ut</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Anonymiserade</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Raderade på begäran</source>
        <translation>Erased on request</translation>
    </message>
    <message>
        <source>Lämnade teamet; tog bort det teamet skickat</source>
        <translation>Left the team; removed what the team had sent</translation>
    </message>
</context>
<context>
    <name>enterprise</name>
    <message>
        <source>Ingen ersättning</source>
        <translation>No compensation</translation>
    </message>
    <message>
        <source>%1/mån</source>
        <translation>%1/month</translation>
    </message>
    <message>
        <source>Organisationsnumret används redan av %1.</source>
        <translation>The organisation number is already used by %1.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>tim/v</source>
        <translation>h/wk</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>Målet är nått.</source>
        <translation>The goal has been reached.</translation>
    </message>
    <message>
        <source>Målet nåddes inte under perioden.</source>
        <translation>The goal was not reached in the period.</translation>
    </message>
    <message>
        <source>Perioden har inte börjat.</source>
        <translation>The period has not begun.</translation>
    </message>
    <message>
        <source>Prognosen är att målet nås under perioden.</source>
        <translation>The forecast is that the goal will be reached in the period.</translation>
    </message>
    <message>
        <source>Det är osäkert om målet kommer att nås.</source>
        <translation>It is uncertain whether the goal will be reached.</translation>
    </message>
    <message>
        <source>Prognosen är att målet inte nås.</source>
        <translation>The forecast is that the goal will not be reached.</translation>
    </message>
    <message>
        <source>avtal: %1</source>
        <translation>agreement: %1</translation>
    </message>
    <message>
        <source>projekt: %1</source>
        <translation>project: %1</translation>
    </message>
    <message>
        <source>hela verksamheten</source>
        <translation>the whole programme</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Okänt värde för %1: %2</source>
        <translation>Unknown value for %1: %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; är inget tal</source>
        <translation>%1: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>Organisationsnummer: %1</source>
        <translation>Organisation number: %1</translation>
    </message>
    <message>
        <source>Okänt företag: %1</source>
        <translation>Unknown enterprise: %1</translation>
    </message>
    <message>
        <source>Företag saknas (namn eller organisationsnummer).</source>
        <translation>Enterprise missing (name or organisation number).</translation>
    </message>
    <message>
        <source>Personnummer: %1</source>
        <translation>Identity number: %1</translation>
    </message>
    <message>
        <source>Okänd deltagare: %1 (importera deltagarna först)</source>
        <translation>Unknown participant: %1 (import the participants first)</translation>
    </message>
    <message>
        <source>Deltagare saknas (kod eller personnummer).</source>
        <translation>Participant missing (code or identity number).</translation>
    </message>
    <message>
        <source>Okänd organisation: %1</source>
        <translation>Unknown organisation: %1</translation>
    </message>
    <message>
        <source>Okänd handläggare: %1</source>
        <translation>Unknown case officer: %1</translation>
    </message>
    <message>
        <source>Okänt kön: %1</source>
        <translation>Unknown gender: %1</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Placeringar</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Intäkter per år</source>
        <translation>Revenue per year</translation>
    </message>
    <message>
        <source>Ingen kolumn i rubrikraden (rad %1) känns igen: %2. Välj kolumner att läsa in.</source>
        <translation>No column in the header row (row %1) is recognised: %2. Choose the columns to import.</translation>
    </message>
    <message>
        <source>Filen har en rubrikrad men inga rader att läsa in.</source>
        <translation>The file has a header row but no rows to import.</translation>
    </message>
    <message>
        <source>Databasen tog inte emot raden (%1).</source>
        <translation>The database did not accept the row (%1).</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Filen är tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Filen är en gammal Excel-fil (.xls). Spara den som .xlsx i Excel och försök igen.</source>
        <translation>The file is an old Excel file (.xls). Save it as .xlsx in Excel and try again.</translation>
    </message>
    <message>
        <source>Filen är en webbsida eller XML, inte en Excel-arbetsbok. Spara den som .xlsx i Excel.</source>
        <translation>The file is a web page or XML, not an Excel workbook. Save it as .xlsx in Excel.</translation>
    </message>
    <message>
        <source>Filen heter %1 men är ingen Excel-arbetsbok. Spara den som .xlsx eller .csv.</source>
        <translation>The file is named %1 but is not an Excel workbook. Save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Filen är ett OpenDocument-kalkylark (.ods). Spara den som .xlsx och försök igen.</source>
        <translation>The file is an OpenDocument spreadsheet (.ods). Save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>Filen är en binär Excel-arbetsbok (.xlsb). Spara den som .xlsx och försök igen.</source>
        <translation>The file is a binary Excel workbook (.xlsb). Save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>Filen är en zip-fil men ingen Excel-arbetsbok. Spara listan som .xlsx eller .csv.</source>
        <translation>The file is a zip file but not an Excel workbook. Save the list as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Arbetsboken är för stor att läsa in (%1 MB i en del, högst %2 MB). Dela upp listan.</source>
        <translation>The workbook is too large to import (%1 MB in one part, at most %2 MB). Split the list.</translation>
    </message>
    <message>
        <source>Arbetsboken är skadad eller ofullständig (%1). Öppna den i Excel, spara igen och försök på nytt.</source>
        <translation>The workbook is damaged or incomplete (%1). Open it in Excel, save it again and retry.</translation>
    </message>
    <message>
        <source>Arbetsboken har inget kalkylblad med rader.</source>
        <translation>The workbook has no worksheet with rows.</translation>
    </message>
    <message>
        <source>Filen är för stor att läsa in (%1 MB, högst %2 MB). Dela upp listan.</source>
        <translation>The file is too large to import (%1 MB, at most %2 MB). Split the list.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas som CSV (%1).</source>
        <translation>The file could not be read as CSV (%1).</translation>
    </message>
    <message>
        <source>Filen är ingen textfil (CSV) och ingen Excel-arbetsbok. Spara listan som .xlsx eller .csv.</source>
        <translation>The file is neither a text file (CSV) nor an Excel workbook. Save the list as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Filen har fler än %1 rader. Dela upp listan och läs in en del i taget.</source>
        <translation>The file has more than %1 rows. Split the list and import one part at a time.</translation>
    </message>
    <message>
        <source>Rad %1 har fler än %2 kolumner. Är det rätt fil?</source>
        <translation>Row %1 has more than %2 columns. Is it the right file?</translation>
    </message>
    <message>
        <source>formel utan sparat värde (öppna och spara i Excel)</source>
        <translation>formula without a saved value (open and save in Excel)</translation>
    </message>
    <message>
        <source>%1 tecken (högst %2)</source>
        <translation>%1 characters (at most %2)</translation>
    </message>
    <message>
        <source>felvärde %1</source>
        <translation>error value %1</translation>
    </message>
    <message>
        <source>Filen har inga rader.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>kolumn %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Organisationsnumret</source>
        <translation>The organisation number</translation>
    </message>
    <message>
        <source>Koden</source>
        <translation>The code</translation>
    </message>
    <message>
        <source>%1 %2 finns redan på en annan post.</source>
        <translation>%1 %2 already belongs to another record.</translation>
    </message>
</context>
<context>
    <name>participant</name>
    <message>
        <source>Koden används redan av en annan deltagare.</source>
        <translation>The code is already used by another participant.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>alla insatser</source>
        <translation>all measures</translation>
    </message>
    <message>
        <source>%1 (%2 av %3 lediga)</source>
        <translation>%1 (%2 of %3 vacant)</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Ange hela sökvägen till mappen.</source>
        <translation>Give the full path to the folder.</translation>
    </message>
    <message>
        <source>Det finns en fil med det namnet.</source>
        <translation>There is a file with that name.</translation>
    </message>
    <message>
        <source>asfdesk kan inte skriva i den mappen.</source>
        <translation>asfdesk cannot write in that folder.</translation>
    </message>
</context>
<context>
    <name>revenue</name>
    <message>
        <source>intäkter %1</source>
        <translation>revenue %1</translation>
    </message>
    <message>
        <source>Intäkter för %1 finns redan; redigera dem i stället.</source>
        <translation>Revenue for %1 already exists; edit it instead.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Handledarstöd</source>
        <translation>Supervisor support</translation>
    </message>
    <message>
        <source>Möten</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>%1: fel typ av värde.</source>
        <translation>%1: wrong kind of value.</translation>
    </message>
    <message>
        <source>%1: ska vara mellan %2 och %3.</source>
        <translation>%1: must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1: okänt val.</source>
        <translation>%1: unknown choice.</translation>
    </message>
    <message>
        <source>Organisationens namn i rapporthuvudet</source>
        <translation>Organisation name in the report header</translation>
    </message>
    <message>
        <source>Gallring: år efter sista placering</source>
        <translation>Retention: years after the last placement</translation>
    </message>
    <message>
        <source>Lås efter minuter utan aktivitet (0 = aldrig)</source>
        <translation>Lock after minutes without activity (0 = never)</translation>
    </message>
    <message>
        <source>Dagliga säkerhetskopior att spara</source>
        <translation>Daily backups to keep</translation>
    </message>
    <message>
        <source>Veckovisa säkerhetskopior att spara</source>
        <translation>Weekly backups to keep</translation>
    </message>
    <message>
        <source>Uppföljning av nya placeringar var (dagar)</source>
        <translation>Follow up new placements every (days)</translation>
    </message>
    <message>
        <source>Rapporternas period från början</source>
        <translation>Reports&apos; period to start with</translation>
    </message>
    <message>
        <source>Logotyp i rapporthuvudet</source>
        <translation>Logo in the report header</translation>
    </message>
    <message>
        <source>Varna: placering slutar utan nästa steg inom (dagar)</source>
        <translation>Warn: placement ends with no next step within (days)</translation>
    </message>
    <message>
        <source>Varna: dagar efter planerat slut utan utfall</source>
        <translation>Warn: days past planned end with no outcome</translation>
    </message>
    <message>
        <source>Varna: arbetsmarknadsanställning längre än (månader)</source>
        <translation>Warn: labour-market employment longer than (months)</translation>
    </message>
    <message>
        <source>Varna: arbetsmarknadsanställning förlängd (gånger)</source>
        <translation>Warn: labour-market employment extended (times)</translation>
    </message>
    <message>
        <source>Varna: inget handledarstöd på (veckor)</source>
        <translation>Warn: no supervisor support for (weeks)</translation>
    </message>
    <message>
        <source>Varna: avtalade platser tomma i (månader)</source>
        <translation>Warn: contracted places empty for (months)</translation>
    </message>
    <message>
        <source>Varna: handledare utan utbildning efter (dagar)</source>
        <translation>Warn: supervisor without training after (days)</translation>
    </message>
    <message>
        <source>Varna: återanvisad inom (månader)</source>
        <translation>Warn: re-referred within (months)</translation>
    </message>
    <message>
        <source>Varna: andel intäkter från myndigheter över (%)</source>
        <translation>Warn: share of revenue from authorities above (%)</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Logotypen ska vara en PNG- eller JPEG-bild.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Logotypen får vara högst 512 kB.</source>
        <translation>The logo may be at most 512 kB.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Län</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Juridisk form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Bransch</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Anställda</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Arbetsträningsplatser</source>
        <translation>Work training places</translation>
    </message>
    <message>
        <source>Medlem i SAK</source>
        <translation>Member of SAK</translation>
    </message>
    <message>
        <source>Medlem i Skoopi</source>
        <translation>Member of Skoopi</translation>
    </message>
    <message>
        <source>Startbidrag (kr)</source>
        <translation>Start grant (SEK)</translation>
    </message>
    <message>
        <source>Startbidrag, datum</source>
        <translation>Start grant, date</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Kontaktform</source>
        <translation>Contact form</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Timmar per vecka</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Omfattning (%)</source>
        <translation>Extent (%)</translation>
    </message>
    <message>
        <source>Pris per månad (kr)</source>
        <translation>Price per month (SEK)</translation>
    </message>
    <message>
        <source>Pris per dag (kr)</source>
        <translation>Price per day (SEK)</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Nästa steg, datum</source>
        <translation>Next step, date</translation>
    </message>
    <message>
        <source>Uppföljning var (dagar)</source>
        <translation>Follow-up every (days)</translation>
    </message>
    <message>
        <source>Förlängningar</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Gäller till</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Återkallat</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Avtalstyp</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Pris per plats och månad (kr)</source>
        <translation>Price per place and month (SEK)</translation>
    </message>
    <message>
        <source>Värde (kr)</source>
        <translation>Value (SEK)</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Huvudansvar</source>
        <translation>Main responsibility</translation>
    </message>
    <message>
        <source>Tidsplan</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Arbetsuppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Anpassningar</source>
        <translation>Adaptations</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Marknadsintäkter (kr)</source>
        <translation>Market revenue (SEK)</translation>
    </message>
    <message>
        <source>Offentliga intäkter (kr)</source>
        <translation>Public revenue (SEK)</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Planerade timmar</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Använda timmar</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <source>Ingen ersättning</source>
        <translation>No compensation</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Andra aktörer</source>
        <translation>Other actors</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Handledarutbildning</source>
        <translation>Supervisor training</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Branscher</source>
        <translation>Business lines</translation>
    </message>
    <message>
        <source>Köpare</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Samtycke, datum</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Samtycke givet</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Företag</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Utfall (angivet)</source>
        <translation>Outcome (entered)</translation>
    </message>
    <message>
        <source>Föregående (angivet)</source>
        <translation>Previous (entered)</translation>
    </message>
    <message>
        <source>Högst månader per deltagare</source>
        <translation>Most months per participant</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Överordnad</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Betalare</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Placering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Pris per anställd och månad (kr)</source>
        <translation>Price per employee and month (SEK)</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Remitterande organisation</source>
        <translation>Referring organisation</translation>
    </message>
    <message>
        <source>Handledare</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(borttagen här)</source>
        <translation>(removed here)</translation>
    </message>
    <message>
        <source>Gäller nu: %1 (%2) · Andra: %3 (%4)</source>
        <translation>Current: %1 (%2) · Other: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: två värden att välja mellan</source>
        <translation>%1: two values to choose between</translation>
    </message>
</context>
<context>
    <name>todo</name>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Placering slutar</source>
        <translation>Placement ends</translation>
    </message>
    <message>
        <source>Passerat slutdatum</source>
        <translation>Past end date</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>senast uppföljd %1</source>
        <translation>last followed up %1</translation>
    </message>
    <message>
        <source>ingen uppföljning än</source>
        <translation>no follow-up yet</translation>
    </message>
    <message>
        <source>utfall saknas</source>
        <translation>outcome missing</translation>
    </message>
    <message>
        <source>planera nästa steg</source>
        <translation>plan the next step</translation>
    </message>
    <message>
        <source>%1, från möte %2</source>
        <translation>%1, from meeting %2</translation>
    </message>
    <message>
        <source>från möte %1</source>
        <translation>from meeting %1</translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>från kontakt %1</source>
        <translation>from contact %1</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <source>företag</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>kontaktperson</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>kontaktpersoner</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <source>avtal</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>stödrelation</source>
        <translation>support relationship</translation>
    </message>
    <message>
        <source>stödrelationer</source>
        <translation>support relationships</translation>
    </message>
    <message>
        <source>modulstatus</source>
        <translation>module status</translation>
    </message>
    <message>
        <source>handledarstödskontakt</source>
        <translation>supervisor-support contact</translation>
    </message>
    <message>
        <source>handledarstödskontakter</source>
        <translation>supervisor-support contacts</translation>
    </message>
    <message>
        <source>modulkoppling</source>
        <translation>module link</translation>
    </message>
    <message>
        <source>modulkopplingar</source>
        <translation>module links</translation>
    </message>
    <message>
        <source>deltagare</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>samtycke</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>samtycken</source>
        <translation>consents</translation>
    </message>
    <message>
        <source>placering</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>placeringar</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>möte</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>möten</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>platser</source>
        <translation>places</translation>
    </message>
    <message>
        <source>intäktsuppgift</source>
        <translation>revenue figure</translation>
    </message>
    <message>
        <source>intäktsuppgifter</source>
        <translation>revenue figures</translation>
    </message>
    <message>
        <source>projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>handlingsplanens aktivitet</source>
        <translation>action plan activity</translation>
    </message>
    <message>
        <source>handlingsplanens aktiviteter</source>
        <translation>action plan activities</translation>
    </message>
    <message>
        <source>mötesdeltagare</source>
        <translation>meeting attendee</translation>
    </message>
    <message>
        <source>beslut</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>åtgärd</source>
        <translation>action item</translation>
    </message>
    <message>
        <source>åtgärder</source>
        <translation>action items</translation>
    </message>
    <message>
        <source>mötets placering</source>
        <translation>meeting&apos;s placement</translation>
    </message>
    <message>
        <source>mötets placeringar</source>
        <translation>meeting&apos;s placements</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisationer</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>medarbetare</source>
        <translation>staff member</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Högst %1 tecken (här %2).</source>
        <translation>At most %1 characters (here %2).</translation>
    </message>
    <message>
        <source>Företaget behöver ett namn.</source>
        <translation>The enterprise needs a name.</translation>
    </message>
    <message>
        <source>Ange kommun.</source>
        <translation>Give the municipality.</translation>
    </message>
    <message>
        <source>Antalet kan inte vara negativt.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>Välj en av statusarna.</source>
        <translation>Choose one of the statuses.</translation>
    </message>
    <message>
        <source>Välj en av de juridiska formerna.</source>
        <translation>Choose one of the legal forms.</translation>
    </message>
    <message>
        <source>Ange namn.</source>
        <translation>Give a name.</translation>
    </message>
    <message>
        <source>Ange när avtalet börjar.</source>
        <translation>Give the date the agreement starts.</translation>
    </message>
    <message>
        <source>Avtalet kan inte sluta innan det börjar.</source>
        <translation>The agreement cannot end before it starts.</translation>
    </message>
    <message>
        <source>Ange minst en månad.</source>
        <translation>Enter at least one month.</translation>
    </message>
    <message>
        <source>Beloppet kan inte vara negativt.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Ange datum.</source>
        <translation>Give the date.</translation>
    </message>
    <message>
        <source>Ange hur lång tid kontakten tog.</source>
        <translation>Give how long the contact took.</translation>
    </message>
    <message>
        <source>En kontakt kan inte vara längre än ett dygn.</source>
        <translation>A contact cannot be longer than a day.</translation>
    </message>
    <message>
        <source>Skriv vad som ska göras till datumet.</source>
        <translation>Write what is to be done by the date.</translation>
    </message>
    <message>
        <source>Nästa steg kan inte ligga före kontakten.</source>
        <translation>The next step cannot be before the contact.</translation>
    </message>
    <message>
        <source>En kontakt kan inte loggas i förväg – planera ett möte i stället.</source>
        <translation>A contact cannot be logged in advance – plan a meeting instead.</translation>
    </message>
    <message>
        <source>Modulen kan inte bli klar innan den startar.</source>
        <translation>The module cannot be done before it starts.</translation>
    </message>
    <message>
        <source>Timmar kan inte vara negativa.</source>
        <translation>Hours cannot be negative.</translation>
    </message>
    <message>
        <source>Deltagaren behöver en kod (pseudonym).</source>
        <translation>The participant needs a code (pseudonym).</translation>
    </message>
    <message>
        <source>Födelseåret ska ligga mellan %1 och %2.</source>
        <translation>The year of birth must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Ange när samtycket lämnades.</source>
        <translation>Give the date the consent was given.</translation>
    </message>
    <message>
        <source>Samtycke %1: ange datum.</source>
        <translation>Consent %1: give the date.</translation>
    </message>
    <message>
        <source>Samtycke %1: slutar före det lämnades.</source>
        <translation>Consent %1: ends before it was given.</translation>
    </message>
    <message>
        <source>Samtycke %1: återkallat före det lämnades.</source>
        <translation>Consent %1: withdrawn before it was given.</translation>
    </message>
    <message>
        <source>Spara inte personnummer för den som har skyddade personuppgifter.</source>
        <translation>Do not store an identity number for someone with protected personal data.</translation>
    </message>
    <message>
        <source>Välj deltagare.</source>
        <translation>Choose a participant.</translation>
    </message>
    <message>
        <source>Ange startdatum.</source>
        <translation>Give the start date.</translation>
    </message>
    <message>
        <source>Planerat slut ligger före start.</source>
        <translation>Planned end is before the start.</translation>
    </message>
    <message>
        <source>En placering kan inte sluta innan den börjar.</source>
        <translation>A placement cannot end before it starts.</translation>
    </message>
    <message>
        <source>Ange utfall när placeringen avslutas.</source>
        <translation>Give the outcome when the placement ends.</translation>
    </message>
    <message>
        <source>Ange slutdatum när ett utfall är valt.</source>
        <translation>Give the end date when an outcome is chosen.</translation>
    </message>
    <message>
        <source>Okänt utfall.</source>
        <translation>Unknown outcome.</translation>
    </message>
    <message>
        <source>Timmar per vecka ska vara mellan 1 och 60.</source>
        <translation>Hours per week must be between 1 and 60.</translation>
    </message>
    <message>
        <source>Omfattningen ska vara 1–100 %.</source>
        <translation>The extent must be 1–100 %.</translation>
    </message>
    <message>
        <source>Antalet förlängningar kan inte vara negativt.</source>
        <translation>The number of extensions cannot be negative.</translation>
    </message>
    <message>
        <source>Intervallet ska vara minst en dag.</source>
        <translation>The interval must be at least one day.</translation>
    </message>
    <message>
        <source>Ange slutdatum.</source>
        <translation>Give the end date.</translation>
    </message>
    <message>
        <source>Ange utfall.</source>
        <translation>Give the outcome.</translation>
    </message>
    <message>
        <source>Avtalet slutade %1, före placeringens start.</source>
        <translation>The agreement ended on %1, before the placement starts.</translation>
    </message>
    <message>
        <source>Avtalet slutar %1 men placeringen har inget slutdatum.</source>
        <translation>The agreement ends on %1 but the placement has no end date.</translation>
    </message>
    <message>
        <source>Placeringen pågår till %1, efter avtalets slut %2.</source>
        <translation>The placement runs until %1, after the agreement ends on %2.</translation>
    </message>
    <message>
        <source>Placeringen börjar före avtalet (%1).</source>
        <translation>The placement starts before the agreement (%1).</translation>
    </message>
    <message>
        <source>Ange datum och tid.</source>
        <translation>Give the date and time.</translation>
    </message>
    <message>
        <source>Nästa möte kan inte ligga före detta möte.</source>
        <translation>The next meeting cannot be before this meeting.</translation>
    </message>
    <message>
        <source>Åtgärd %1 saknar text.</source>
        <translation>Action item %1 has no text.</translation>
    </message>
    <message>
        <source>Organisationsnumret får bara innehålla siffror och bindestreck.</source>
        <translation>The organisation number may only contain digits and a hyphen.</translation>
    </message>
    <message>
        <source>Organisationsnumret ska ha tio siffror (NNNNNN-NNNN).</source>
        <translation>The organisation number has ten digits (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <source>Kontrollsiffran stämmer inte – kontrollera organisationsnumret.</source>
        <translation>The check digit does not match – check the organisation number.</translation>
    </message>
    <message>
        <source>Det är inte ett giltigt organisationsnummer.</source>
        <translation>That is not a valid organisation number.</translation>
    </message>
    <message>
        <source>Skriv personnumret som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN.</source>
        <translation>Write the identity number as YYMMDD-NNNN or YYYYMMDD-NNNN.</translation>
    </message>
    <message>
        <source>Kontrollsiffran stämmer inte – kontrollera personnumret.</source>
        <translation>The check digit does not match – check the identity number.</translation>
    </message>
    <message>
        <source>Det är inte ett giltigt personnummer eller samordningsnummer.</source>
        <translation>That is not a valid personal identity number or coordination number.</translation>
    </message>
    <message>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Det datumet finns inte.</source>
        <translation>That date does not exist.</translation>
    </message>
    <message>
        <source>Datumet ska ligga mellan 1900 och 2100.</source>
        <translation>The date must lie between 1900 and 2100.</translation>
    </message>
    <message>
        <source>E-postadressen ser inte rätt ut.</source>
        <translation>The email address does not look right.</translation>
    </message>
    <message>
        <source>Ge platsen en benämning.</source>
        <translation>Give the place a title.</translation>
    </message>
    <message>
        <source>En plats tar emot minst en person.</source>
        <translation>A place takes at least one person.</translation>
    </message>
    <message>
        <source>Okänd insatstyp.</source>
        <translation>Unknown measure type.</translation>
    </message>
    <message>
        <source>Ange ett rimligt år.</source>
        <translation>Enter a sensible year.</translation>
    </message>
    <message>
        <source>Ange projektets namn.</source>
        <translation>Enter the project&apos;s name.</translation>
    </message>
    <message>
        <source>Projektet slutar före start.</source>
        <translation>The project ends before it starts.</translation>
    </message>
    <message>
        <source>Skriv målet.</source>
        <translation>Write the goal.</translation>
    </message>
    <message>
        <source>Ange periodens början.</source>
        <translation>Enter the start of the period.</translation>
    </message>
    <message>
        <source>Ange periodens slut.</source>
        <translation>Enter the end of the period.</translation>
    </message>
    <message>
        <source>Perioden slutar innan den börjar.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>Målet ska vara större än noll.</source>
        <translation>The target must be greater than zero.</translation>
    </message>
    <message>
        <source>Okänt mätetal.</source>
        <translation>Unknown indicator.</translation>
    </message>
    <message>
        <source>Ange utfallet för en egen siffra.</source>
        <translation>Enter the outcome for a figure of your own.</translation>
    </message>
    <message>
        <source>Välj högst ett av företag, avtal och projekt.</source>
        <translation>Choose at most one of enterprise, agreement and project.</translation>
    </message>
    <message>
        <source>Ange vilken handlingsplan aktiviteten hör till.</source>
        <translation>Say which action plan the activity belongs to.</translation>
    </message>
    <message>
        <source>Beskriv aktiviteten.</source>
        <translation>Describe the activity.</translation>
    </message>
    <message>
        <source>Ange periodens första dag.</source>
        <translation>Enter the first day of the period.</translation>
    </message>
    <message>
        <source>Ange periodens sista dag.</source>
        <translation>Enter the last day of the period.</translation>
    </message>
    <message>
        <source>Periodens slut ligger före dess början.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>Välj vems deltagare handläggarversionen gäller.</source>
        <translation>Choose whose participants the case officer version is for.</translation>
    </message>
    <message>
        <source>Remitterande organisation väljs bara för handläggarversionen.</source>
        <translation>A referring organisation is chosen only for the case officer version.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Idé</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Uppstart</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Etablerad</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Vilande</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Avvecklad</source>
        <translation>Wound up</translation>
    </message>
    <message>
        <source>Ekonomisk förening</source>
        <translation>Economic association (cooperative)</translation>
    </message>
    <message>
        <source>Ideell förening</source>
        <translation>Non-profit association</translation>
    </message>
    <message>
        <source>Aktiebolag med begränsad vinstutdelning</source>
        <translation>Limited company with restricted dividends</translation>
    </message>
    <message>
        <source>Aktiebolag</source>
        <translation>Limited company</translation>
    </message>
    <message>
        <source>Stiftelse</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Coompanion</source>
        <translation>Coompanion</translation>
    </message>
    <message>
        <source>Arbetsmarknadsenhet (AME)</source>
        <translation>Labour-market unit (AME)</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Swedish Public Employment Service</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Swedish Social Insurance Agency</translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation>Coordination association</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Socialtjänst/IFO</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Nätverk (SAK, Skoopi)</source>
        <translation>Network (SAK, Skoopi)</translation>
    </message>
    <message>
        <source>Rådgivare</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Processledare</source>
        <translation>Process leader</translation>
    </message>
    <message>
        <source>Samordnare</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Verksamhetsledare</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Handledare</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Styrelseledamot</source>
        <translation>Board member</translation>
    </message>
    <message>
        <source>Kassör</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>IOP (idéburet offentligt partnerskap)</source>
        <translation>IOP (idea-based public partnership)</translation>
    </message>
    <message>
        <source>Ramavtal</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <source>Löpande avtal</source>
        <translation>Running agreement</translation>
    </message>
    <message>
        <source>Direktupphandling</source>
        <translation>Direct procurement</translation>
    </message>
    <message>
        <source>Reserverad upphandling</source>
        <translation>Reserved procurement</translation>
    </message>
    <message>
        <source>Avtal om arbetsträningsplatser</source>
        <translation>Agreement on work-training places</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Understanding</translation>
    </message>
    <message>
        <source>Startbidrag</source>
        <translation>Start grant</translation>
    </message>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ej aktuell</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Grön</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Röd</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Företag som fått handledarstöd</source>
        <translation>Enterprises given supervisor support</translation>
    </message>
    <message>
        <source>Handledarstödskontakter</source>
        <translation>Supervisor support contacts</translation>
    </message>
    <message>
        <source>Timmar handledarstöd</source>
        <translation>Hours of supervisor support</translation>
    </message>
    <message>
        <source>Påbörjade placeringar</source>
        <translation>Placements started</translation>
    </message>
    <message>
        <source>Avslutade placeringar</source>
        <translation>Placements ended</translation>
    </message>
    <message>
        <source>Avslut till arbete eller studier</source>
        <translation>Exits to work or studies</translation>
    </message>
    <message>
        <source>Deltagare i insats</source>
        <translation>Participants in a measure</translation>
    </message>
    <message>
        <source>Egen siffra (anges för hand)</source>
        <translation>Own figure (entered by hand)</translation>
    </message>
    <message>
        <source>Styrelse och verksamhet</source>
        <translation>Board and staff</translation>
    </message>
    <message>
        <source>Innevarande år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Innevarande halvår</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <source>Förra halvåret</source>
        <translation>Last half-year</translation>
    </message>
    <message>
        <source>Innevarande kvartal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Förra kvartalet</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Förra månaden</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kvinna</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Annat/ej angivet</source>
        <translation>Other/not given</translation>
    </message>
    <message>
        <source>Arbetsträning</source>
        <translation>Work training</translation>
    </message>
    <message>
        <source>Arbetsprövning</source>
        <translation>Work assessment</translation>
    </message>
    <message>
        <source>Praktik</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Sysselsättning</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Rehabiliteringsplats</source>
        <translation>Rehabilitation place</translation>
    </message>
    <message>
        <source>Anställning med lönestöd (lönebidrag)</source>
        <translation>Employment with wage subsidy</translation>
    </message>
    <message>
        <source>Introduktionsjobb</source>
        <translation>Introduction job</translation>
    </message>
    <message>
        <source>Nystartsjobb</source>
        <translation>New-start job</translation>
    </message>
    <message>
        <source>Extratjänst</source>
        <translation>Extra job</translation>
    </message>
    <message>
        <source>Arbetsmarknadsanställning</source>
        <translation>Labour-market employment</translation>
    </message>
    <message>
        <source>Daglig verksamhet (LSS/SoL)</source>
        <translation>Daily activity (LSS/SoL)</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Arbete</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Studier</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Fortsatt insats</source>
        <translation>Continued measure</translation>
    </message>
    <message>
        <source>A-kassa</source>
        <translation>Unemployment fund</translation>
    </message>
    <message>
        <source>Försörjningsstöd</source>
        <translation>Income support</translation>
    </message>
    <message>
        <source>Sjukskrivning</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Avbrott</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Trepartssamtal</source>
        <translation>Three-party meeting</translation>
    </message>
    <message>
        <source>Arbetsplatsbesök</source>
        <translation>Workplace visit</translation>
    </message>
    <message>
        <source>Nätverksträff</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Dialogmöte</source>
        <translation>Dialogue meeting</translation>
    </message>
    <message>
        <source>Styrelsemöte</source>
        <translation>Board meeting</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Genomfört</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Löpande</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Arbetsmarknadsenheten (AME)</source>
        <translation>Labour-market unit (AME)</translation>
    </message>
    <message>
        <source>Samordningsförbundet</source>
        <translation>Coordination association</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>Slutar utan nästa steg</source>
        <translation>Ends with no next step</translation>
    </message>
    <message>
        <source>Passerat slut utan utfall</source>
        <translation>Past end with no outcome</translation>
    </message>
    <message>
        <source>Lång arbetsmarknadsanställning</source>
        <translation>Long labour-market employment</translation>
    </message>
    <message>
        <source>Ingen kontakt på länge</source>
        <translation>No contact for a long time</translation>
    </message>
    <message>
        <source>Avtalade platser tomma</source>
        <translation>Contracted places empty</translation>
    </message>
    <message>
        <source>Handledare utan utbildning</source>
        <translation>Supervisor without training</translation>
    </message>
    <message>
        <source>Återanvisad deltagare</source>
        <translation>Re-referred participant</translation>
    </message>
    <message>
        <source>Beroende av platsförsäljning</source>
        <translation>Dependent on selling places</translation>
    </message>
    <message>
        <source>Placeringen slutar %1 (om %2 dagar) och inget nästa steg är registrerat. Gränsen är %3 dagar.</source>
        <translation>The placement ends %1 (in %2 days) and no next step is recorded. The limit is %3 days.</translation>
    </message>
    <message>
        <source>Planerat slut var %1, för %2 dagar sedan, men placeringen är inte avslutad med ett utfall. Gränsen är %3 dagar.</source>
        <translation>The planned end was %1, %2 days ago, but the placement has not been ended with an outcome. The limit is %3 days.</translation>
    </message>
    <message>
        <source>har pågått sedan %1, längre än %2 månader</source>
        <translation>has run since %1, longer than %2 months</translation>
    </message>
    <message>
        <source>har förlängts %1 gånger (gränsen är %2)</source>
        <translation>has been extended %1 times (the limit is %2)</translation>
    </message>
    <message>
        <source>Arbetsmarknadsanställningen %1. Den är tänkt att vara högst ett år.</source>
        <translation>The labour-market employment %1. It is meant to last at most one year.</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Inget handledarstöd är registrerat, och företaget har haft stöd sedan %1. Gränsen är %2 veckor.</source>
        <translation>No supervisor support is recorded, and the enterprise has been supported since %1. The limit is %2 weeks.</translation>
    </message>
    <message>
        <source>Senaste handledarstödet var %1, för %2 veckor sedan. Gränsen är %3 veckor.</source>
        <translation>The latest supervisor support was %1, %2 weeks ago. The limit is %3 weeks.</translation>
    </message>
    <message>
        <source>De senaste %1 månaderna (%2–%3) fylldes %4 av %5 avtalade platsmånader. Gränsen är %6 månader med minst en tom plats.</source>
        <translation>In the last %1 months (%2–%3), %4 of %5 contracted place-months were filled. The limit is %6 months with at least one empty place.</translation>
    </message>
    <message>
        <source>%1 har handlett sedan %2 (%3 dagar) utan registrerad handledarutbildning. Gränsen är %4 dagar.</source>
        <translation>%1 has supervised since %2 (%3 days) with no supervisor training recorded. The limit is %4 days.</translation>
    </message>
    <message>
        <source>%1 började %2, %3 dagar efter att en tidigare placering avslutades %4. Gränsen är %5 månader.</source>
        <translation>%1 started %2, %3 days after an earlier placement ended %4. The limit is %5 months.</translation>
    </message>
    <message>
        <source>%1 kom %2 % av intäkterna från platser och tjänster sålda till myndigheter. Gränsen är %3 %.</source>
        <translation>In %1, %2 % of revenue came from places and services sold to authorities. The limit is %3 %.</translation>
    </message>
</context>
</TS>
