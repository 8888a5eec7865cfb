<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer chooses a new password at the next sign-in; give the temporary one in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Officers who sign in at this site. Passwords stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes (0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who looks after this desk: officers, agencies and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Siti Rahmawati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. siti.rahmawati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Staf Fungsi Pelindungan WNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant number (NIP), 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant number: 18 digits (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More officers can be added later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and a digit or sign. Kept only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example KBRI-KUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official name in Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the letter&apos;s number or agenda number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The unencrypted copy is kept at {path}: delete it as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans or photos attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the earliest date a period may name; a date edit showing it means &quot;no limit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number or kind:id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or slipped in since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry is chained by hash to the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {id} by {actor} at {site}: {action}. Hash {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting audit entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Register a personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachPanel</name>
    <message>
        <source>A breach is notified to the authority and to the people concerned within 3 x 24 hours of finding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notification letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification {number} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Date &amp;reported</source>
        <extracomment>the category changed (the protocol&apos;s suggestion depends on it) the officer changed the lead or the agencies involved the edit form&apos;s second page: who works the case under the agencies: whether they are the protocol&apos;s suggestion (the new-case form sets it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complai&amp;nant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MYR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss at the next coordination meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead agency is always involved. An agency taken off the list keeps what it has done on the timeline; a referral involves its receiver again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-&amp;threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the complainant&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case&apos;s forms or save them as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to another stage of handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owes the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}: {what}, by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: {lead} · also involved: {agencies} · reported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: the case is {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open step. Add a task to say what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more on the Tasks tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseInfoTab</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the complaint came in, who handles it, and how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{priority}, life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRegisterModel</name>
    <message>
        <source>Number</source>
        <extracomment>rows read at once; a screen shows 20 to 40 pages kept (LRU): the screen, the pages around it, and the first page to come back to page reads running at once; others wait, newest first, and stale ones are dropped pages waiting to be read; older wishes are forgotten (the screen asks again when it repaints) each row&apos;s cell texts in the interface language, made when first painted column -&gt; key of cases.SORT_COLUMNS (the other columns cannot be sorted) the first page of a new query is on screen the number of rows of the current query is known (also after a reload) a page of the current query was read (first row, last row) reading failed with an expected error (already translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step or referral is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red dot: life-threatening. Clock: a step or referral is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>&amp;1 Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 Letters and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the referral from {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields of this case (its story, health, violence, child or criminal matters) are hidden: only the officers assigned, the site&apos;s supervisors and administrators read them.</source>
        <extracomment>what a case window shows: it refreshes when one of these changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the glass: case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no need to know this case&apos;s sensitive fields. Say why you must read them: the access is recorded with your reason and visible to the supervisors and auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the referral is returned (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the referral to {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the referral is withdrawn (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is {stage}. Say why it is opened again (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the personal data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data report {number} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the personal data report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this attachment is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <extracomment>a date whose short form is as wide as any (two-digit day and month)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from an Excel or CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases of the current filter to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, NIK, passport, employer, P3MI, summary, number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases with a step or a referral past its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases on which you are an assigned officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agency owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases where your agency owes the next step or an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a filter saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered at this desk or received from other sites will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try Jejaring out first, load sample data in Settings › Reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case in the register matches the search and filters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the search or the filters, or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases-{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to {file}.</source>
        <translation>
            <numerusform>Exported %Ln case to {file}.</numerusform>
            <numerusform>Exported %Ln cases to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and a digit or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was reset by an administrator: choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <extracomment>&quot;bar&quot; (shares, horizontal bars), &quot;columns&quot; (vertical, several series) or &quot;line&quot; (a trend) the widest name beside a horizontal bar, in pixels (a third of a card at 1366 px wide)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart, or the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as the new-case form checks it. Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported.</source>
        <translation>
            <numerusform>%n row has a problem and will not be imported.</numerusform>
            <numerusform>%n rows have problems and will not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the spreadsheet and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Import %n valid row</numerusform>
            <numerusform>&amp;Import %n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <source>Classification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PL.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceView</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in and out, their dispositions, and the calls and messages between agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, sender, subject or summary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register incoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call or message (Ctrl+L, from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s disposition sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disposition given today, in one PDF, each sheet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a letter to see it whole here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this scan is not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the disposition sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition sheets printed: {count} ({pages} pages), saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the disposition sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number already issued stays in the register, marked cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine and my unit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet resolved or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases marked life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported and closed, each month of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reported in the period, by handling stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the workers departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the working-day standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals answered and protocol steps done in time, per agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings planned and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per forum, in the period; the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of held meetings each agency attended; the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time, done late, overdue; the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last bundle; the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of open cases with a call or message logged in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both days of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and category narrow the case, protocol and call figures. Meetings and the exchange with other sites are counted for the whole office: a forum meets about many countries and categories at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} things due within a week, {overdue} of them overdue. Open a line to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week for you or your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases with a logged contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Forward the disposition of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose letter {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who of the ticked recipients leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cases are in the register, with the protocol&apos;s first steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n case imported.</numerusform>
            <numerusform>%n cases imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; correct them and import those rows again.</source>
        <translation>
            <numerusform>%n row was not imported; correct it and import it again.</numerusform>
            <numerusform>%n rows were not imported; correct them and import those rows again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftLetterDialog</name>
    <message>
        <source>Edit the draft</source>
        <extracomment>the draft being rewritten (None: a new one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an outgoing letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an internal memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject (hal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifa&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies (tembusan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala BP2MI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient of a copy per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose when signing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateEntry</name>
    <message>
        <source>Same NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name and the same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name and the same employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this complaint as a new case of the worker already known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possibly already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case to check, or register this complaint for the worker already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you type, Jejaring looks for a worker with the same NIK or passport, or a similar name with the same date of birth or employer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies and officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Saved meanwhile by someone else</source>
        <extracomment>fields kept as rows of their own (codes or people): their raw change says nothing to a person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the fields where your value should replace theirs; the others keep their value. Your other changes are saved as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (by {who})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditWorkerDialog</name>
    <message>
        <source>Edit worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnclosureList</name>
    <message>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs or photos sent with the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring ran into a problem it did not expect. Work that was already saved is safe; the action you were doing may not have finished. If this happens again, copy the details and send them to your support staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring recognises the usual column titles, in Indonesian or English (for example Nama PMI, NIK, Paspor, Negara, Majikan, P3MI, Kategori, Tanggal Pengaduan, Kronologi), and you can correct its guess on the next page. Every row needs at least the worker&apos;s name and the case category; dates may be written 2026-03-16, 16/03/2026 or 16 Maret 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file exported from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must hold the column titles and every further row one case. Only the first sheet of a workbook is read. Nothing is imported until you have checked the rows and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <source>Edit forum</source>
        <extracomment>the editor&apos;s patterns; &quot;custom&quot; shows the RRULE for typing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurrence rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-&amp;taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RAKORNAS-PMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National coordination meeting on informal-sector PMI protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5545, e.g. FREQ=MONTHLY;BYDAY=2TU for the second Tuesday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month on the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month on day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a rule I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (moved from {original}: not a working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCasesWizard</name>
    <message>
        <source>Registered as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases</source>
        <extracomment>the confirmed import&apos;s report (None until the officer confirmed and it finished)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LawfulBasisDialog</name>
    <message>
        <source>Lawful basis of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>The letterhead (kop surat) printed at the top of the first page of every document, and the office&apos;s paper, font size and margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ministry or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency (second line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place before the &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem or logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a PDF against the register of documents issued by the offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine: this file is exactly the document that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same content: the text is the issued text, but the file was saved again by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered: this file differs from the document that was issued. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no document with this file&apos;s code is in the register (not issued here, or not yet synchronised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} — {title}, issued on {date} by {who} at {site}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Letter numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial is issued when a letter is signed and restarts each year. Fields: {security} (B, R, SR), {serial}, {unit_code}, {site}, {classification}, {day}, {month:02}, {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive classification codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes a letter&apos;s number carries, as the archive rules list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkLetterDialog</name>
    <message>
        <source>Link a letter to case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number, agenda number or words of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Number</source>
        <extracomment>the meetings tree looks like the case window&apos;s tables (ui/widgets/tables.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters are linked to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not been on a meeting&apos;s agenda and has no action items from a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting / action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaited by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confidential letter(s) linked to the case are not shown to you.</source>
        <translation>
            <numerusform>%n confidential letter linked to the case is not shown to you.</numerusform>
            <numerusform>%n confidential letters linked to the case are not shown to you.</numerusform>
        </translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>the desk is attached and the current view is built (it may still be loading its data)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call or message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Jejaring backup (*.jjb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jejaring {version}&lt;/h3&gt;&lt;p&gt;The coordination desk for the protection of Indonesian migrant workers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Region codes:&lt;/b&gt; Kepmendagri 300.2.2 Tahun 2025, via cahyadsn/wilayah (MIT).&lt;br&gt;&lt;b&gt;Countries:&lt;/b&gt; ISO 3166-1 via pycountry (LGPL-2.1); Indonesian names from the Unicode CLDR (Unicode licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt for Python (PySide6, LGPL-3.0), SQLAlchemy and Alembic (MIT), ReportLab (BSD), Babel (BSD), platformdirs (MIT), python-stdnum (LGPL-2.1+), holidays (MIT), phonenumbers (Apache-2.0) and uuid6 (MIT).&lt;/p&gt;&lt;p&gt;Sample data are fictional: any likeness to real people is coincidental.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring guessed from the column titles; correct it where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Above each column choose the field it holds, or (ignore) to leave it out. The first %n row(s) of the spreadsheet are shown.</source>
        <translation>
            <numerusform>Above each column choose the field it holds, or (ignore) to leave it out. The first %n row of the spreadsheet is shown.</numerusform>
            <numerusform>Above each column choose the field it holds, or (ignore) to leave it out. The first %n rows of the spreadsheet are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns that hold: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported. Required: {fields}.</source>
        <translation>
            <numerusform>%n column will be imported. Required: {fields}.</numerusform>
            <numerusform>%n columns will be imported. Required: {fields}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add open action items, cases past their protocol deadline, late referrals and flagged cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation, the attendance list and the minutes, as PDF or on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendums (corrections after the minutes were closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed under this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the invitees are invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the agenda: {actions} open action items, {cases} cases past their deadline, {referrals} late referrals, {flagged} flagged cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more late cases or referrals did not fit; see the register&apos;s overdue filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are closed; open action items go to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before the window closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows it is done: a letter number, a report, a receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next three months of every forum from its cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show case tasks of the same owner as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: on time / overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forums} forums · next meeting: {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum yet: create one with its cadence, and its meetings are planned from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from {date}: not a working day at the host site, or moved by the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from 1 January to today: meetings held of those planned, average days between held meetings, share of invited agencies that came, action items done on time and overdue, average days from the meeting to done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting&apos;s action item first (case tasks are done in the case window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a forum first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings planned: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the meeting moves (it is recorded and shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <extracomment>what registering a case writes the number of the case registered, once the dialog was accepted the worker already registered this case is for (&quot;Use this worker&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the case (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new worker instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint will be registered for {name}, who is already registered (cases: {numbers}). The worker&apos;s record is shown as it is; edit it from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category: the protocol then suggests who leads and who takes part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you. &lt;a href=&quot;protocol&quot;&gt;Use the protocol&apos;s suggestion&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the coordination protocol suggests for this category and country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Choose the agency from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office this desk works for. Its code appears in case and letter numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. KBRI or Kuala Lumpur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KBRI-KUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KBRI Kuala Lumpur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kuala Lumpur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embassy or consulate abroad sets its country and city from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, starting with a letter. It cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>This office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when this desk was first set up; the site code appears in case numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages and forms change at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on official letters, with titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits; leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for officers who sign in to Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted backup</source>
        <extracomment>the passphrase chosen, or None when the officer chose to write the file as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds every record of this desk. It is encrypted with a passphrase of its own (at least {count} characters): keep it apart from the backup, without it the backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds personal data. Encrypted with a passphrase (at least {count} characters) it is written as a .age file, opened with the age tool (age -d). Give the passphrase to the recipient by another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocumentDialog</name>
    <message>
        <source>Coordination protocol</source>
        <extracomment>what the title names (a letter&apos;s subject, a forum); by default the record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official report of clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation, with the list of invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (for foreign authorities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include identity numbers and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages in the preview: {pages}. Saving or printing gives the document its number and verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRuleDialog</name>
    <message>
        <source>Protocol rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation for the worker&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies &amp;involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept or return a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the complaint</source>
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
        <source>Close: documents incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: no clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: complainant unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rule is so, for the printed protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolTab</name>
    <message>
        <source>Category</source>
        <extracomment>standards counted in working days (the others are calendar days)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to accept or return a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to verify a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarif. I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to hold the first clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarif. II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to meet the commitment of the second clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case may be closed when documents are still incomplete after the first number of days, when there was no clarification for the second number of working days, or when the complainant was unreachable for the third number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rule (every other category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation for the worker&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads each kind of case, who must be involved, and how many days each step may take. New cases and referrals take their due dates from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey rows follow the default rule until you give the category its own. Hover over a column title for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print as guideline…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Changes an import did not apply. Those relayed by a site that was not yet a hub, or made before the record reached their site, can pass later: release them once the missing bundle has arrived. Those waiting for their record pass by themselves when it arrives. The others can only be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release all that can pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not held here yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes applied, %2 still set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard set-aside changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget %n set-aside change(s)? They cannot be released afterwards.</source>
        <translation>
            <numerusform>Forget %n set-aside change? It cannot be released afterwards.</numerusform>
            <numerusform>Forget %n set-aside changes? They cannot be released afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-aside change(s) discarded.</source>
        <translation>
            <numerusform>%n set-aside change discarded.</numerusform>
            <numerusform>%n set-aside changes discarded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a call or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person spoken with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890 or +60 12 345 6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must happen next (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number, if it is about a case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Action item</source>
        <extracomment>replicated table -&gt; an English singular noun phrase naming one record of it
----------
logged column -&gt; an English label for it; a pointer (`..._id`) names what it points at</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter linked to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (second line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First clarification (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size (0.1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents incomplete (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem or logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clarification (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral answer (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second clarification (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason postponed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant unreachable (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (years)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database of this desk was not encrypted yet; it is encrypted now. Only a password of this site&apos;s accounts, or this recovery key, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database of this desk is encrypted. Only a password of this site&apos;s accounts, or this recovery key, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator&apos;s password is forgotten, this key sets a new one (jejaring user recover USERNAME). It is shown only now: write it on paper and keep it locked away, apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer case {number}</source>
        <extracomment>the tables each kind of write touches (announced on the change bus)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search for the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receiving agency is asked to do, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. complaint form, copy of passport, power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with Jejaring and updated with each release; agencies are edited on their own tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries and territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regencies and cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1, with Indonesian names from CLDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decree}, via {project} ({licence} licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictional sites, officers and workers&apos; cases, for training and demonstrations. Do not load them into a desk that holds real cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} from BP2MI&apos;s complaint list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} special cases of Kemlu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the case to another agency (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not been referred to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterIncomingDialog</name>
    <message>
        <source>Register an incoming letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;outside party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject (hal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sifa&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an outside party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search for the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer, a lawyer, a foreign authority, or who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF or a photo of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>How long records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UU 27/2022: personal data ends when its retention ends. The office&apos;s rules sync to every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records have outlived their retention.</source>
        <translation>
            <numerusform>%n record has outlived its retention.</numerusform>
            <numerusform>%n records have outlived their retention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the records to anonymise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blank the personal data of %n records? Names, identity numbers, contacts, notes and scans are removed at every site; the case numbers and the audit trail stay.</source>
        <translation>
            <numerusform>Blank the personal data of %n record? Names, identity numbers, contacts, notes and scans are removed at every site; the case numbers and the audit trail stay.</numerusform>
            <numerusform>Blank the personal data of %n records? Names, identity numbers, contacts, notes and scans are removed at every site; the case numbers and the audit trail stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records anonymised.</source>
        <translation>
            <numerusform>%n record anonymised.</numerusform>
            <numerusform>%n records anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Jejaring with realistic, fictional records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data so the app is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sample cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data are fictional workers, cases, offices abroad and officers, so that every part of the app can be tried at once. Leave this off on a desk that will hold real cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Extra meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the forum usually meets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed at step: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed: {count} steps in {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create temporary data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up test site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load 20 sample cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show view {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch language to {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch language back to {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <extracomment>iso2 -&gt; (Indonesian name, English name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office details, the directory of agencies and officers, and reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministries, agencies and representations abroad that take part in handling cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who work cases, attend meetings or sign letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sample cases should be added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding sample cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} sample cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fictional case(s)</source>
        <translation>
            <numerusform>%n fictional case</numerusform>
            <numerusform>%n fictional cases</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is set up. No sample data was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shade</name>
    <message>
        <source>Jejaring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {username}. Type your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by an earlier version and is not encrypted yet. It is encrypted when you sign in (this can take a minute for a large database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an unencrypted copy of the old file (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub collects and passes on exchange bundles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}). The server holds the office {site}: Finish to join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}). The database is empty: set up the office on it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this desk keeps its data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works on its own (a database file on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk joins an office server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your office&apos;s IT staff. The password is kept in PostgreSQL&apos;s own password file for your user, never in Jejaring&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details, then press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code cannot be changed later. Everything else can be edited in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, encrypted bundle files carry changes between sites that work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded at this desk, kept for exchange with other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop a bundle file anywhere on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are exchanged by a supervisor or an administrator of this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again to this site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the site restored a backup, or to be sure it holds everything: harmless, only larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation>
            <numerusform>Set aside (%n)</numerusform>
            <numerusform>Set aside (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}, {officer}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this site&apos;s keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next bundle for %1 will carry every change again. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next bundle for %1 carries every change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 for %2 written: %n change(s).</source>
        <translation>
            <numerusform>Bundle %1 for %2 written: %n change.</numerusform>
            <numerusform>Bundle %1 for %2 written: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n are changes %1 made itself and no longer holds (it was put back on an older copy): given back.</source>
        <translation>
            <numerusform>Of them, %n is a change %1 made itself and no longer holds (it was put back on an older copy): given back.</numerusform>
            <numerusform>Of them, %n are changes %1 made itself and no longer holds (it was put back on an older copy): given back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts %2 changes of %3 up to number %4 that this site should hold; at least %5 of them are missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has taken bundles from this site that this database does not remember sending: it is an older copy of this site&apos;s database (a restored backup?). Changes made here since it was put back reuse numbers that %1 holds, and %1 refuses them. If nothing was changed here since, send %1 a bundle: its next bundle gives this site&apos;s lost changes back. Otherwise tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 gave back %n change(s) this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</source>
        <translation>
            <numerusform>%1 gave back %n change this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</numerusform>
            <numerusform>%1 gave back %n changes this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n change(s) this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost (%1 keeps them); tell your administrator.</source>
        <translation>
            <numerusform>%1 holds %n change this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost (%1 keeps them); tell your administrator.</numerusform>
            <numerusform>%1 holds %n changes this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost (%1 keeps them); tell your administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to send everything again to this site (from their Sync view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
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
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>When</source>
        <extracomment>what an officer writes on the timeline themselves (the rest the app records)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Ctrl+Enter adds it (Ctrl+T comes back here from anywhere in the case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Jejaring</source>
        <extracomment>The country of each representation abroad, by the city part of its agency code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let us set up this computer as a desk of your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejaring helps the officers who protect Indonesian migrant workers work together: a shared register of cases and referrals, coordination meetings and their follow-up, official letters, and the exchange of records between offices, also offline.

Setting up takes a minute: the office this desk belongs to, its first administrator, and, if you wish, sample data to try the app with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change the language and everything else later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerForm</name>
    <message>
        <source>Full &amp;name</source>
        <extracomment>a field that identifies the worker changed (for the duplicate check)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3MI (placement company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; the only thing required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names used in other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country, e.g. +60 12 345 6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerTab</name>
    <message>
        <source>&amp;Edit worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful &amp;basis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s record is shared by all of their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement company and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3MI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}, valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>created</source>
        <extracomment>what an access entry may say was done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({at}, by {actor}) was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({at}, by {actor}) does not follow the entry before it: an entry was removed or slipped in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries before entry {id} ({at}, by {actor}) were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second-to-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {weekdays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} weeks on {weekdays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {ordinal} {weekday} of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} months on the {ordinal} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day {day} of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day {day} of every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until {date}</source>
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
        <source>who runs the command (default: JEJARING_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up this desk&apos;s office and first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the administrator&apos;s password from standard input (else JEJARING_PASSWORD, else a prompt)</source>
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
        <source>canonical JSON lines of every replicated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases with a step past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases where AGENCY owes a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one case with its worker, timeline and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sensitive fields without a need to know (recorded with the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cases from an .xlsx or .csv register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every row, import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which field a column holds, when its header is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write cases to an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct one field, validated like the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a registered letter to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter&apos;s number or agenda number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the first administrator: </source>
        <extracomment>The command areas, in the order `jejaring --help` lists them: each is a module app/cli_&lt;area&gt;.py with `add_commands(commands)` and `COMMANDS` (command name -&gt; handler). Their top levels import nothing heavy (tests/cli/test_lazy_imports.py): a handler imports the services it runs.</extracomment>
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
        <source>Sample cases added: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases written to {path}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} linked to case {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields are hidden: you have no need to know. To read them, give a reason: --break-glass REASON (it is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {what} — {agency} — due {due} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {what} — {agency} — due {due}</source>
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
        <source>{number}: {field} set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “{column}” → {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{valid} rows valid, {invalid} rows with errors; nothing imported (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{valid} cases imported; {invalid} rows with errors were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: {date}   Country: {country}   Lead: {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reply overdue since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (awaiting reply by {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and {count} confidential letters you may not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
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
    <message>
        <source>coordination meetings, their agenda and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings across forums in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one meeting: agenda, attendance, minutes, decisions, actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the meeting&apos;s calendar invitation (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items of the meetings, earliest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those owned by this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extra meeting of a forum, outside its cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan the forums&apos; meetings from their cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull open actions, overdue cases and late referrals onto the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the date: the invitations go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move or postpone a meeting, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a meeting, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an action item done, with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularity per forum: planned vs held, attendance, actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing coordination forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forums with their cadence in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a forum with its cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting added: {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings planned: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the agenda: {actions} open actions, {cases} overdue cases, {referrals} late referrals, {flagged} flagged cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum}: {held} of {planned} meetings held; {on_time} of {actions} actions done on time, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum {code} saved: {cadence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: {start} – {end} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: {chair}   Minutes: {taker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     about letter {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum by {author} at {at}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list letters (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters still awaiting a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only replies past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one letter with its thread and dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an incoming letter in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft an outgoing letter or memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign an approved letter: its number is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a signed letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set this site&apos;s numbering patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log of calls and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list logged contacts (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a call, message, e-mail or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {sender}  ({number}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {date}   Reply by: {reply_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {addressee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a reply (overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to: {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the agenda of: {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an official document to PDF and record it as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number; for the protocol: protocol; for the report a period: 2026-11, 2026-Q4 or 2026; for a letter or memo its number; for a disposition sheet the incoming letter&apos;s agenda number; for a meeting&apos;s forms FORUM/YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for dispositions (every disposition sheet of a day, in one PDF) the day YYYY-MM-DD; for summaries (the case summaries of a month&apos;s cases) the month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the office&apos;s paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case summary: print identity numbers and contact details too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case summary: the receiving agency&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: every case this desk holds, not only this site&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a PDF against the register of issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} written to {path} (pages: {pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} documents ({first} to {last}) written to {path} (pages: {pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds {count} issued documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {number} ({title}), issued on {date} by {who} at {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GENUINE: this file is exactly the document that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAME CONTENT: the text is the issued text, but the file was saved again by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED: this file differs from the document that was issued. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN: no document with this file&apos;s code is in the register (not issued here, or not yet synchronised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this site&apos;s keys and card, and enrolled peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this site&apos;s public card (keys are made on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol a peer site from its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask to confirm the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop trusting a peer site&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled peer sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark this site as the hub (the national desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this site is no longer the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a peer everything again with the next bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange bundle files with peer sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a bundle of what a peer has not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify and apply a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent edits to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor fields too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one value of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to keep (SITE:SEQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merged value, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes an import set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set-aside changes and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import set-aside changes again (what still fails stays aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every change that can pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget set-aside changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this site&apos;s keys: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} has taken bundles from this site that this database does not remember sending: it is an older copy of this site&apos;s database (a restored backup?). Changes made here since it was put back reuse numbers that {sender} holds, and {sender} refuses them. If nothing was changed here since, send {sender} a bundle: its next bundle gives this site&apos;s lost changes back. Otherwise tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted copy of the database (with a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore an encrypted backup into an empty data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt a database made by an earlier version (done at sign-in anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the unencrypted file beside it (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write FILE.age, encrypted with a passphrase (JEJARING_EXPORT_PASSPHRASE or typed); open it with `age -d`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored site {code} into {database} ({count} accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted copy is kept at {path}: delete it as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only now; write it down and keep it locked away, apart from this computer): {code}
With it an administrator&apos;s forgotten password can be replaced: jejaring user recover USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {username} set with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site card of {code} written to {path}. Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site {code} ({name}), agency {agency}, country {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the fingerprint match what the site read out to you? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled site {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked site {code}: its bundles are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next bundle for {code} carries every change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is not the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer sites enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes missing: ask for a resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {sequence} for {peer} written to {path}: {changes} changes, {blobs} attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, {count} are changes {peer} made itself and no longer holds (it was put back on an older copy): given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender} was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} had lost bundles it had acknowledged (a restored backup?): the next bundle for it carries every change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} gave back {count} changes this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} holds {count} changes this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost ({sender} keeps them); tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} counts {expected} changes of {origin} up to number {upto} that this site should hold; at least {missing} of them are missing here. Ask the administrator of {sender} to send everything again (`jejaring site resend {site}` there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such conflict or change to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved; the resolution travels with the next bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change is set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} (not held here yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} set-aside changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} changes applied, {still} still set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard&apos;s figures: cases, protocol, meetings, exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON (stable keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: 11 months back, 1st)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the cases of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases in this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal channels: {with_contact} of {open} open cases had a call or message logged ({share})</source>
        <extracomment>the texts `print_text` translates at run time (marked here so lupdate finds them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: days since the last bundle (the whole office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (the whole office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: answered and done within the working-day standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {count} lines, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are: --user USERNAME or the environment variable JEJARING_USER.</source>
        <extracomment>the command needs no current password (it is `user passwd` for oneself)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {username}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not encrypted yet: it is encrypted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: set JEJARING_PASSWORD, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts of this site&apos;s officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an officer with an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your password, or (administrators) reset someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable an account (it can no longer sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set an administrator&apos;s forgotten password with the office&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {username} ({role}) at {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {username} reset: it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy this desk&apos;s database into a new, empty PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty database, e.g. postgresql://jejaring@server/jejaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {source} to {target} ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy differs from the source in the tables marked DIFFERENT; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables; every table has the same rows. Point the desks at {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail (auditors and administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that no audit entry was altered, removed or added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list audit entries (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write audit entries to an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one record, or a case and its worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries before it are sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries, chain head {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries written to {path}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker&apos;s personal data (UU 27/2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the lawful basis of processing a worker&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all data held about a worker and its processing trail, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis recorded: {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data report {number} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long records are kept, and what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention rules (years per kind of record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records whose retention has ended (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank the personal data of records that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every record on the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind:&lt;14} {years:&gt;3} years  ({description})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records due for anonymisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register of personal data breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a breach when it is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered breaches, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record when the authority or the people were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the notification letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}  found {found}  notice due {deadline}{late}  people: {subjects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    authority told: {authority}   people told: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach {number} registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification {number} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Non-procedural</source>
        <extracomment>marked for lupdate (translated at run time in the caller&apos;s language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept or return the referral</source>
        <extracomment>&quot;due this week&quot;: within this many days from today marked for lupdate (translated at run time in the caller&apos;s language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>CASE SUMMARY</source>
        <extracomment>the agency the summary is for (&quot;&quot; when it is a general summary)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity numbers and contact details are left out; ask the issuing office for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE CHRONOLOGY</source>
        <extracomment>local time of the site that prints</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is made truthfully and without pressure from any party, to be used as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <extracomment>1 for the first clarification, 2 for the second (whose commitment is due in 7 days)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification ({stage}) of case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undersigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in answer to the complaint concerning the migrant worker {worker} ({complaint}), states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undersigned commits to carrying out what is stated above within {days} days of this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one making the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL REPORT OF CLARIFICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {date}, at {venue}, the {stage} clarification of the complaint below was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party complained of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the clarification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is made in truth and signed by the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official report of clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice / opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represent / attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPOSITION SHEET</source>
        <extracomment>Biasa, Segera, Sangat Segera (as printed) the English sources of INSTRUCTIONS that are ticked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPLAINT INTAKE FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrant worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In accordance with Article 46 of Law No. 27 of 2022, {office} gives notice of a failure of personal data protection found on {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We inform you that personal data about you held by {office} was affected by a failure of personal data protection found on {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of a personal data breach</source>
        <extracomment>&quot;authority&quot; or &quot;subjects&quot; local times of the site</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Personal Data Protection Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons whose personal data is concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(3 x 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of persons concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will report any further findings and measures as they become known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Sifat: Biasa, Segera, Sangat Segera, Rahasia, Sangat Rahasia (as printed) Lampiran, e.g. &quot;1 (satu) berkas&quot; or &quot;-&quot; the addressee&apos;s position (printed after &quot;Yth.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORANDUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} {zone} until finished</source>
        <extracomment>&quot;Yth.&quot; line: who is invited (e.g. &quot;Bapak/Ibu sebagaimana terlampir&quot;) &quot;WIB&quot;, &quot;WITA&quot;, &quot;waktu setempat&quot; ... printed rows; names already known are filled in, the rest are blank lines to write on corrections written after the minutes were closed: (date and author, text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST OF INVITEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C. Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D. Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E. Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F. Addendums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>(attribute, label) in the order the forms print them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>ReportLab keeps per-font subsetting state in shared objects: one document is laid out at a time (the preview on a reader thread and an issue on the writer thread may otherwise overlap) paper sizes in millimetres (width, height); &quot;half-F4&quot; is the disposition sheet&apos;s half folio PNG or JPEG bytes of the emblem or agency logo uploaded by an administrator labels of the pieces above, marked for translation (printed in the document&apos;s language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and city of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guideline states, for each category of complaint, which agency leads the handling, which agencies must be involved, and within how many working days each step is owed. Working days are counted in the calendar of the agency that owes the step. Where no lead is named, the representation in the worker&apos;s country of placement leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COORDINATION PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for handling complaints of migrant workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in force on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Leads and agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Response standards (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Closure rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents incomplete (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clarification (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant unreachable (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <extracomment>&quot;November 2026&quot;, &quot;Triwulan IV 2026&quot;, &quot;2026&quot; (already in the document&apos;s language) &quot;KBRI Kuala Lumpur&quot; or &quot;Nasional&quot; None until the meeting records feed the report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIODIC COORDINATION REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic coordination report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases resolved or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals answered within the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals overdue without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Cases by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Cases by country of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Cases by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Procedural and non-procedural departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Coordination meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting records are not kept at this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this document is genuine: jejaring verify, or scan the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-procedural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representation in the country of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {quarter} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official letter</source>
        <extracomment>form code -&gt; its title (marked for translation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <extracomment>the letter&apos;s kinds each form prints the lembar disposisi&apos;s boxes (English sources in app/documents/forms/disposition.py), by instruction Indonesian time zones by their IANA names; elsewhere the invitation says &quot;local time&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}{words} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation: {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sir/Madam, as listed in the annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We respectfully invite you to the {forum}, to be held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given its importance, we look forward to your attendance. Thank you for your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSONAL DATA REPORT</source>
        <extracomment>local time of the site that prints</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under Law No. 27 of 2022 on Personal Data Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars of the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters about the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings that discussed the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications about the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report lists every record this office holds about the person named above and every recorded processing of those records, as kept in the office&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL server with pg_dump.</source>
        <extracomment>Tables that migrations create by hand and the models do not describe (full-text indexes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jejaring (schema {revision}). Install the newer version; nothing was changed.</source>
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
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has more than {limit} rows; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sex: {sex}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled before the end of the trail.</source>
        <extracomment>records that hold personal data about a worker: exporting them (a sync bundle) is logged a detail value of an access entry: codes and numbers only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{record}” is neither ENTITY:ID nor a case number of this register.</source>
        <extracomment>(entity, row id) pairs; empty means every record {field: [old, new]} for a change; {code: value} for an access</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit action “{action}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <extracomment>cases read per query while exporting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <extracomment>stage -&gt; protocol steps that are done once a case reaches it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an allowed value here.</source>
        <extracomment>files already on the draft that the officer took off it (update_draft tombstones them)
----------
&quot;in&quot;, &quot;out&quot; (outgoing letters and invitations), &quot;memo&quot;, or None for all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be referred to your own agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning a referral needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral has already been answered or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case category: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority is 1 (high), 2 or 3 (low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is not a two-letter ISO country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no officer with the username {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a case needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD).</source>
        <extracomment>fields on each page, left column then right column fields that tell whether this worker is already registered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a currency code (ISO 4217).</source>
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
        <source>A password needs at least {count} characters.</source>
        <extracomment>Argon2id with argon2-cffi&apos;s defaults (RFC 9106 low memory: 64 MiB, 3 passes, 4 lanes); the parameters live in each hash, so raising them later re-hashes at the next sign-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs letters and at least one digit or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of this site to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password, for the {count}th time: the account is locked for {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was reset by an administrator: choose a new one first (jejaring user passwd {username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {username} at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key sets the password of an administrator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site code has 2 to 16 capital letters, digits or dashes and starts with a letter (for example KBRI-KUL).</source>
        <extracomment>The usual time zone of a representation&apos;s country, for meeting times (editable later). the first administrator&apos;s password (the wizard asks it twice, the CLI prompts)</extracomment>
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
        <extracomment>the case summary prints identity numbers and contacts only when asked the case summary&apos;s receiving agency (code); default: the case&apos;s open referral the periodic report: every case this desk holds, not only this site&apos;s
----------
None: as the protocol suggests
----------
member agencies by code, and officers who attend (their agency becomes a member too)</extracomment>
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
        <source>There is no letter {reference} (or you may not read it).</source>
        <extracomment>roles that read every confidential letter; a supervisor (head of unit) reads those of the unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter needs a subject (hal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of enclosures must be between 0 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown archive classification code: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter cannot be received after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s date is after the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply-by date is before the day the letter was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who sent the letter: an agency or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter needs an addressee (by position).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply answers an incoming letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incoming letter is not drafted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is {status}: that cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who signs the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a letter needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classification code is letters or digits in dot-separated parts, as PL.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That classification code no longer exists.</source>
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
        <source>That officer is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online meeting link starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum needs a short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum code has up to 24 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lasts between 15 minutes and 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case category {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another forum already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That forum no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no forum with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan between 1 and {max} months ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has already been held or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the meeting is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the letter to at least one officer or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each recipient is either an officer or a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark exactly one recipient as the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown disposition instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That officer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered incoming letter is disposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That disposition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disposition has already been done or forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIK {nik} is not valid: it needs 16 digits with a real province and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure date is in the future, but this worker has already left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure date is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map {item}: write COLUMN=FIELD with a column of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <extracomment>what officers attach: scans (PDF) and photos, recognised by their first bytes, not their name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo (JPEG, PNG, TIFF, GIF or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard is between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date: write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day: write HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an action item&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{rule}” is not a recurrence rule (RFC 5545 RRULE).</source>
        <extracomment>filters that can make a rule empty (February the 30th); without them a rule always occurs one Gregorian cycle (400 years) in each frequency&apos;s unit; weekdays repeat with it exactly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the forum&apos;s cadence as a recurrence rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum meets weekly, monthly or yearly (FREQ=WEEKLY, MONTHLY or YEARLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval of a cadence is between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recurrence rule never gives a date: check the days and months it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone (for example Asia/Jakarta).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are closed: write an addendum instead.</source>
        <extracomment>at most this many overdue cases, and as many late referrals, are pulled onto one agenda</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who represented the invitee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs an owner: the agency that does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item cannot be due before its meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what shows that the action is done (the evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action item is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes can be closed once the meeting has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the attendance before closing the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are still open: correct them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a letter id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <extracomment>a clock a little ahead of this desk&apos;s must not refuse a contact logged &quot;now&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the follow-up is, or leave its due date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is due before the contact took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the contact was with: a name, an agency or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern has an unmatched brace: write fields as {serial}.</source>
        <extracomment>the security prefix of a number: B (biasa) for ordinary and urgent letters, R and SR for secret</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown field {{{name}}}; known fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern needs {serial} and {year}: the serial restarts each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern needs {unit_code} or {site}, so that numbers issued at two sites never collide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern has a format Python cannot apply: {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the letter was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form {form}: choose one of {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not been set up yet.</source>
        <extracomment>short codes that open each form&apos;s document number, e.g. &quot;KRN-4/BP2MI-JKT/12/2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead needs the ministry or agency name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is A4 or F4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font size is between 10 and 14 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A margin is between 5 and 50 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper {paper}: choose A4 or F4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is printed in Indonesian (id) or English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document with this code was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is a month (2026-11), a quarter (2026-Q4) or a year (2026): not {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letter to link to the case.</source>
        <extracomment>linked letters the reader may not read (Rahasia, Sangat Rahasia): counted, never shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} is already linked to case {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} is not printed as this form: try {form}.</source>
        <extracomment>the number it carries (a signed letter&apos;s); None: the register numbers it why it may be previewed but not issued yet (an unsigned letter, open minutes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} is not signed yet: it gets its number, and can be issued, once signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} has not been disposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of {reference} are not closed yet: close them to issue them (the preview shows the draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {number} has already been issued; the register keeps that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk print was cancelled; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print for this day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a month: write YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <extracomment>set once the attachment files an earlier version left in the clear are encrypted the first bytes of every plain SQLite file (an encrypted one starts with random salt) the open database (None while the desk is locked: see `db`) the signed-in officer (a username of this site), set by accounts.sign_in only cases whose sensitive fields this sign-in opened by breaking the glass the key file of an encrypted SQLite database (None: a server, or a plain file to encrypt) the recovery key made just now (setup, encryption of a plain desk): shown once, then cleared a plain desk&apos;s officer asked to keep the unencrypted file when it is encrypted at sign-in where that file was kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing accounts</source>
        <extracomment>what a refusal names, in the catalogue (context &quot;errors&quot;), translated with the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafting letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering incoming letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving, signing or sending letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging calls and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning meetings and writing minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing official documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanging sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sensitive case fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need these sensitive fields (at least {count} characters).</source>
        <extracomment>the case&apos;s fields that carry the sensitive story the worker&apos;s fields masked when the worker is a child</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database is not empty (it has {count} tables). Copy only into a new, empty database; nothing was changed.</source>
        <extracomment>columns each database derives by itself (triggers, generated columns): neither copied nor compared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to a PostgreSQL server (a postgresql:// address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved this record while you were editing it, and changed the same fields: {fields}. Nothing was saved: reload their values, or keep yours.</source>
        <extracomment>A watched row: (entity, row id, the form&apos;s name of its fields: a prefix, or one fixed name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s address as postgresql://USER@SERVER/DATABASE (for example postgresql://jejaring@dbserver/jejaring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the office server {address}: {reason}. Check the address, the password and that the server lets this computer in; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write KIND=YEARS, for example closed_case=5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due for anonymisation: {numbers}. See jejaring retention due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a time: write YYYY-MM-DD HH:MM.</source>
        <extracomment>UU 27/2022 art. 46: written notice within 3 x 24 hours not yet notified (either audience) and the deadline has passed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach cannot be found in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened: what data, how it was exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people concerned cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breach is registered as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice is given after the breach was found and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice is for: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker has the NIK, id or case number “{ref}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lawful basis: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent date and form belong only to the consent basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the worker consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how consent was given: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record “{kind}”: choose one of {kinds}.</source>
        <extracomment>what an anonymised worker is called (the record stays, so registers and numbers hold) officers&apos; own words on a timeline; system entries are templates with codes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records between 1 and {max} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the records chosen are not due for anonymisation; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged or is not a Jejaring key file. Nothing was changed: put back the key file that belongs to this database (from a copy of the data folder), or restore a backup.</source>
        <extracomment>the associated data of the recovery entry (a username never contains a colon) RFC 9106 low-memory profile, like the password hashes; tests lower it (tests/conftest.py) username -&gt; entry (a disabled account keeps {&quot;disabled&quot;: true} and no wrapped key) before setup only: the data key itself. The database then holds shipped reference data and nothing personal; setup replaces it with the administrator&apos;s and the recovery wrap.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer Jejaring (format {version}). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} does not belong to this database (it opens another one). Nothing was changed: put back the key file that was copied with this database, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is missing, but its key file is here. Nothing was changed: put the database file back, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is encrypted and its key file {keys} is missing. Nothing was changed: copy the key file that belongs to it into the same folder, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy of the database did not match it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file {path} is already there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is not right (it is eight groups of four).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Jejaring backup (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a database in {folder}: restore into an empty data folder (--data-dir). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish within {seconds} seconds. Nothing was saved: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Worker&apos;s name</source>
        <extracomment>field -&gt; header spellings met in officers&apos; spreadsheets (compared without case and accents) what each importable field is called, for the mapping preview and the messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>Agenda:</source>
        <extracomment>our status -&gt; iCalendar STATUS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: {link}</source>
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
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral from another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer (power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO (power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages or compensation recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remains repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, not yet marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral not answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice or opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represent or attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other messaging app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral, before a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Verify the complaint</source>
        <extracomment>Protocol steps: code -&gt; (title marked for translation, attribute of the rule with its standard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First clarification with the party complained of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second clarification: commitment to be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept or return the referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Closed cases, counted from the day they closed</source>
        <extracomment>kind -&gt; (default years, what it covers), shown in Settings and by `retention rules`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications not about a case, counted from the day they were logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This bundle file is damaged or truncated; nothing was imported.</source>
        <extracomment>origin -&gt; verified change lines (parsed) origin -&gt; the site that signed the group (the origin, or the relaying sender) origin -&gt; the seals the bundle carries for its lines (checked by the importer, which knows the origins&apos; keys; a seal signed by anyone else is ignored there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s member {name} does not match its signed manifest; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is larger than any bundle Jejaring writes.</source>
        <extracomment>(sender code) -&gt; its public signing key, or None when unknown; raises SyncError when revoked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Jejaring bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was not encrypted for this site; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle contains an unsafe entry (a path outside the bundle, a link, or an oversize member); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has format {format}, newer than this version of Jejaring: update it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid for site {site}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is meant for {sites}, not for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a newer version of Jejaring (schema {schema}): update this desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field {field} of {entity}.</source>
        <extracomment>fields whose conflicts a person reviews (SYNC.md: status, lead agency, risk or priority, deadlines, narrative, outcome, identity); others take the winner quietly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep is not valid JSON for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record {id} of {entity} is held here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled site has the code {code}.</source>
        <extracomment>the peer&apos;s own changes given back to it (it said it holds fewer: app/sync/restored.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site {code} is revoked: nothing is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <extracomment>the sender had lost bundles it acknowledged: the next bundle to it carries everything origins of which this site lacks changes the sender believes it holds (app/sync/holdings.py): {origin, upto, expected, held, missing}; empty when all are held or the bundle says nothing the sender acknowledges this many bundles more than this site remembers sending it: this database is an older copy of the site&apos;s (a restored backup); its new changes are refused by peers that hold the old ones (app/sync/restored.py) this site&apos;s own changes a peer gave back and this site took (app/sync/restored.py) own changes given back but not taken: this copy worked since it was put back, or they clash with records made here since; the peer keeps them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, a site this desk has not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, whose keys were revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle changes a record this site does not hold yet; nothing was imported. Import the other sites&apos; bundles first, then this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a record that clashes with one held here (the same unique value); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be applied; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for this site&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Jejaring site card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site card has a format this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site card&apos;s signature does not match its keys: do not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site already has its keys.</source>
        <extracomment>changes this site lacks of what the peer&apos;s last bundle counted (app/sync/holdings.py)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no keys yet: run `jejaring site card` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this site&apos;s own card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site {code} was revoked with these keys; it needs new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims this site or the shipped data as its origin</source>
        <extracomment>why a change was set aside, as an officer reads it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayed by a site that is not a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its origin may not change this record (not in its audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayed without its origin&apos;s seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered on the way: differs from what its origin sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for the record it changes, which has not arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set-aside change has the number {number}.</source>
        <extracomment>reasons a later state of the register can lift the case number (for a case or anything of it), worker name or letter number, else the id; for a record not held here, read from the set-aside changes that would make it whether this site holds the record (a waiting change&apos;s record has not arrived)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {number} was set aside because it is malformed or claims this site as its origin; it can only be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} numbers new changes ({first} to {last}) with numbers this site already holds for other changes: {origin} was probably put back on an older copy of its database. Nothing was imported. Ask {origin} not to send more bundles until its administrator has been told; this site keeps everything it holds.</source>
        <extracomment>local_state key of the highest own change number a peer last stated (`own` of its manifest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Case registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage changed: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral accepted by {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral returned by {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to {agency} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an officer&apos;s note, hidden: sensitive case)</source>
        <extracomment>in place of an officer&apos;s own words on a case whose story the reader may not see</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} ({direction}) with {who}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — follow-up: {follow_up}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming letter {reference} registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {reference} linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>The NIK&apos;s district code is not in the current region list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
