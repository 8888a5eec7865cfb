<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>The person who looks after this desk: officers, agencies and settings.</source>
        <translation>Orang yang mengelola Jejaring di kantor ini: petugas, instansi, dan pengaturan.</translation>
    </message>
    <message>
        <source>e.g. Siti Rahmawati</source>
        <translation>mis. Siti Rahmawati</translation>
    </message>
    <message>
        <source>e.g. siti.rahmawati</source>
        <translation>mis. siti.rahmawati</translation>
    </message>
    <message>
        <source>e.g. Staf Fungsi Pelindungan WNI</source>
        <translation>mis. Staf Fungsi Pelindungan WNI</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>Small letters, digits, dot, dash or underscore.</source>
        <translation>Huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>Civil servant number (NIP), 18 digits</source>
        <translation>Nomor Induk Pegawai (NIP), 18 digit</translation>
    </message>
    <message>
        <source>Civil servant number: 18 digits (optional).</source>
        <translation>Nomor Induk Pegawai: 18 digit (opsional).</translation>
    </message>
    <message>
        <source>More officers can be added later in Settings.</source>
        <translation>Petugas lain dapat ditambahkan nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
</context>
<context>
    <name>AgenciesTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Induk</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Edit agency</source>
        <translation>Ubah instansi</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Tambah instansi</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>For example KBRI-KUL</source>
        <translation>Misalnya KBRI-KUL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Official name in Indonesian</source>
        <translation>Nama resmi dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nama dalam bahasa &amp;Inggris</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>In&amp;duk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Database: {database}</source>
        <translation>Basis data: {database}</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>&amp;Lampirkan…</translation>
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo</source>
        <translation>Lampirkan hasil pindaian (PDF) atau foto</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>No scans or photos attached yet.</source>
        <translation>Belum ada hasil pindaian atau foto yang dilampirkan.</translation>
    </message>
    <message>
        <source>Scan (PDF)</source>
        <translation>Hasil pindaian (PDF)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Date &amp;reported</source>
        <extracomment>the category changed (the protocol's suggestion depends on it) the officer changed the lead or the agencies involved under the agencies: whether they are the protocol's suggestion (the new-case form sets it)</extracomment>
        <translation>Tanggal &amp;dilaporkan</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Salu&amp;ran pengaduan</translation>
    </message>
    <message>
        <source>Complai&amp;nant</source>
        <translation>Pen&amp;gadu</translation>
    </message>
    <message>
        <source>Complainant's name</source>
        <translation>Nama pengadu</translation>
    </message>
    <message>
        <source>Complainant's phone</source>
        <translation>Telepon pengadu</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Bahaya</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Kat&amp;egori</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation>Instansi pen&amp;anggung jawab</translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation>Instansi yang dilibatkan</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>R&amp;ingkasan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>Jumlah uang yang diperoleh</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Catatan hasil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>e.g. MYR</source>
        <translation>mis. MYR</translation>
    </message>
    <message>
        <source>Discuss at the next coordination meeting</source>
        <translation>Bahas pada rapat koordinasi berikutnya</translation>
    </message>
    <message>
        <source>If not the worker</source>
        <translation>Jika bukan PMI yang bersangkutan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Life-&amp;threatening</source>
        <translation>Mengan&amp;cam jiwa</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>What happened, in the complainant's words</source>
        <translation>Apa yang terjadi, menurut pengadu</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Move to &amp;stage</source>
        <translation>Pindahkan ke t&amp;ahap</translation>
    </message>
    <message>
        <source>Move the case to another stage of handling</source>
        <translation>Pindahkan kasus ke tahap penanganan lain</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Who owes the next step</source>
        <translation>Siapa yang harus mengambil langkah berikutnya</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>{agency}: {what}</source>
        <translation>{agency}: {what}</translation>
    </message>
    <message>
        <source>{agency}: {what}, by {date}</source>
        <translation>{agency}: {what}, paling lambat {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (lewat tenggat)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioritas tinggi</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioritas rendah</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Lead: {lead} · also involved: {agencies} · reported {date}</source>
        <translation>Penanggung jawab: {lead} · juga dilibatkan: {agencies} · dilaporkan {date}</translation>
    </message>
    <message>
        <source>Nobody: the case is {stage}.</source>
        <translation>Tidak ada: kasus sudah {stage}.</translation>
    </message>
    <message>
        <source>No open step. Add a task to say what happens next.</source>
        <translation>Tidak ada langkah terbuka. Tambahkan tugas untuk menetapkan langkah berikutnya.</translation>
    </message>
    <message>
        <source>and {count} more on the Tasks tab</source>
        <translation>dan {count} lagi di tab Tugas</translation>
    </message>
</context>
<context>
    <name>CaseInfoTab</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Ubah kasus…</translation>
    </message>
    <message>
        <source>How the complaint came in, who handles it, and how it ended.</source>
        <translation>Bagaimana pengaduan diterima, siapa yang menanganinya, dan bagaimana hasilnya.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Tanggal dilaporkan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran pengaduan</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Also about</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation>Instansi yang dilibatkan</translation>
    </message>
    <message>
        <source>Officers assigned</source>
        <translation>Petugas yang ditugaskan</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Rapat berikutnya</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>Jumlah uang yang diperoleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>{priority}, life-threatening</source>
        <translation>{priority}, mengancam jiwa</translation>
    </message>
    <message>
        <source>To be discussed</source>
        <translation>Akan dibahas</translation>
    </message>
</context>
<context>
    <name>CaseRegisterModel</name>
    <message>
        <source>Number</source>
        <extracomment>rows read at once; a screen shows 20 to 40 pages kept (LRU): the screen, the pages around it, and the first page to come back to page reads running at once; others wait, newest first, and stale ones are dropped pages waiting to be read; older wishes are forgotten (the screen asks again when it repaints) each row's cell texts in the interface language, made when first painted column -&gt; key of cases.SORT_COLUMNS (the other columns cannot be sorted) the first page of a new query is on screen the number of rows of the current query is known (also after a reload) a page of the current query was read (first row, last row) reading failed with an expected error (already translated)</extracomment>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>A step or referral is overdue</source>
        <translation>Ada langkah atau rujukan yang lewat tenggat</translation>
    </message>
    <message>
        <source>Red dot: life-threatening. Clock: a step or referral is overdue.</source>
        <translation>Titik merah: mengancam jiwa. Jam: ada langkah atau rujukan yang lewat tenggat.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>&amp;1 Worker</source>
        <extracomment>what a case window shows: it refreshes when one of these changed</extracomment>
        <translation>&amp;1 PMI</translation>
    </message>
    <message>
        <source>&amp;2 Case</source>
        <translation>&amp;2 Kasus</translation>
    </message>
    <message>
        <source>&amp;3 Timeline</source>
        <translation>&amp;3 Kronologi</translation>
    </message>
    <message>
        <source>&amp;4 Referrals</source>
        <translation>&amp;4 Rujukan</translation>
    </message>
    <message>
        <source>&amp;5 Tasks</source>
        <translation>&amp;5 Tugas</translation>
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation>&amp;6 Lampiran</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Kasus {number}</translation>
    </message>
    <message>
        <source>Return the referral from {agency}</source>
        <translation>Kembalikan rujukan dari {agency}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Why the referral is returned (required)</source>
        <translation>Mengapa rujukan dikembalikan (wajib diisi)</translation>
    </message>
    <message>
        <source>Withdraw the referral to {agency}</source>
        <translation>Tarik rujukan ke {agency}</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Why the referral is withdrawn (optional)</source>
        <translation>Mengapa rujukan ditarik (opsional)</translation>
    </message>
    <message>
        <source>Reopen case {number}</source>
        <translation>Buka kembali kasus {number}</translation>
    </message>
    <message>
        <source>&amp;Reason for reopening</source>
        <translation>&amp;Alasan pembukaan kembali</translation>
    </message>
    <message>
        <source>The case is {stage}. Say why it is opened again (required).</source>
        <translation>Kasus ini sudah {stage}. Tuliskan mengapa kasus dibuka kembali (wajib diisi).</translation>
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation>Lampirkan hasil pindaian atau foto</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp);;All files (*)</source>
        <translation>Hasil pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file of this attachment is not on this computer yet.</source>
        <translation>Berkas lampiran ini belum ada di komputer ini.</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <extracomment>a date whose short form is as wide as any (two-digit day and month)</extracomment>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Kasus baru…</translation>
    </message>
    <message>
        <source>Register a new case (Ctrl+N)</source>
        <translation>Daftarkan kasus baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import cases from an Excel or CSV spreadsheet</source>
        <translation>Impor kasus dari lembar kerja Excel atau CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eks&amp;por…</translation>
    </message>
    <message>
        <source>Export the cases of the current filter to Excel or CSV</source>
        <translation>Ekspor kasus yang sesuai dengan filter ini ke Excel atau CSV</translation>
    </message>
    <message>
        <source>Search name, NIK, passport, employer, P3MI, summary, number</source>
        <translation>Cari nama, NIK, paspor, majikan, P3MI, ringkasan, nomor</translation>
    </message>
    <message>
        <source>Full-text search (Ctrl+F)</source>
        <translation>Pencarian teks lengkap (Ctrl+F)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Any lead agency</source>
        <translation>Semua penanggung jawab</translation>
    </message>
    <message>
        <source>Stage of handling</source>
        <translation>Tahap penanganan</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Kategori kasus</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Open cases with a step or a referral past its due date</source>
        <translation>Kasus terbuka yang langkah atau rujukannya lewat tenggat</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Ditugaskan kepada saya</translation>
    </message>
    <message>
        <source>Cases on which you are an assigned officer</source>
        <translation>Kasus yang menugaskan Anda sebagai petugas</translation>
    </message>
    <message>
        <source>My agency owes</source>
        <translation>Giliran instansi saya</translation>
    </message>
    <message>
        <source>Open cases where your agency owes the next step or an answer</source>
        <translation>Kasus terbuka yang langkah berikutnya atau jawabannya ditunggu dari instansi Anda</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filter tersimpan</translation>
    </message>
    <message>
        <source>Apply a filter saved earlier</source>
        <translation>Terapkan filter yang disimpan sebelumnya</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Simpan filter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Hapus filter tersimpan yang dipilih</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Belum ada kasus</translation>
    </message>
    <message>
        <source>Cases registered at this desk or received from other sites will be listed here.</source>
        <translation>Kasus yang dicatat di kantor ini atau diterima dari kantor lain akan tercantum di sini.</translation>
    </message>
    <message>
        <source>To try Jejaring out first, load sample data in Settings › Reference data.</source>
        <translation>Untuk mencoba Jejaring terlebih dahulu, muat data contoh di Pengaturan › Data referensi.</translation>
    </message>
    <message>
        <source>No cases match</source>
        <translation>Tidak ada kasus yang cocok</translation>
    </message>
    <message>
        <source>No case in the register matches the search and filters chosen.</source>
        <translation>Tidak ada kasus dalam register yang cocok dengan pencarian dan filter yang dipilih.</translation>
    </message>
    <message>
        <source>Change the search or the filters, or clear them.</source>
        <translation>Ubah pencarian atau filter, atau hapus semuanya.</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Simpan filter</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nama filter ini:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>memuat…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>cases-{date}</source>
        <translation>kasus-{date}</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Ekspor kasus</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to {file}.</source>
        <translation>
            <numerusform>%Ln kasus diekspor ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Berkas tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>Mengekspor kasus…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>Every row is checked as the new-case form checks it. Nothing has been imported yet.</source>
        <translation>Setiap baris diperiksa seperti formulir kasus baru memeriksanya. Belum ada yang diimpor.</translation>
    </message>
    <message>
        <source>Rows that will not be imported, and why:</source>
        <translation>Baris yang tidak akan diimpor, beserta alasannya:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Memeriksa %n baris…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n baris dapat diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will not be imported.</source>
        <translation>
            <numerusform>%n baris bermasalah dan tidak akan diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Tidak ada baris yang bermasalah.</translation>
    </message>
    <message>
        <source>Correct the spreadsheet and choose it again.</source>
        <translation>Perbaiki lembar kerja, lalu pilih kembali.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Impor %n baris yang valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Mengimpor %n baris…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrespondenceView</name>
    <message>
        <source>Correspondence</source>
        <translation>Persuratan</translation>
    </message>
    <message>
        <source>This page will hold the incoming and outgoing letters, their dispositions and the log of calls and messages.</source>
        <translation>Halaman ini akan memuat surat masuk dan surat keluar, disposisinya, serta catatan panggilan telepon dan pesan.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Indonesian country name -&gt; English name (the overview names countries in Indonesian)</extracomment>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Not yet resolved or closed</source>
        <translation>Belum selesai atau ditutup</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Open cases marked life-threatening</source>
        <translation>Kasus terbuka yang ditandai mengancam jiwa</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Semua kasus</translation>
    </message>
    <message>
        <source>In this desk's register</source>
        <translation>Dalam register kantor ini</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Kasus menurut tahap</translation>
    </message>
    <message>
        <source>Every case in the register, by handling stage</source>
        <translation>Semua kasus dalam register, menurut tahap penanganan</translation>
    </message>
    <message>
        <source>Top destination countries</source>
        <translation>Negara tujuan terbanyak</translation>
    </message>
    <message>
        <source>Where the workers in these cases are placed</source>
        <translation>Negara penempatan PMI dalam kasus-kasus ini</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Belum ada kasus</translation>
    </message>
    <message>
        <source>Coordination network</source>
        <translation>Jejaring koordinasi</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Dalam direktori</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Offices that run Jejaring</source>
        <translation>Kantor yang menggunakan Jejaring</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>People on record</source>
        <translation>Orang yang tercatat</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Selesai diimpor</translation>
    </message>
    <message>
        <source>The new cases are in the register, with the protocol's first steps.</source>
        <translation>Kasus baru sudah masuk register, beserta langkah pertama menurut protokol.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n kasus diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; correct them and import those rows again.</source>
        <translation>
            <numerusform>%n baris tidak diimpor; perbaiki lalu impor kembali baris-baris tersebut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateEntry</name>
    <message>
        <source>Same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>Same passport number</source>
        <translation>Nomor paspor sama</translation>
    </message>
    <message>
        <source>Similar name and the same date of birth</source>
        <translation>Nama mirip dan tanggal lahir sama</translation>
    </message>
    <message>
        <source>Similar name and the same employer</source>
        <translation>Nama mirip dan pemberi kerja sama</translation>
    </message>
    <message>
        <source>Cases: {numbers}</source>
        <translation>Kasus: {numbers}</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Belum ada kasus</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Open case {number}</source>
        <translation>Buka kasus {number}</translation>
    </message>
    <message>
        <source>Use this worker</source>
        <translation>Gunakan PMI ini</translation>
    </message>
    <message>
        <source>Register this complaint as a new case of the worker already known</source>
        <translation>Catat pengaduan ini sebagai kasus baru PMI yang sudah terdaftar</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possibly already registered</source>
        <translation>Mungkin sudah terdaftar</translation>
    </message>
    <message>
        <source>Open the case to check, or register this complaint for the worker already known.</source>
        <translation>Buka kasusnya untuk memeriksa, atau catat pengaduan ini untuk PMI yang sudah terdaftar.</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Sudah terdaftar?</translation>
    </message>
    <message>
        <source>While you type, Jejaring looks for a worker with the same NIK or passport, or a similar name with the same date of birth or employer.</source>
        <translation>Selama Anda mengetik, Jejaring mencari PMI dengan NIK atau paspor yang sama, atau nama yang mirip dengan tanggal lahir atau pemberi kerja yang sama.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case {number}</source>
        <translation>Ubah kasus {number}</translation>
    </message>
</context>
<context>
    <name>EditWorkerDialog</name>
    <message>
        <source>Edit worker</source>
        <translation>Ubah data PMI</translation>
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation>&amp;1 PMI</translation>
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation>&amp;2 Penempatan dan pemberi kerja</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>SQLAlchemy puts the statement's values in its messages; they can be a worker's name or NIK.</extracomment>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Jejaring ran into a problem it did not expect. Work that was already saved is safe; the action you were doing may not have finished. If this happens again, copy the details and send them to your support staff.</source>
        <translation>Jejaring mengalami masalah yang tidak terduga. Data yang sudah disimpan tetap aman, tetapi tindakan yang sedang Anda lakukan mungkin belum selesai. Jika hal ini terjadi lagi, salin rinciannya dan kirimkan kepada petugas dukungan teknis Anda.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <source>Jejaring recognises the usual column titles, in Indonesian or English (for example Nama PMI, NIK, Paspor, Negara, Majikan, P3MI, Kategori, Tanggal Pengaduan, Kronologi), and you can correct its guess on the next page. Every row needs at least the worker's name and the case category; dates may be written 2026-03-16, 16/03/2026 or 16 Maret 2026.</source>
        <translation>Jejaring mengenali judul kolom yang lazim, dalam bahasa Indonesia atau Inggris (misalnya Nama PMI, NIK, Paspor, Negara, Majikan, P3MI, Kategori, Tanggal Pengaduan, Kronologi), dan tebakannya dapat Anda perbaiki di halaman berikutnya. Setiap baris sekurang-kurangnya memuat nama PMI dan kategori kasus; tanggal boleh ditulis 2026-03-16, 16/03/2026, atau 16 Maret 2026.</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file exported from one.</source>
        <translation>Buku kerja Excel (.xlsx) atau berkas CSV yang diekspor darinya.</translation>
    </message>
    <message>
        <source>The first row must hold the column titles and every further row one case. Only the first sheet of a workbook is read. Nothing is imported until you have checked the rows and confirmed.</source>
        <translation>Baris pertama harus berisi judul kolom dan setiap baris berikutnya satu kasus. Hanya lembar pertama buku kerja yang dibaca. Tidak ada yang diimpor sebelum Anda memeriksa baris-barisnya dan mengonfirmasi.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Ber&amp;kas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Membaca lembar kerja…</translation>
    </message>
</context>
<context>
    <name>ImportCasesWizard</name>
    <message>
        <source>Registered as {number}</source>
        <translation>Terdaftar dengan nomor {number}</translation>
    </message>
    <message>
        <source>Import cases</source>
        <extracomment>the confirmed import's report (None until the officer confirmed and it finished)</extracomment>
        <translation>Impor kasus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Cadangkan basis data…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file</source>
        <translation>Tulis salinan basis data yang konsisten ke sebuah berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;About Jejaring</source>
        <translation>&amp;Tentang Jejaring</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>belum disiapkan</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Kantor: {site}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation>Petugas: {officer}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Basis data: {database}</translation>
    </message>
    <message>
        <source>Jejaring</source>
        <translation>Jejaring</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>Basis data SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Mencadangkan basis data…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Cadangan ditulis ke {path}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jejaring {version}&lt;/h3&gt;&lt;p&gt;The coordination desk for the protection of Indonesian migrant workers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Region codes:&lt;/b&gt; Kepmendagri 300.2.2 Tahun 2025, via cahyadsn/wilayah (MIT).&lt;br&gt;&lt;b&gt;Countries:&lt;/b&gt; ISO 3166-1 via pycountry (LGPL-2.1); Indonesian names from the Unicode CLDR (Unicode licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt for Python (PySide6, LGPL-3.0), SQLAlchemy and Alembic (MIT), ReportLab (BSD), Babel (BSD), platformdirs (MIT), python-stdnum (LGPL-2.1+), holidays (MIT), phonenumbers (Apache-2.0) and uuid6 (MIT).&lt;/p&gt;&lt;p&gt;Sample data are fictional: any likeness to real people is coincidental.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jejaring {version}&lt;/h3&gt;&lt;p&gt;Meja koordinasi pelindungan Pekerja Migran Indonesia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kode wilayah:&lt;/b&gt; Kepmendagri 300.2.2 Tahun 2025, melalui cahyadsn/wilayah (MIT).&lt;br&gt;&lt;b&gt;Negara:&lt;/b&gt; ISO 3166-1 melalui pycountry (LGPL-2.1); nama dalam bahasa Indonesia dari Unicode CLDR (lisensi Unicode).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dibangun dengan&lt;/b&gt; Qt for Python (PySide6, LGPL-3.0), SQLAlchemy dan Alembic (MIT), ReportLab (BSD), Babel (BSD), platformdirs (MIT), python-stdnum (LGPL-2.1+), holidays (MIT), phonenumbers (Apache-2.0), dan uuid6 (MIT).&lt;/p&gt;&lt;p&gt;Data contoh bersifat fiktif: kemiripan dengan orang sebenarnya hanyalah kebetulan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Jejaring</source>
        <translation>Tentang Jejaring</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation>Tentukan isi setiap kolom</translation>
    </message>
    <message>
        <source>Jejaring guessed from the column titles; correct it where needed.</source>
        <translation>Jejaring menebak dari judul kolom; perbaiki bila perlu.</translation>
    </message>
    <message numerus="yes">
        <source>Above each column choose the field it holds, or (ignore) to leave it out. The first %n row(s) of the spreadsheet are shown.</source>
        <translation>
            <numerusform>Di atas setiap kolom, pilih isian yang dikandungnya, atau (abaikan) agar tidak diimpor. Ditampilkan %n baris pertama lembar kerja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Kolom {letter}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Choose the columns that hold: {fields}.</source>
        <translation>Pilih kolom yang berisi: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported. Required: {fields}.</source>
        <translation>
            <numerusform>%n kolom akan diimpor. Wajib: {fields}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>This page will hold the routine coordination meetings between agencies: their agenda, minutes and action items.</source>
        <translation>Halaman ini akan memuat rapat koordinasi rutin antarinstansi: agenda, notula, dan tindak lanjutnya.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <extracomment>what registering a case writes the number of the case registered, once the dialog was accepted the worker already registered this case is for ("Use this worker")</extracomment>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>&amp;1 Worker</source>
        <translation>&amp;1 PMI</translation>
    </message>
    <message>
        <source>&amp;2 Placement and employer</source>
        <translation>&amp;2 Penempatan dan pemberi kerja</translation>
    </message>
    <message>
        <source>&amp;3 Complaint</source>
        <translation>&amp;3 Pengaduan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Register the case (Ctrl+Enter)</source>
        <translation>Catat kasus (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enter a new worker instead</source>
        <translation>Isi PMI baru saja</translation>
    </message>
    <message>
        <source>This complaint will be registered for {name}, who is already registered (cases: {numbers}). The worker's record is shown as it is; edit it from the case.</source>
        <translation>Pengaduan ini akan dicatat untuk {name}, yang sudah terdaftar (kasus: {numbers}). Data PMI ditampilkan apa adanya; ubah dari jendela kasus.</translation>
    </message>
    <message>
        <source>Choose the category: the protocol then suggests who leads and who takes part.</source>
        <translation>Pilih kategori: protokol lalu mengusulkan siapa penanggung jawab dan siapa yang dilibatkan.</translation>
    </message>
    <message>
        <source>Changed by you. &lt;a href="protocol"&gt;Use the protocol's suggestion&lt;/a&gt;</source>
        <translation>Diubah oleh Anda. &lt;a href="protocol"&gt;Gunakan usulan protokol&lt;/a&gt;</translation>
    </message>
    <message>
        <source>As the coordination protocol suggests for this category and country.</source>
        <translation>Sesuai usulan protokol koordinasi untuk kategori dan negara ini.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Choose the agency from the list.</source>
        <translation>Pilih instansi dari daftar.</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Pilih negara dari daftar.</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Kantor Anda</translation>
    </message>
    <message>
        <source>The office this desk works for. Its code appears in case and letter numbers.</source>
        <translation>Kantor yang menggunakan Jejaring di komputer ini. Kodenya tercantum dalam nomor kasus dan nomor surat.</translation>
    </message>
    <message>
        <source>Type to search, e.g. KBRI or Kuala Lumpur</source>
        <translation>Ketik untuk mencari, mis. KBRI atau Kuala Lumpur</translation>
    </message>
    <message>
        <source>e.g. KBRI-KUL</source>
        <translation>mis. KBRI-KUL</translation>
    </message>
    <message>
        <source>e.g. KBRI Kuala Lumpur</source>
        <translation>mis. KBRI Kuala Lumpur</translation>
    </message>
    <message>
        <source>e.g. Kuala Lumpur</source>
        <translation>mis. Kuala Lumpur</translation>
    </message>
    <message>
        <source>An embassy or consulate abroad sets its country and city from here.</source>
        <translation>Kedutaan besar atau konsulat di luar negeri mengisi negara dan kotanya di sini.</translation>
    </message>
    <message>
        <source>2 to 16 capital letters, digits or dashes, starting with a letter. It cannot change later.</source>
        <translation>2 sampai 16 huruf kapital, angka, atau tanda hubung, diawali huruf. Kode ini tidak dapat diubah nanti.</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation>Kode kantor:</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Kota:</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Set when this desk was first set up; the site code appears in case numbers.</source>
        <translation>Ditetapkan saat Jejaring di komputer ini pertama kali disiapkan; kode kantor tercantum dalam nomor kasus.</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Officer at this desk</source>
        <translation>Petugas di komputer ini</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Menus, pages and forms change at once.</source>
        <translation>Menu, halaman, dan formulir langsung berganti bahasa.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Ubah petugas</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Pangkat/golongan</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>I&amp;nstansi</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Kantor</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Surel</translation>
    </message>
    <message>
        <source>User&amp;name</source>
        <translation>Nama pen&amp;gguna</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>P&amp;eran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As written on official letters, with titles</source>
        <translation>Sesuai penulisan pada surat dinas, beserta gelar</translation>
    </message>
    <message>
        <source>18 digits; leave empty if none</source>
        <translation>18 digit; kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>Only for officers who sign in to Jejaring</source>
        <translation>Hanya untuk petugas yang masuk ke Jejaring</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(tanpa akun)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
</context>
<context>
    <name>OfficersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>ProtocolRuleDialog</name>
    <message>
        <source>Protocol rule</source>
        <translation>Aturan protokol</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>&amp;Lead agency</source>
        <translation>Instansi &amp;penanggung jawab</translation>
    </message>
    <message>
        <source>Representation for the worker's country</source>
        <translation>Perwakilan RI di negara penempatan PMI</translation>
    </message>
    <message>
        <source>Agencies &amp;involved</source>
        <translation>Instansi yang &amp;dilibatkan</translation>
    </message>
    <message>
        <source>Accept or return a referral</source>
        <translation>Menerima atau mengembalikan rujukan</translation>
    </message>
    <message>
        <source>Verify the complaint</source>
        <translation>Memverifikasi pengaduan</translation>
    </message>
    <message>
        <source>First clarification</source>
        <translation>Klarifikasi pertama</translation>
    </message>
    <message>
        <source>Second clarification</source>
        <translation>Klarifikasi kedua</translation>
    </message>
    <message>
        <source>Close: documents incomplete</source>
        <translation>Tutup: dokumen tidak lengkap</translation>
    </message>
    <message>
        <source>Close: no clarification</source>
        <translation>Tutup: tidak ada klarifikasi</translation>
    </message>
    <message>
        <source>Close: complainant unreachable</source>
        <translation>Tutup: pengadu tidak dapat dihubungi</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> hari kerja</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Why the rule is so, for the printed protocol</source>
        <translation>Dasar aturan ini, untuk protokol yang dicetak</translation>
    </message>
</context>
<context>
    <name>ProtocolTab</name>
    <message>
        <source>Category</source>
        <extracomment>standards counted in working days (the others are calendar days)</extracomment>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Also involved</source>
        <translation>Juga dilibatkan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Working days to accept or return a referral</source>
        <translation>Hari kerja untuk menerima atau mengembalikan rujukan</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Working days to verify a complaint</source>
        <translation>Hari kerja untuk memverifikasi pengaduan</translation>
    </message>
    <message>
        <source>Clarif. I</source>
        <translation>Klarif. I</translation>
    </message>
    <message>
        <source>Working days to hold the first clarification</source>
        <translation>Hari kerja untuk melaksanakan klarifikasi pertama</translation>
    </message>
    <message>
        <source>Clarif. II</source>
        <translation>Klarif. II</translation>
    </message>
    <message>
        <source>Working days to meet the commitment of the second clarification</source>
        <translation>Hari kerja untuk memenuhi komitmen klarifikasi kedua</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Penutupan</translation>
    </message>
    <message>
        <source>A case may be closed when documents are still incomplete after the first number of days, when there was no clarification for the second number of working days, or when the complainant was unreachable for the third number of days</source>
        <translation>Kasus boleh ditutup bila dokumen masih tidak lengkap setelah jumlah hari pertama, bila tidak ada klarifikasi selama jumlah hari kerja kedua, atau bila pengadu tidak dapat dihubungi selama jumlah hari ketiga</translation>
    </message>
    <message>
        <source>Default rule (every other category)</source>
        <translation>Aturan bawaan (semua kategori lain)</translation>
    </message>
    <message>
        <source>Representation for the worker's country</source>
        <translation>Perwakilan RI di negara penempatan PMI</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>Perwakilan RI</translation>
    </message>
    <message>
        <source>Who leads each kind of case, who must be involved, and how many days each step may take. New cases and referrals take their due dates from here.</source>
        <translation>Siapa penanggung jawab setiap jenis kasus, siapa yang harus dilibatkan, dan berapa hari setiap langkah boleh berlangsung. Tenggat kasus baru dan rujukan diambil dari sini.</translation>
    </message>
    <message>
        <source>Grey rows follow the default rule until you give the category its own. Hover over a column title for its meaning.</source>
        <translation>Baris abu-abu mengikuti aturan bawaan sampai kategori itu diberi aturan sendiri. Arahkan penunjuk ke judul kolom untuk melihat artinya.</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Ubah aturan…</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer case {number}</source>
        <extracomment>the tables each kind of write touches (announced on the change bus)</extracomment>
        <translation>Rujuk kasus {number}</translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation>Rujuk &amp;ke</translation>
    </message>
    <message>
        <source>Type to search for the agency</source>
        <translation>Ketik untuk mencari instansi</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>What the receiving agency is asked to do, and why</source>
        <translation>Apa yang diminta dari instansi penerima, dan mengapa</translation>
    </message>
    <message>
        <source>&amp;Documents sent</source>
        <translation>&amp;Dokumen yang dikirim</translation>
    </message>
    <message>
        <source>e.g. complaint form, copy of passport, power of attorney</source>
        <translation>mis. formulir pengaduan, salinan paspor, surat kuasa</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message>
        <source>Shipped with Jejaring and updated with each release; agencies are edited on their own tab.</source>
        <translation>Disertakan bersama Jejaring dan diperbarui pada setiap rilis; instansi diubah pada tabnya sendiri.</translation>
    </message>
    <message>
        <source>Countries and territories</source>
        <translation>Negara dan wilayah</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regencies and cities</source>
        <translation>Kabupaten dan kota</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Case categories</source>
        <translation>Kategori kasus</translation>
    </message>
    <message>
        <source>Units of agencies</source>
        <translation>Unit kerja instansi</translation>
    </message>
    <message>
        <source>ISO 3166-1, with Indonesian names from CLDR</source>
        <translation>ISO 3166-1, dengan nama dalam bahasa Indonesia dari CLDR</translation>
    </message>
    <message>
        <source>{decree}, via {project} ({licence} licence)</source>
        <translation>{decree}, melalui {project} (lisensi {licence})</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Fictional sites, officers and workers' cases, for training and demonstrations. Do not load them into a desk that holds real cases.</source>
        <translation>Kantor, petugas, dan kasus PMI fiktif untuk pelatihan dan peragaan. Jangan muat data ini ke Jejaring yang memuat kasus sebenarnya.</translation>
    </message>
    <message>
        <source>Load sample data…</source>
        <translation>Muat data contoh…</translation>
    </message>
    <message>
        <source>{count} from BP2MI's complaint list</source>
        <translation>{count} dari daftar pengaduan BP2MI</translation>
    </message>
    <message>
        <source>{count} special cases of Kemlu</source>
        <translation>{count} kasus khusus Kemlu</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Tenggat jawaban</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Rujuk…</translation>
    </message>
    <message>
        <source>Refer the case to another agency (Ctrl+R)</source>
        <translation>Rujuk kasus ke instansi lain (Ctrl+R)</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Tar&amp;ik…</translation>
    </message>
    <message>
        <source>The case has not been referred to another agency.</source>
        <translation>Kasus ini belum dirujuk ke instansi lain.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (lewat tenggat)</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Try Jejaring with realistic, fictional records.</source>
        <translation>Coba Jejaring dengan data fiktif yang menyerupai data sebenarnya.</translation>
    </message>
    <message>
        <source>Load sample data so the app is not empty</source>
        <translation>Muat data contoh agar aplikasi tidak kosong</translation>
    </message>
    <message>
        <source>Number of sample cases:</source>
        <translation>Jumlah kasus contoh:</translation>
    </message>
    <message>
        <source>Sample data are fictional workers, cases, offices abroad and officers, so that every part of the app can be tried at once. Leave this off on a desk that will hold real cases.</source>
        <translation>Data contoh berisi PMI, kasus, kantor perwakilan, dan petugas fiktif agar setiap bagian aplikasi dapat langsung dicoba. Jangan aktifkan pilihan ini bila Jejaring di komputer ini akan memuat kasus sebenarnya.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed at step: {step}</source>
        <translation>Uji mandiri gagal pada langkah: {step}</translation>
    </message>
    <message>
        <source>Self-test passed: {count} steps in {seconds:.1f} s</source>
        <translation>Uji mandiri berhasil: {count} langkah dalam {seconds:.1f} detik</translation>
    </message>
    <message>
        <source>start Qt</source>
        <translation>menjalankan Qt</translation>
    </message>
    <message>
        <source>create temporary data folder</source>
        <translation>membuat folder data sementara</translation>
    </message>
    <message>
        <source>migrate database</source>
        <translation>memigrasikan basis data</translation>
    </message>
    <message>
        <source>open setup wizard</source>
        <translation>membuka panduan penyiapan</translation>
    </message>
    <message>
        <source>set up test site</source>
        <translation>menyiapkan kantor uji</translation>
    </message>
    <message>
        <source>load 20 sample cases</source>
        <translation>memuat 20 kasus contoh</translation>
    </message>
    <message>
        <source>open main window</source>
        <translation>membuka jendela utama</translation>
    </message>
    <message>
        <source>show view {view}</source>
        <translation>menampilkan halaman {view}</translation>
    </message>
    <message>
        <source>switch language to {language}</source>
        <translation>beralih bahasa ke {language}</translation>
    </message>
    <message>
        <source>switch language back to {language}</source>
        <translation>kembali ke bahasa {language}</translation>
    </message>
    <message>
        <source>close main window</source>
        <translation>menutup jendela utama</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <extracomment>iso2 -&gt; (Indonesian name, English name)</extracomment>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Office details, the directory of agencies and officers, and reference data.</source>
        <translation>Data kantor, direktori instansi dan petugas, serta data referensi.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message>
        <source>Ministries, agencies and representations abroad that take part in handling cases.</source>
        <translation>Kementerian, lembaga, dan perwakilan RI di luar negeri yang terlibat dalam penanganan kasus.</translation>
    </message>
    <message>
        <source>People who work cases, attend meetings or sign letters.</source>
        <translation>Orang yang menangani kasus, menghadiri rapat, atau menandatangani surat.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Muat data contoh</translation>
    </message>
    <message>
        <source>How many sample cases should be added?</source>
        <translation>Berapa kasus contoh yang akan ditambahkan?</translation>
    </message>
    <message>
        <source>Adding sample cases…</source>
        <translation>Menambahkan kasus contoh…</translation>
    </message>
    <message>
        <source>Added {count} sample cases.</source>
        <translation>{count} kasus contoh ditambahkan.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Jejaring</source>
        <translation>Penyiapan Jejaring</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>%n fictional case(s)</source>
        <translation>
            <numerusform>%n kasus fiktif</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Memuat data contoh…</translation>
    </message>
    <message>
        <source>The office is set up. No sample data was loaded.</source>
        <translation>Kantor sudah disiapkan. Data contoh tidak dimuat.</translation>
    </message>
</context>
<context>
    <name>SitesTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Simpul</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>A hub collects and passes on exchange bundles</source>
        <translation>Simpul mengumpulkan dan meneruskan paket pertukaran data</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to set up</source>
        <translation>Siap menyiapkan Jejaring</translation>
    </message>
    <message>
        <source>Check the details, then press Finish.</source>
        <translation>Periksa rincian berikut, lalu tekan Selesai.</translation>
    </message>
    <message>
        <source>The site code cannot be changed later. Everything else can be edited in Settings.</source>
        <translation>Kode kantor tidak dapat diubah nanti. Semua data lainnya dapat diubah di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Signed, encrypted bundle files carry changes between sites that work offline.</source>
        <translation>Berkas bundel yang ditandatangani dan dienkripsi membawa perubahan antarsitus yang bekerja luring.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Local change log</source>
        <translation>Catatan perubahan lokal</translation>
    </message>
    <message>
        <source>Changes recorded at this desk, kept for exchange with other sites</source>
        <translation>Perubahan yang dicatat di kantor ini, disimpan untuk dipertukarkan dengan kantor lain</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Ekspor bundel…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Impor bundel…</translation>
    </message>
    <message>
        <source>Or drop a bundle file anywhere on this page.</source>
        <translation>Atau letakkan berkas bundel di mana saja pada halaman ini.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Situs mitra</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Known sites</source>
        <translation>Situs yang dikenal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Last sent / received</source>
        <translation>Terakhir dikirim / diterima</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Tidak ada konflik yang perlu ditinjau.</translation>
    </message>
    <message>
        <source>no keys yet</source>
        <translation>belum ada kunci</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>edited after delete</source>
        <translation>disunting setelah dihapus</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation><numerusform>Konflik (%n)</numerusform></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Referral of case</source>
        <translation>Rujukan kasus</translation>
    </message>
    <message>
        <source>Task of case</source>
        <translation>Tugas kasus</translation>
    </message>
    <message>
        <source>Timeline of case</source>
        <translation>Kronologi kasus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi pemimpin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>Jumlah yang dipulihkan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Dijawab pada</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Edited after</source>
        <translation>Disunting sesudahnya</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Yang tampil sekarang</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai lain</translation>
    </message>
    <message>
        <source>{site}, {officer}, {when}</source>
        <translation>{site}, {officer}, {when}</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Pertahankan ini</translation>
    </message>
    <message>
        <source>Site keys</source>
        <translation>Kunci situs</translation>
    </message>
    <message>
        <source>Passphrase of this site's keys:</source>
        <translation>Frasa sandi kunci situs ini:</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring)</source>
        <translation>Bundel Jejaring (*.jejaring)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Jejaring bundles (*.jejaring);;All files (*)</source>
        <translation>Bundel Jejaring (*.jejaring);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 for %2 written: %n change(s).</source>
        <translation><numerusform>Bundel %1 untuk %2 ditulis: %n perubahan.</numerusform></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Menulis bundel…</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation>Bundel ini sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation>Bundel {sequence} dari {sender}: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {conflicts} konflik, {quarantined} dikarantina.</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Memeriksa dan mengimpor bundel…</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Konflik diselesaikan.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task to {number}</source>
        <translation>Tambah tugas pada {number}</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>T&amp;ugas</translation>
    </message>
    <message>
        <source>What must be done next</source>
        <translation>Apa yang harus dilakukan berikutnya</translation>
    </message>
    <message>
        <source>Owner &amp;agency</source>
        <translation>&amp;Instansi pelaksana</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Owner &amp;officer</source>
        <translation>&amp;Petugas pelaksana</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Tenggat</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Tambah tugas…</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>No tasks on this case.</source>
        <translation>Belum ada tugas pada kasus ini.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (lewat tenggat)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>When</source>
        <extracomment>what an officer writes on the timeline themselves (the rest the app records)</extracomment>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Add to the timeline:</source>
        <translation>Tambahkan ke kronologi:</translation>
    </message>
    <message>
        <source>What happened? Ctrl+Enter adds it (Ctrl+T comes back here from anywhere in the case).</source>
        <translation>Apa yang terjadi? Ctrl+Enter menambahkannya (Ctrl+T kembali ke sini dari mana pun di jendela kasus).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambahkan</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Belum ada kejadian pada kasus ini.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Jejaring</source>
        <extracomment>The country of each representation abroad, by the city part of its agency code.</extracomment>
        <translation>Selamat datang di Jejaring</translation>
    </message>
    <message>
        <source>Let us set up this computer as a desk of your office.</source>
        <translation>Mari siapkan Jejaring di komputer ini untuk kantor Anda.</translation>
    </message>
    <message>
        <source>Jejaring helps the officers who protect Indonesian migrant workers work together: a shared register of cases and referrals, coordination meetings and their follow-up, official letters, and the exchange of records between offices, also offline.

Setting up takes a minute: the office this desk belongs to, its first administrator, and, if you wish, sample data to try the app with.</source>
        <translation>Jejaring membantu para petugas pelindungan Pekerja Migran Indonesia bekerja bersama: register bersama kasus dan rujukan, rapat koordinasi beserta tindak lanjutnya, surat dinas, serta pertukaran data antarkantor, juga tanpa koneksi internet.

Penyiapan hanya memerlukan satu menit: kantor pengguna Jejaring di komputer ini, administrator pertamanya, dan, bila diinginkan, data contoh untuk mencoba aplikasi.</translation>
    </message>
    <message>
        <source>Language of the application:</source>
        <translation>Bahasa aplikasi:</translation>
    </message>
    <message>
        <source>You can change the language and everything else later in Settings.</source>
        <translation>Bahasa dan semua pengaturan lain dapat diubah nanti di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>WorkerForm</name>
    <message>
        <source>Full &amp;name</source>
        <extracomment>a field that identifies the worker changed (for the duplicate check)</extracomment>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Home province</source>
        <translation>Provinsi asal</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten atau kota</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Alamat rumah</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Telepon lain</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Relation to the worker</source>
        <translation>Hubungan dengan PMI</translation>
    </message>
    <message>
        <source>Family phone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <source>Destination &amp;country</source>
        <translation>Negara t&amp;ujuan</translation>
    </message>
    <message>
        <source>City abroad</source>
        <translation>Kota di luar negeri</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Jenis pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation>Tanggal ke&amp;berangkatan</translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation>Berangkat secara prosedural</translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation>Peserta BPJS</translation>
    </message>
    <message>
        <source>Pass&amp;port number</source>
        <translation>Nomor &amp;paspor</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Paspor berlaku sampai</translation>
    </message>
    <message>
        <source>P3MI (placement company)</source>
        <translation>P3MI (perusahaan penempatan)</translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation>Agensi mitra di luar negeri</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>Pe&amp;mberi kerja</translation>
    </message>
    <message>
        <source>Employer's address</source>
        <translation>Alamat pemberi kerja</translation>
    </message>
    <message>
        <source>Employer's phone</source>
        <translation>Telepon pemberi kerja</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Home and family</source>
        <translation>Tempat asal dan keluarga</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <source>Passport and employer</source>
        <translation>Paspor dan pemberi kerja</translation>
    </message>
    <message>
        <source>Required; the only thing required</source>
        <translation>Wajib; hanya isian ini yang wajib</translation>
    </message>
    <message>
        <source>Names used in other documents</source>
        <translation>Nama yang dipakai di dokumen lain</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Any country, e.g. +60 12 345 6789</source>
        <translation>Nomor negara mana pun, mis. +60 12 345 6789</translation>
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation>mis. ibu, suami</translation>
    </message>
    <message>
        <source>Person or household</source>
        <translation>Perorangan atau rumah tangga</translation>
    </message>
    <message>
        <source>e.g. C1234567</source>
        <translation>mis. C1234567</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>Pilih provinsi lebih dahulu</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>WorkerTab</name>
    <message>
        <source>&amp;Edit worker…</source>
        <translation>&amp;Ubah data PMI…</translation>
    </message>
    <message>
        <source>The worker's record is shared by all of their cases.</source>
        <translation>Data PMI ini dipakai bersama oleh semua kasusnya.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Home and family</source>
        <translation>Tempat asal dan keluarga</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <source>Placement company and employer</source>
        <translation>Perusahaan penempatan dan pemberi kerja</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Daerah asal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal keberangkatan</translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation>Berangkat secara prosedural</translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation>Peserta BPJS</translation>
    </message>
    <message>
        <source>P3MI</source>
        <translation>P3MI</translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation>Agensi mitra di luar negeri</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Employer's address</source>
        <translation>Alamat pemberi kerja</translation>
    </message>
    <message>
        <source>Employer's phone</source>
        <translation>Telepon pemberi kerja</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>{number}, valid until {date}</source>
        <translation>{number}, berlaku sampai {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Jejaring: coordination desk for the protection of Indonesian migrant workers.</source>
        <translation>Jejaring: meja koordinasi pelindungan Pekerja Migran Indonesia.</translation>
    </message>
    <message>
        <source>data folder (default: JEJARING_HOME or the user data folder)</source>
        <translation>folder data (bawaan: JEJARING_HOME atau folder data pengguna)</translation>
    </message>
    <message>
        <source>database URL (default: SQLite in the data folder)</source>
        <translation>URL basis data (bawaan: SQLite di folder data)</translation>
    </message>
    <message>
        <source>check this installation and exit</source>
        <translation>periksa instalasi ini lalu keluar</translation>
    </message>
    <message>
        <source>set up this desk's office and first administrator</source>
        <translation>siapkan kantor dan administrator pertama Jejaring di komputer ini</translation>
    </message>
    <message>
        <source>add realistic sample data (fictional people)</source>
        <translation>tambahkan data contoh yang menyerupai data sebenarnya (orang fiktif)</translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation>pemeliharaan basis data</translation>
    </message>
    <message>
        <source>back up the database and bring its schema up to date</source>
        <translation>cadangkan basis data lalu perbarui skemanya</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>tulis salinan basis data yang konsisten</translation>
    </message>
    <message>
        <source>canonical JSON lines of every replicated record</source>
        <translation>baris JSON kanonis untuk setiap data yang direplikasi</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>tulis ke FILE, bukan ke keluaran standar</translation>
    </message>
    <message>
        <source>the case register</source>
        <translation>register kasus</translation>
    </message>
    <message>
        <source>list cases (newest first)</source>
        <translation>tampilkan daftar kasus (terbaru lebih dahulu)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>keluaran yang dapat dibaca mesin</translation>
    </message>
    <message>
        <source>only cases with a step past due</source>
        <translation>hanya kasus yang memiliki langkah lewat tenggat</translation>
    </message>
    <message>
        <source>only cases where AGENCY owes a step</source>
        <translation>hanya kasus yang langkahnya menjadi tanggungan AGENCY</translation>
    </message>
    <message>
        <source>one case with its worker, timeline and next steps</source>
        <translation>tampilkan satu kasus beserta PMI, kronologi, dan langkah berikutnya</translation>
    </message>
    <message>
        <source>import cases from an .xlsx or .csv register</source>
        <translation>impor kasus dari register .xlsx atau .csv</translation>
    </message>
    <message>
        <source>check every row, import nothing</source>
        <translation>periksa setiap baris tanpa mengimpor apa pun</translation>
    </message>
    <message>
        <source>which field a column holds, when its header is not recognised</source>
        <translation>isian yang dimuat sebuah kolom, bila judul kolomnya tidak dikenali</translation>
    </message>
    <message>
        <source>write cases to an .xlsx or .csv file</source>
        <translation>tulis kasus ke berkas .xlsx atau .csv</translation>
    </message>
    <message>
        <source>correct one field, validated like the form</source>
        <translation>perbaiki satu isian, divalidasi seperti pada formulir</translation>
    </message>
    <message>
        <source>Set up site {code} ({name}) in {database}.</source>
        <translation>Kantor {code} ({name}) telah disiapkan di {database}.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run `jejaring init` first.</source>
        <translation>Jejaring di komputer ini belum disiapkan: jalankan `jejaring init` terlebih dahulu.</translation>
    </message>
    <message>
        <source>Sample cases added: {count}.</source>
        <translation>Kasus contoh yang ditambahkan: {count}.</translation>
    </message>
    <message>
        <source>Cases written to {path}: {count}.</source>
        <translation>Kasus yang ditulis ke {path}: {count}.</translation>
    </message>
    <message>
        <source>  - {what} — {agency} — due {due} (overdue)</source>
        <translation>  - {what} — {agency} — tenggat {due} (lewat tenggat)</translation>
    </message>
    <message>
        <source>  - {what} — {agency} — due {due}</source>
        <translation>  - {what} — {agency} — tenggat {due}</translation>
    </message>
    <message>
        <source>The database is up to date (schema {revision}).</source>
        <translation>Basis data sudah mutakhir (skema {revision}).</translation>
    </message>
    <message>
        <source>Upgraded the database from schema {before} to {after}.</source>
        <translation>Basis data diperbarui dari skema {before} ke {after}.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Cadangan: {path}</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Cadangan ditulis ke {path}.</translation>
    </message>
    <message>
        <source>{number}: {field} set.</source>
        <translation>{number}: {field} telah diisi.</translation>
    </message>
    <message>
        <source>column “{column}” → {field}</source>
        <translation>kolom “{column}” → {field}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>baris {row}: {message}</translation>
    </message>
    <message>
        <source>{valid} rows valid, {invalid} rows with errors; nothing imported (dry run).</source>
        <translation>{valid} baris sah, {invalid} baris mengandung kesalahan; tidak ada yang diimpor (uji coba).</translation>
    </message>
    <message>
        <source>{valid} cases imported; {invalid} rows with errors were skipped.</source>
        <translation>{valid} kasus diimpor; {invalid} baris yang mengandung kesalahan dilewati.</translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation>PMI: {name}</translation>
    </message>
    <message>
        <source>Reported: {date}   Country: {country}   Lead: {lead}</source>
        <translation>Dilaporkan: {date}   Negara: {country}   Penanggung jawab: {lead}</translation>
    </message>
    <message>
        <source>Agencies involved: {codes}</source>
        <translation>Instansi yang terlibat: {codes}</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Langkah berikutnya:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Kronologi:</translation>
    </message>
    <message>
        <source>no command given (the window is opened by the jejaring program)</source>
        <translation>tidak ada perintah (jendela aplikasi dibuka dengan program jejaring)</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>dihentikan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>this site's keys and card, and enrolled peers</source>
        <translation>kunci dan kartu situs ini, serta situs mitra yang terdaftar</translation>
    </message>
    <message>
        <source>write this site's public card (keys are made on first use)</source>
        <translation>tulis kartu publik situs ini (kunci dibuat pada penggunaan pertama)</translation>
    </message>
    <message>
        <source>enrol a peer site from its card</source>
        <translation>daftarkan situs mitra dari kartunya</translation>
    </message>
    <message>
        <source>do not ask to confirm the fingerprint</source>
        <translation>jangan meminta konfirmasi sidik jari</translation>
    </message>
    <message>
        <source>stop trusting a peer site's keys</source>
        <translation>berhenti memercayai kunci situs mitra</translation>
    </message>
    <message>
        <source>enrolled peer sites</source>
        <translation>situs mitra yang terdaftar</translation>
    </message>
    <message>
        <source>mark this site as the hub (the national desk)</source>
        <translation>tandai situs ini sebagai hub (meja nasional)</translation>
    </message>
    <message>
        <source>this site is no longer the hub</source>
        <translation>situs ini bukan lagi hub</translation>
    </message>
    <message>
        <source>exchange bundle files with peer sites</source>
        <translation>bertukar berkas bundel dengan situs mitra</translation>
    </message>
    <message>
        <source>write a bundle of what a peer has not acknowledged</source>
        <translation>tulis bundel berisi apa yang belum dikonfirmasi mitra</translation>
    </message>
    <message>
        <source>verify and apply a bundle file</source>
        <translation>periksa dan terapkan berkas bundel</translation>
    </message>
    <message>
        <source>concurrent edits to review</source>
        <translation>suntingan bersamaan yang perlu ditinjau</translation>
    </message>
    <message>
        <source>the review queue</source>
        <translation>antrean tinjauan</translation>
    </message>
    <message>
        <source>minor fields too</source>
        <translation>termasuk kolom kecil</translation>
    </message>
    <message>
        <source>keep one value of a conflict</source>
        <translation>pertahankan satu nilai dari konflik</translation>
    </message>
    <message>
        <source>the change to keep (SITE:SEQ)</source>
        <translation>perubahan yang dipertahankan (SITUS:URUT)</translation>
    </message>
    <message>
        <source>a merged value, as JSON</source>
        <translation>nilai gabungan, sebagai JSON</translation>
    </message>
    <message>
        <source>Passphrase of this site's keys: </source>
        <translation>Frasa sandi kunci situs ini: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Frasa sandi yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Site card of {code} written to {path}. Fingerprint: {fingerprint}</source>
        <translation>Kartu situs {code} ditulis ke {path}. Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Berkas {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Site {code} ({name}), agency {agency}, country {country}.</source>
        <translation>Situs {code} ({name}), instansi {agency}, negara {country}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <source>Does the fingerprint match what the site read out to you? [y/N] </source>
        <translation>Apakah sidik jari sama dengan yang dibacakan situs tersebut? [y/N] </translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Tidak didaftarkan.</translation>
    </message>
    <message>
        <source>Enrolled site {code}.</source>
        <translation>Situs {code} terdaftar.</translation>
    </message>
    <message>
        <source>Revoked site {code}: its bundles are refused.</source>
        <translation>Situs {code} dicabut: bundelnya ditolak.</translation>
    </message>
    <message>
        <source>This site is the hub.</source>
        <translation>Situs ini adalah hub.</translation>
    </message>
    <message>
        <source>This site is not the hub.</source>
        <translation>Situs ini bukan hub.</translation>
    </message>
    <message>
        <source>No peer sites enrolled.</source>
        <translation>Belum ada situs mitra yang terdaftar.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>Bundle {sequence} for {peer} written to {path}: {changes} changes, {blobs} attachments.</source>
        <translation>Bundel {sequence} untuk {peer} ditulis ke {path}: {changes} perubahan, {blobs} lampiran.</translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender} was imported before; nothing changed.</source>
        <translation>Bundel {sequence} dari {sender} sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {quarantined} quarantined.</source>
        <translation>Bundel {sequence} dari {sender}: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {conflicts} konflik, {quarantined} dikarantina.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Tidak ada konflik.</translation>
    </message>
    <message>
        <source>{value} is not a record id.</source>
        <translation>{value} bukan id catatan.</translation>
    </message>
    <message>
        <source>No such conflict or change to keep.</source>
        <translation>Konflik atau perubahan itu tidak ada.</translation>
    </message>
    <message>
        <source>Conflict resolved; the resolution travels with the next bundles.</source>
        <translation>Konflik diselesaikan; penyelesaiannya ikut dalam bundel berikutnya.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only an SQLite database file can be backed up here; back up a PostgreSQL server with pg_dump.</source>
        <extracomment>Tables that migrations create by hand and the models do not describe (full-text indexes).</extracomment>
        <translation>Di sini hanya berkas basis data SQLite yang dapat dicadangkan; cadangkan server PostgreSQL dengan pg_dump.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jejaring (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>Basis data ini ditulis oleh Jejaring versi yang lebih baru (skema {revision}). Pasang versi yang lebih baru tersebut; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The NIK {nik} does not match the sex given (women have 40 added to the birth day).</source>
        <translation>NIK {nik} tidak sesuai dengan jenis kelamin yang diisikan (untuk perempuan, tanggal lahir ditambah 40).</translation>
    </message>
    <message>
        <source>The NIK {nik} does not match the date of birth given.</source>
        <translation>NIK {nik} tidak sesuai dengan tanggal lahir yang diisikan.</translation>
    </message>
    <message>
        <source>The worker needs at least a name.</source>
        <translation>Data PMI sekurang-kurangnya harus memuat nama.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation>Hanya berkas .xlsx dan .csv yang dapat diimpor.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a spreadsheet.</source>
        <translation>Berkas {path} tidak dapat dibaca sebagai lembar kerja.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>Lembar kerja ini kosong.</translation>
    </message>
    <message>
        <source>The spreadsheet has more than {limit} rows; split it.</source>
        <translation>Lembar kerja ini berisi lebih dari {limit} baris; pecahlah menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>Unknown country: {value}.</source>
        <translation>Negara tidak dikenal: {value}.</translation>
    </message>
    <message>
        <source>Unknown sex: {sex}.</source>
        <translation>Jenis kelamin tidak dikenal: {sex}.</translation>
    </message>
    <message>
        <source>Choose the column that holds: {what}.</source>
        <translation>Pilih kolom yang berisi: {what}.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <translation>Ekspor ke berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <extracomment>stage -&gt; protocol steps that are done once a case reaches it</extracomment>
        <translation>Kasus tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{value} is not an allowed value here.</source>
        <extracomment>None: as the protocol suggests</extracomment>
        <translation>{value} bukan nilai yang diperbolehkan di sini.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Tuliskan apa yang terjadi.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Tugas harus diberi judul.</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Tugas tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>A referral needs a reason.</source>
        <translation>Rujukan harus disertai alasan.</translation>
    </message>
    <message>
        <source>A case cannot be referred to your own agency.</source>
        <translation>Kasus tidak dapat dirujuk ke instansi Anda sendiri.</translation>
    </message>
    <message>
        <source>Returning a referral needs a reason.</source>
        <translation>Pengembalian rujukan harus disertai alasan.</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Rujukan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>This referral has already been answered or withdrawn.</source>
        <translation>Rujukan ini sudah dijawab atau ditarik.</translation>
    </message>
    <message>
        <source>Unknown case category: {category}.</source>
        <translation>Kategori kasus tidak dikenal: {category}.</translation>
    </message>
    <message>
        <source>The report date is in the future.</source>
        <translation>Tanggal laporan berada di masa mendatang.</translation>
    </message>
    <message>
        <source>Priority is 1 (high), 2 or 3 (low).</source>
        <translation>Prioritas bernilai 1 (tinggi), 2, atau 3 (rendah).</translation>
    </message>
    <message>
        <source>{country} is not a two-letter ISO country code.</source>
        <translation>{country} bukan kode negara ISO dua huruf.</translation>
    </message>
    <message>
        <source>That worker no longer exists.</source>
        <translation>Data PMI tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is no officer with the username {username}.</source>
        <translation>Tidak ada petugas dengan nama pengguna {username}.</translation>
    </message>
    <message>
        <source>There is no case with the number {number}.</source>
        <translation>Tidak ada kasus dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Reopening a case needs a reason.</source>
        <translation>Pembukaan kembali kasus harus disertai alasan.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Tulis ya atau tidak.</translation>
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD).</source>
        <extracomment>fields on each page, left column then right column fields that tell whether this worker is already registered</extracomment>
        <translation>{value} bukan tanggal (tulis TTTT-BB-HH, misalnya 2026-11-28).</translation>
    </message>
    <message>
        <source>There is no field called {name}.</source>
        <translation>Tidak ada isian bernama {name}.</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} bukan jumlah uang.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Jumlah uang tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{value} is not a currency code (ISO 4217).</source>
        <translation>{value} bukan kode mata uang (ISO 4217).</translation>
    </message>
    <message>
        <source>The number of sample cases must be between 0 and 1,000,000.</source>
        <extracomment>Destination countries with rough weights (share of complaints), the representation that serves each, and a city. Provinces that send most workers (NIK prefixes), with weights.</extracomment>
        <translation>Jumlah kasus contoh harus antara 0 dan 1.000.000.</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; nothing was added.</source>
        <translation>Pemuatan data contoh dibatalkan; tidak ada data yang ditambahkan.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation>Jejaring di komputer ini belum disiapkan: jalankan penyiapan terlebih dahulu.</translation>
    </message>
    <message>
        <source>A site code has 2 to 16 capital letters, digits or dashes and starts with a letter (for example KBRI-KUL).</source>
        <extracomment>The usual time zone of a representation's country, for meeting times (editable later).</extracomment>
        <translation>Kode kantor terdiri atas 2 sampai 16 huruf kapital, angka, atau tanda hubung dan diawali huruf (misalnya KBRI-KUL).</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>Kantor harus diberi nama.</translation>
    </message>
    <message>
        <source>This desk is already set up as site {code}.</source>
        <translation>Jejaring di komputer ini sudah disiapkan untuk kantor {code}.</translation>
    </message>
    <message>
        <source>A NIP has exactly 18 digits.</source>
        <translation>NIP harus terdiri atas tepat 18 digit.</translation>
    </message>
    <message>
        <source>There is no agency with the code {code}.</source>
        <translation>Tidak ada instansi dengan kode {code}.</translation>
    </message>
    <message>
        <source>The site code {code} already belongs to another agency.</source>
        <translation>Kode kantor {code} sudah dimiliki instansi lain.</translation>
    </message>
    <message>
        <source>A username has 3 to 64 characters: small letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>Nama pengguna terdiri atas 3 sampai 64 karakter: huruf kecil, angka, titik, tanda hubung, atau garis bawah, diawali huruf.</translation>
    </message>
    <message>
        <source>An agency code has 2 to 24 capital letters, digits, dots or dashes.</source>
        <translation>Kode instansi terdiri atas 2 sampai 24 huruf kapital, angka, titik, atau tanda hubung.</translation>
    </message>
    <message>
        <source>The agency needs a name.</source>
        <translation>Instansi harus diberi nama.</translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind}.</source>
        <translation>Jenis instansi tidak dikenal: {kind}.</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation>Kode {code} sudah digunakan oleh {name}.</translation>
    </message>
    <message>
        <source>That agency no longer exists.</source>
        <translation>Instansi tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Instansi tidak dapat menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation>Petugas harus diberi nama.</translation>
    </message>
    <message>
        <source>That e-mail address is not valid.</source>
        <translation>Alamat surel tersebut tidak sah.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Peran tidak dikenal: {role}.</translation>
    </message>
    <message>
        <source>An officer with a username needs a role.</source>
        <translation>Petugas yang memiliki nama pengguna harus diberi peran.</translation>
    </message>
    <message>
        <source>{agency} has no unit with the code {code}.</source>
        <translation>{agency} tidak memiliki unit kerja dengan kode {code}.</translation>
    </message>
    <message>
        <source>There is no site with the code {code}.</source>
        <translation>Tidak ada kantor dengan kode {code}.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>That officer no longer exists.</source>
        <translation>Petugas tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{phone} is not a telephone number.</source>
        <translation>{phone} bukan nomor telepon.</translation>
    </message>
    <message>
        <source>The NIK {nik} is not valid: it needs 16 digits with a real province and birth date.</source>
        <translation>NIK {nik} tidak sah: NIK harus terdiri atas 16 digit dengan kode provinsi dan tanggal lahir yang benar.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Tanggal lahir berada di masa mendatang.</translation>
    </message>
    <message>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Nomor paspor terdiri atas 6 sampai 12 huruf dan angka.</translation>
    </message>
    <message>
        <source>Unknown region code {code}.</source>
        <translation>Kode wilayah {code} tidak dikenal.</translation>
    </message>
    <message>
        <source>The departure date is in the future, but this worker has already left.</source>
        <translation>Tanggal keberangkatan berada di masa mendatang, padahal PMI ini sudah berangkat.</translation>
    </message>
    <message>
        <source>The departure date is before the date of birth.</source>
        <translation>Tanggal keberangkatan lebih awal daripada tanggal lahir.</translation>
    </message>
    <message>
        <source>Cannot map {item}: write COLUMN=FIELD with a column of the file.</source>
        <translation>{item} tidak dapat dipetakan: tulis KOLOM=ISIAN dengan kolom yang ada di berkas.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <extracomment>what officers attach: scans (PDF) and photos, recognised by their first bytes, not their name</extracomment>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Berkas lebih besar dari 50 MB.</translation>
    </message>
    <message>
        <source>Attach a scan (PDF) or a photo (JPEG, PNG, TIFF, GIF or WebP).</source>
        <translation>Lampirkan hasil pindaian (PDF) atau foto (JPEG, PNG, TIFF, GIF, atau WebP).</translation>
    </message>
    <message>
        <source>A standard is between 1 and 365 days.</source>
        <translation>Standar waktu harus antara 1 dan 365 hari.</translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation>Pilih hal yang diadukan.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Tanggal pengaduan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Worker's name</source>
        <extracomment>field -&gt; header spellings met in officers' spreadsheets (compared without case and accents) what each importable field is called, for the mapping preview and the messages</extracomment>
        <translation>Nama PMI</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Family telephone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara penempatan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Majikan</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal keberangkatan</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Kategori kasus</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Tanggal pengaduan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Intake</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>First clarification</source>
        <translation>Klarifikasi pertama</translation>
    </message>
    <message>
        <source>Second clarification</source>
        <translation>Klarifikasi kedua</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediasi</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Petugas kasus</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Kementerian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Badan</translation>
    </message>
    <message>
        <source>Representation abroad</source>
        <translation>Perwakilan RI di luar negeri</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Kantor daerah</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Kepolisian</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigrasi</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>Kependudukan dan pencatatan sipil</translation>
    </message>
    <message>
        <source>Social affairs</source>
        <translation>Sosial</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Lembaga swadaya masyarakat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Layanan telepon (hotline)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Web complaint</source>
        <translation>Pengaduan daring (web)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Aplikasi perpesanan</translation>
    </message>
    <message>
        <source>Referral from another agency</source>
        <translation>Rujukan dari instansi lain</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>PMI yang bersangkutan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Lawyer (power of attorney)</source>
        <translation>Advokat (dengan surat kuasa)</translation>
    </message>
    <message>
        <source>NGO (power of attorney)</source>
        <translation>LSM (dengan surat kuasa)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Another agency</source>
        <translation>Instansi lain</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>Dipulangkan</translation>
    </message>
    <message>
        <source>Wages or compensation recovered</source>
        <translation>Gaji atau ganti rugi diperoleh</translation>
    </message>
    <message>
        <source>Legal outcome</source>
        <translation>Putusan hukum</translation>
    </message>
    <message>
        <source>Remains repatriated</source>
        <translation>Jenazah dipulangkan</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Menunggu jawaban</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Verify the complaint</source>
        <extracomment>Protocol steps: code -&gt; (title marked for translation, attribute of the rule with its standard)</extracomment>
        <translation>Verifikasi pengaduan</translation>
    </message>
    <message>
        <source>First clarification with the party complained of</source>
        <translation>Klarifikasi pertama dengan pihak teradu</translation>
    </message>
    <message>
        <source>Second clarification: commitment to be met</source>
        <translation>Klarifikasi kedua: komitmen yang harus dipenuhi</translation>
    </message>
    <message>
        <source>Accept or return the referral</source>
        <translation>Terima atau kembalikan rujukan</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This bundle file is damaged or truncated; nothing was imported.</source>
        <extracomment>origin -&gt; verified change lines (parsed) origin -&gt; the site that signed the group (the origin, or the relaying sender)</extracomment>
        <translation>Berkas bundel ini rusak atau terpotong; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The bundle's member {name} does not match its signed manifest; nothing was imported.</source>
        <translation>Bagian bundel {name} tidak sesuai dengan manifes yang ditandatangani; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle is larger than any bundle Jejaring writes.</source>
        <extracomment>(sender code) -&gt; its public signing key, or None when unknown; raises SyncError when revoked.</extracomment>
        <translation>Bundel ini lebih besar daripada bundel mana pun yang ditulis Jejaring.</translation>
    </message>
    <message>
        <source>This file is not a Jejaring bundle.</source>
        <translation>Berkas ini bukan bundel Jejaring.</translation>
    </message>
    <message>
        <source>This bundle was not encrypted for this site; nothing was imported.</source>
        <translation>Bundel ini tidak dienkripsi untuk situs ini; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle contains an unsafe entry (a path outside the bundle, a link, or an oversize member); nothing was imported.</source>
        <translation>Bundel ini berisi entri yang tidak aman (jalur di luar bundel, tautan, atau bagian yang terlalu besar); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle has format {format}, newer than this version of Jejaring: update it first.</source>
        <translation>Bundel ini berformat {format}, lebih baru daripada versi Jejaring ini: perbarui dulu aplikasinya.</translation>
    </message>
    <message>
        <source>The bundle's signature is not valid for site {site}; nothing was imported.</source>
        <translation>Tanda tangan bundel tidak sah untuk situs {site}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle is meant for {sites}, not for this site.</source>
        <translation>Bundel ini ditujukan untuk {sites}, bukan untuk situs ini.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer version of Jejaring (schema {schema}): update this desk first.</source>
        <translation>Bundel ini berasal dari versi Jejaring yang lebih baru (skema {schema}): perbarui meja ini dulu.</translation>
    </message>
    <message>
        <source>There is no field {field} of {entity}.</source>
        <extracomment>fields whose conflicts a person reviews (SYNC.md: status, lead agency, risk or priority, deadlines, narrative, outcome, identity); others take the winner quietly</extracomment>
        <translation>Tidak ada kolom {field} pada {entity}.</translation>
    </message>
    <message>
        <source>The value to keep is not valid JSON for {field}.</source>
        <translation>Nilai yang dipertahankan bukan JSON yang sah untuk {field}.</translation>
    </message>
    <message>
        <source>No record {id} of {entity} is held here.</source>
        <translation>Catatan {id} dari {entity} tidak ada di sini.</translation>
    </message>
    <message>
        <source>No enrolled site has the code {code}.</source>
        <translation>Tidak ada situs terdaftar dengan kode {code}.</translation>
    </message>
    <message>
        <source>Site {code} is revoked: nothing is sent to it.</source>
        <translation>Situs {code} dicabut: tidak ada yang dikirim kepadanya.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Berkas {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, a site this desk has not enrolled.</source>
        <translation>Bundel ini ditandatangani oleh {site}, situs yang belum didaftarkan di meja ini.</translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, whose keys were revoked.</source>
        <translation>Bundel ini ditandatangani oleh {site}, yang kuncinya telah dicabut.</translation>
    </message>
    <message>
        <source>The bundle holds a record that clashes with one held here (the same unique value); nothing was imported.</source>
        <translation>Bundel berisi catatan yang berbenturan dengan catatan di sini (nilai unik yang sama); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The bundle could not be applied; nothing was imported.</source>
        <translation>Bundel tidak dapat diterapkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this site's keys.</source>
        <translation>Frasa sandi kunci situs ini salah.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Frasa sandi harus terdiri atas sekurang-kurangnya {count} karakter.</translation>
    </message>
    <message>
        <source>This file is not a Jejaring site card.</source>
        <translation>Berkas ini bukan kartu situs Jejaring.</translation>
    </message>
    <message>
        <source>This site card has a format this version does not know.</source>
        <translation>Kartu situs ini memiliki format yang tidak dikenal versi ini.</translation>
    </message>
    <message>
        <source>The site card's signature does not match its keys: do not trust it.</source>
        <translation>Tanda tangan kartu situs tidak cocok dengan kuncinya: jangan percayai kartu ini.</translation>
    </message>
    <message>
        <source>This site already has its keys.</source>
        <translation>Situs ini sudah memiliki kunci.</translation>
    </message>
    <message>
        <source>This site has no keys yet: run `jejaring site card` first.</source>
        <translation>Situs ini belum memiliki kunci: jalankan `jejaring site card` dulu.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation>Meja ini belum disiapkan: jalankan penyiapan dulu.</translation>
    </message>
    <message>
        <source>This is this site's own card.</source>
        <translation>Ini kartu situs ini sendiri.</translation>
    </message>
    <message>
        <source>Site {code} was revoked with these keys; it needs new keys.</source>
        <translation>Situs {code} dicabut dengan kunci ini; situs itu memerlukan kunci baru.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Case registered</source>
        <translation>Kasus dicatat</translation>
    </message>
    <message>
        <source>Stage changed: {old} → {new}</source>
        <translation>Tahap berubah: {old} → {new}</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>Tugas ditambahkan: {title}</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>Tugas selesai: {title}</translation>
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation>Dirujuk ke {agency}</translation>
    </message>
    <message>
        <source>Referral accepted by {agency}</source>
        <translation>Rujukan diterima oleh {agency}</translation>
    </message>
    <message>
        <source>Referral returned by {agency}</source>
        <translation>Rujukan dikembalikan oleh {agency}</translation>
    </message>
    <message>
        <source>Referral to {agency} withdrawn</source>
        <translation>Rujukan ke {agency} ditarik</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>The NIK's district code is not in the current region list.</source>
        <translation>Kode kecamatan pada NIK tidak ada dalam daftar wilayah yang berlaku.</translation>
    </message>
</context>
</TS>