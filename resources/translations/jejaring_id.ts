<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceView</name>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Jejaring: coordination desk for the protection of Indonesian migrant workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder (default: JEJARING_HOME or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL (default: SQLite in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up this desk&apos;s office and first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add realistic sample data (fictional people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database and bring its schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonical JSON lines of every replicated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up site {code} ({name}) in {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run `jejaring init` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} sample cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is up to date (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the database from schema {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (the window is opened by the jejaring program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jejaring (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK {nik} is not valid: it needs 16 digits with a real region and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK {nik} does not match the sex given (women have 40 added to the birth day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK {nik} does not match the date of birth given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker needs at least a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sex: {sex}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case category: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is not a two-letter ISO country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sample cases must be between 0 and 1,000,000.</source>
        <extracomment>Destination countries with rough weights (share of complaints), the representation that serves each, and a city. Provinces that send most workers (NIK prefixes), with weights.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site code has 2 to 16 capital letters, digits or dashes and starts with a letter (for example KBRI-KUL).</source>
        <extracomment>The usual time zone of a representation&apos;s country, for meeting times (editable later).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is already set up as site {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIP has exactly 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code {code} already belongs to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has 3 to 64 characters: small letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency code has 2 to 24 capital letters, digits, dots or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agency no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer with a username needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency} has no unit with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That officer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
