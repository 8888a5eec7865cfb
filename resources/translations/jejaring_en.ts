<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person who looks after this desk: officers, agencies and settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Siti Rahmawati</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. siti.rahmawati</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Staf Fungsi Pelindungan WNI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Civil servant number (NIP), 18 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Civil servant number: 18 digits (optional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More officers can be added later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgenciesTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example KBRI-KUL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Official name in Indonesian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scans or photos attached yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Date &amp;reported</source>
        <extracomment>the category changed (the protocol's suggestion depends on it) the officer changed the lead or the agencies involved under the agencies: whether they are the protocol's suggestion (the new-case form sets it)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complai&amp;nant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complainant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complainant's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. MYR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discuss at the next coordination meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If not the worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-&amp;threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, in the complainant's words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Move to &amp;stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the case to another stage of handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who owes the next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no one yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{agency}: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{agency}: {what}, by {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead: {lead} · also involved: {agencies} · reported {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody: the case is {stage}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open step. Add a task to say what happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {count} more on the Tasks tab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseInfoTab</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the complaint came in, who handles it, and how it ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officers assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{priority}, life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To be discussed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseRegisterModel</name>
    <message>
        <source>Number</source>
        <extracomment>rows read at once; a screen shows 20 to 40 pages kept (LRU): the screen, the pages around it, and the first page to come back to page reads running at once; others wait, newest first, and stale ones are dropped pages waiting to be read; older wishes are forgotten (the screen asks again when it repaints) each row's cell texts in the interface language, made when first painted column -&gt; key of cases.SORT_COLUMNS (the other columns cannot be sorted) the first page of a new query is on screen the number of rows of the current query is known (also after a reload) a page of the current query was read (first row, last row) reading failed with an expected error (already translated)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A step or referral is overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red dot: life-threatening. Clock: a step or referral is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>&amp;1 Worker</source>
        <extracomment>what a case window shows: it refreshes when one of these changed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;2 Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;3 Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;4 Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;5 Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return the referral from {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the referral is returned (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the referral to {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the referral is withdrawn (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen case {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason for reopening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is {stage}. Say why it is opened again (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file of this attachment is not on this computer yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <extracomment>a date whose short form is as wide as any (two-digit day and month)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a new case (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cases from an Excel or CSV spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the cases of the current filter to Excel or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, NIK, passport, employer, P3MI, summary, number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full-text search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage of handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases with a step or a referral past its due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases on which you are an assigned officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My agency owes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases where your agency owes the next step or an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply a filter saved earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases registered at this desk or received from other sites will be listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To try Jejaring out first, load sample data in Settings › Reference data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cases match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case in the register matches the search and filters chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the search or the filters, or clear them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases-{date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row is checked as the new-case form checks it. Nothing has been imported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that will not be imported, and why:</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the spreadsheet and choose it again.</source>
        <translation type="unfinished" />
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
    <name>CorrespondenceView</name>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page will hold the incoming and outgoing letters, their dispositions and the log of calls and messages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Indonesian country name -&gt; English name (the overview names countries in Indonesian)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet resolved or closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases marked life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this desk's register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every case in the register, by handling stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top destination countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the workers in these cases are placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordination network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offices that run Jejaring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People on record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new cases are in the register, with the protocol's first steps.</source>
        <translation type="unfinished" />
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
    <name>DuplicateEntry</name>
    <message>
        <source>Same NIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same passport number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similar name and the same date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similar name and the same employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases: {numbers}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open case {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register this complaint as a new case of the worker already known</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possibly already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the case to check, or register this complaint for the worker already known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While you type, Jejaring looks for a worker with the same NIK or passport, or a similar name with the same date of birth or employer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditWorkerDialog</name>
    <message>
        <source>Edit worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>SQLAlchemy puts the statement's values in its messages; they can be a worker's name or NIK.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring ran into a problem it did not expect. Work that was already saved is safe; the action you were doing may not have finished. If this happens again, copy the details and send them to your support staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring recognises the usual column titles, in Indonesian or English (for example Nama PMI, NIK, Paspor, Negara, Majikan, P3MI, Kategori, Tanggal Pengaduan, Kronologi), and you can correct its guess on the next page. Every row needs at least the worker's name and the case category; dates may be written 2026-03-16, 16/03/2026 or 16 Maret 2026.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file exported from one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first row must hold the column titles and every further row one case. Only the first sheet of a workbook is read. Nothing is imported until you have checked the rows and confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCasesWizard</name>
    <message>
        <source>Registered as {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cases</source>
        <extracomment>the confirmed import's report (None until the officer confirmed and it finished)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a consistent copy of the database to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Jejaring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site: {site}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Jejaring {version}&lt;/h3&gt;&lt;p&gt;The coordination desk for the protection of Indonesian migrant workers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Region codes:&lt;/b&gt; Kepmendagri 300.2.2 Tahun 2025, via cahyadsn/wilayah (MIT).&lt;br&gt;&lt;b&gt;Countries:&lt;/b&gt; ISO 3166-1 via pycountry (LGPL-2.1); Indonesian names from the Unicode CLDR (Unicode licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt for Python (PySide6, LGPL-3.0), SQLAlchemy and Alembic (MIT), ReportLab (BSD), Babel (BSD), platformdirs (MIT), python-stdnum (LGPL-2.1+), holidays (MIT), phonenumbers (Apache-2.0) and uuid6 (MIT).&lt;/p&gt;&lt;p&gt;Sample data are fictional: any likeness to real people is coincidental.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Jejaring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring guessed from the column titles; correct it where needed.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the columns that hold: {fields}.</source>
        <translation type="unfinished" />
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
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page will hold the routine coordination meetings between agencies: their agenda, minutes and action items.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <extracomment>what registering a case writes the number of the case registered, once the dialog was accepted the worker already registered this case is for ("Use this worker")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;3 Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the case (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new worker instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This complaint will be registered for {name}, who is already registered (cases: {numbers}). The worker's record is shown as it is; edit it from the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the category: the protocol then suggests who leads and who takes part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by you. &lt;a href="protocol"&gt;Use the protocol's suggestion&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the coordination protocol suggests for this category and country.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Choose the agency from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office this desk works for. Its code appears in case and letter numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search, e.g. KBRI or Kuala Lumpur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. KBRI-KUL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. KBRI Kuala Lumpur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Kuala Lumpur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An embassy or consulate abroad sets its country and city from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, starting with a letter. It cannot change later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>This office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set when this desk was first set up; the site code appears in case numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer at this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menus, pages and forms change at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User&amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As written on official letters, with titles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18 digits; leave empty if none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for officers who sign in to Jejaring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProtocolRuleDialog</name>
    <message>
        <source>Protocol rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representation for the worker's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies &amp;involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept or return a referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close: documents incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close: no clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close: complainant unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the rule is so, for the printed protocol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProtocolTab</name>
    <message>
        <source>Category</source>
        <extracomment>standards counted in working days (the others are calendar days)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days to accept or return a referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days to verify a complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarif. I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days to hold the first clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarif. II</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days to meet the commitment of the second clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case may be closed when documents are still incomplete after the first number of days, when there was no clarification for the second number of working days, or when the complainant was unreachable for the third number of days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default rule (every other category)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representation for the worker's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who leads each kind of case, who must be involved, and how many days each step may take. New cases and referrals take their due dates from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grey rows follow the default rule until you give the category its own. Hover over a column title for its meaning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer case {number}</source>
        <extracomment>the tables each kind of write touches (announced on the change bus)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search for the agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the receiving agency is asked to do, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documents sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. complaint form, copy of passport, power of attorney</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Reference data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped with Jejaring and updated with each release; agencies are edited on their own tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries and territories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regencies and cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units of agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO 3166-1, with Indonesian names from CLDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{decree}, via {project} ({licence} licence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fictional sites, officers and workers' cases, for training and demonstrations. Do not load them into a desk that holds real cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load sample data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} from BP2MI's complaint list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} special cases of Kemlu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refer the case to another agency (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has not been referred to another agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <source>Sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try Jejaring with realistic, fictional records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load sample data so the app is not empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of sample cases:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample data are fictional workers, cases, offices abroad and officers, so that every part of the app can be tried at once. Leave this off on a desk that will hold real cases.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed at step: {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-test passed: {count} steps in {seconds:.1f} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create temporary data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open setup wizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set up test site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>load 20 sample cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open main window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show view {view}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch language to {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch language back to {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close main window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <extracomment>iso2 -&gt; (Indonesian name, English name)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office details, the directory of agencies and officers, and reference data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ministries, agencies and representations abroad that take part in handling cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who work cases, attend meetings or sign letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many sample cases should be added?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding sample cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {count} sample cases.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Jejaring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office is set up. No sample data was loaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A hub collects and passes on exchange bundles</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the details, then press Finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site code cannot be changed later. Everything else can be edited in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed, encrypted bundle files carry changes between sites that work offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local change log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes recorded at this desk, kept for exchange with other sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or drop a bundle file anywhere on this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sent / received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keys yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited after delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation><numerusform>Conflicts (%n)</numerusform><numerusform>Conflicts (%n)</numerusform></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral of case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task of case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline of case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{site}, {officer}, {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of this site's keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bundle %1 for %2 written: %n change(s).</source>
        <translation><numerusform>Bundle %1 for %2 written: %n change.</numerusform><numerusform>Bundle %1 for %2 written: %n changes.</numerusform></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task to {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What must be done next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner &amp;agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner &amp;officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tasks on this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>When</source>
        <extracomment>what an officer writes on the timeline themselves (the rest the app records)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the timeline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened? Ctrl+Enter adds it (Ctrl+T comes back here from anywhere in the case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Jejaring</source>
        <extracomment>The country of each representation abroad, by the city part of its agency code.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let us set up this computer as a desk of your office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jejaring helps the officers who protect Indonesian migrant workers work together: a shared register of cases and referrals, coordination meetings and their follow-up, official letters, and the exchange of records between offices, also offline.

Setting up takes a minute: the office this desk belongs to, its first administrator, and, if you wish, sample data to try the app with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the application:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can change the language and everything else later in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkerForm</name>
    <message>
        <source>Full &amp;name</source>
        <extracomment>a field that identifies the worker changed (for the duplicate check)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regency or city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation to the worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination &amp;country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City abroad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedural departure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BPJS member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;port number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P3MI (placement company)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home and family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport and employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required; the only thing required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names used in other documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any country, e.g. +60 12 345 6789</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person or household</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. C1234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the province first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkerTab</name>
    <message>
        <source>&amp;Edit worker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker's record is shared by all of their cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home and family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement company and employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedural departure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BPJS member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P3MI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}, valid until {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Jejaring: coordination desk for the protection of Indonesian migrant workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data folder (default: JEJARING_HOME or the user data folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database URL (default: SQLite in the data folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check this installation and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set up this desk's office and first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add realistic sample data (fictional people)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back up the database and bring its schema up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canonical JSON lines of every replicated record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list cases (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cases with a step past due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only cases where AGENCY owes a step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one case with its worker, timeline and next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import cases from an .xlsx or .csv register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check every row, import nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>which field a column holds, when its header is not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write cases to an .xlsx or .csv file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct one field, validated like the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up site {code} ({name}) in {database}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk has not been set up yet: run `jejaring init` first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample cases added: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases written to {path}: {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  - {what} — {agency} — due {due} (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  - {what} — {agency} — due {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is up to date (schema {revision}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgraded the database from schema {before} to {after}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}: {field} set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column “{column}” → {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{valid} rows valid, {invalid} rows with errors; nothing imported (dry run).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{valid} cases imported; {invalid} rows with errors were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported: {date}   Country: {country}   Lead: {lead}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies involved: {codes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given (the window is opened by the jejaring program)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this site's keys and card, and enrolled peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write this site's public card (keys are made on first use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enrol a peer site from its card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>do not ask to confirm the fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop trusting a peer site's keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enrolled peer sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark this site as the hub (the national desk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this site is no longer the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exchange bundle files with peer sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a bundle of what a peer has not acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify and apply a bundle file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>concurrent edits to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minor fields too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep one value of a conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change to keep (SITE:SEQ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a merged value, as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of this site's keys: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site card of {code} written to {path}. Fingerprint: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site {code} ({name}), agency {agency}, country {country}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the fingerprint match what the site read out to you? [y/N] </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled site {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked site {code}: its bundles are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site is the hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site is not the hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No peer sites enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle {sequence} for {peer} written to {path}: {changes} changes, {blobs} attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle {sequence} from {sender} was imported before; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a record id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such conflict or change to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict resolved; the resolution travels with the next bundles.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL server with pg_dump.</source>
        <extracomment>Tables that migrations create by hand and the models do not describe (full-text indexes).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was written by a newer version of Jejaring (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIK {nik} does not match the sex given (women have 40 added to the birth day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIK {nik} does not match the date of birth given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker needs at least a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} cannot be read as a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spreadsheet has more than {limit} rows; split it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown country: {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown sex: {sex}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds: {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That case no longer exists.</source>
        <extracomment>stage -&gt; protocol steps that are done once a case reaches it</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not an allowed value here.</source>
        <extracomment>None: as the protocol suggests</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case cannot be referred to your own agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning a referral needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral has already been answered or withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown case category: {category}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report date is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority is 1 (high), 2 or 3 (low).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{country} is not a two-letter ISO country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That worker no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no officer with the username {username}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case with the number {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopening a case needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD).</source>
        <extracomment>fields on each page, left column then right column fields that tell whether this worker is already registered</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no field called {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a currency code (ISO 4217).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of sample cases must be between 0 and 1,000,000.</source>
        <extracomment>Destination countries with rough weights (share of complaints), the representation that serves each, and a city. Provinces that send most workers (NIK prefixes), with weights.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A site code has 2 to 16 capital letters, digits or dashes and starts with a letter (for example KBRI-KUL).</source>
        <extracomment>The usual time zone of a representation's country, for meeting times (editable later).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk is already set up as site {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NIP has exactly 18 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no agency with the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site code {code} already belongs to another agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A username has 3 to 64 characters: small letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An agency code has 2 to 24 capital letters, digits, dots or dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind of agency: {kind}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That agency no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An officer with a username needs a role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{agency} has no unit with the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no site with the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That officer no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phone} is not a telephone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIK {nik} is not valid: it needs 16 digits with a real province and birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown region code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The departure date is in the future, but this worker has already left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The departure date is before the date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot map {item}: write COLUMN=FIELD with a column of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <extracomment>what officers attach: scans (PDF) and photos, recognised by their first bytes, not their name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo (JPEG, PNG, TIFF, GIF or WebP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A standard is between 1 and 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Worker's name</source>
        <extracomment>field -&gt; header spellings met in officers' spreadsheets (compared without case and accents) what each importable field is called, for the mapping preview and the messages</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Representation abroad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immigration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Civil registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social affairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messaging app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral from another agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawyer (power of attorney)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGO (power of attorney)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repatriated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wages or compensation recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remains repatriated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reintegration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Verify the complaint</source>
        <extracomment>Protocol steps: code -&gt; (title marked for translation, attribute of the rule with its standard)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First clarification with the party complained of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second clarification: commitment to be met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept or return the referral</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This bundle file is damaged or truncated; nothing was imported.</source>
        <extracomment>origin -&gt; verified change lines (parsed) origin -&gt; the site that signed the group (the origin, or the relaying sender)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's member {name} does not match its signed manifest; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle is larger than any bundle Jejaring writes.</source>
        <extracomment>(sender code) -&gt; its public signing key, or None when unknown; raises SyncError when revoked.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Jejaring bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle was not encrypted for this site; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle contains an unsafe entry (a path outside the bundle, a link, or an oversize member); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle has format {format}, newer than this version of Jejaring: update it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle's signature is not valid for site {site}; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle is meant for {sites}, not for this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle comes from a newer version of Jejaring (schema {schema}): update this desk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no field {field} of {entity}.</source>
        <extracomment>fields whose conflicts a person reviews (SYNC.md: status, lead agency, risk or priority, deadlines, narrative, outcome, identity); others take the winner quietly</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value to keep is not valid JSON for {field}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No record {id} of {entity} is held here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enrolled site has the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site {code} is revoked: nothing is sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle was signed by {site}, a site this desk has not enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle was signed by {site}, whose keys were revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle holds a record that clashes with one held here (the same unique value); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle could not be applied; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for this site's keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Jejaring site card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site card has a format this version does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site card's signature does not match its keys: do not trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site already has its keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This site has no keys yet: run `jejaring site card` first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is this site's own card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site {code} was revoked with these keys; it needs new keys.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Case registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage changed: {old} → {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral accepted by {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral returned by {agency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to {agency} withdrawn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>The NIK's district code is not in the current region list.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>