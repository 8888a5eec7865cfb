<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Kata sandi sementara:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Atur ulang kata sandi {username}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>The officer chooses a new password at the next sign-in; give the temporary one in person.</source>
        <translation>Petugas memilih kata sandi baru saat masuk berikutnya; sampaikan kata sandi sementara secara langsung.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Officers who sign in at this site. Passwords stay on this computer.</source>
        <translation>Petugas yang masuk di kantor ini. Kata sandi hanya disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Tambah akun…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes (0 = never):</source>
        <translation>Kunci jendela setelah sekian menit tidak digunakan (0 = tidak pernah):</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dinonaktifkan</translation>
    </message>
    <message>
        <source>no password here</source>
        <translation>tanpa kata sandi di sini</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
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
        <source>At least {count} characters, with letters and a digit or sign. Kept only on this computer.</source>
        <translation>Paling sedikit {count} karakter, berisi huruf serta angka atau tanda. Hanya disimpan di komputer ini.</translation>
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
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Ulangi kata sandi:</translation>
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
    <name>AgendaItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Tambah butir agenda</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Butir</translation>
    </message>
    <message>
        <source>About &amp;case</source>
        <translation>Tentang &amp;kasus</translation>
    </message>
    <message>
        <source>optional: the case number</source>
        <translation>opsional: nomor kasus</translation>
    </message>
    <message>
        <source>About &amp;letter</source>
        <translation>Tentang &amp;surat</translation>
    </message>
    <message>
        <source>optional: the letter's number or agenda number</source>
        <translation>opsional: nomor surat atau nomor agenda</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The unencrypted copy is kept at {path}: delete it as soon as you can.</source>
        <translation>Salinan yang tidak terenkripsi disimpan di {path}: hapus secepat mungkin.</translation>
    </message>
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
    <name>AttendeeDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the earliest date a period may name; a date edit showing it means "no limit"</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>&amp;Trail</source>
        <translation>&amp;Jejak</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Retensi</translation>
    </message>
    <message>
        <source>&amp;Breaches</source>
        <translation>&amp;Kegagalan PDP</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>case number or kind:id</source>
        <translation>nomor kasus atau jenis:id</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>semua hari</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Tindakan</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Periksa rantai</translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or slipped in since it was written.</source>
        <translation>Periksa bahwa tidak ada entri yang diubah, dihapus, atau disisipkan sejak ditulis.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>What the entry says</source>
        <translation>Isi entri</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry is chained by hash to the one before it.</source>
        <translation>Setiap entri terikat dengan hash ke entri sebelumnya.</translation>
    </message>
    <message>
        <source>Select an entry to see what it recorded.</source>
        <translation>Pilih entri untuk melihat isinya.</translation>
    </message>
    <message>
        <source>Entry {id} by {actor} at {site}: {action}. Hash {hash}…</source>
        <translation>Entri {id} oleh {actor} di {site}: {action}. Hash {hash}…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries verified.</source>
        <translation>Jejak audit utuh: {count} entri diperiksa.</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Ekspor entri audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>{count} entri ditulis ke {path}.</translation>
    </message>
    <message>
        <source>Exporting audit entries…</source>
        <translation>Mengekspor entri audit…</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Register a personal data breach</source>
        <translation>Catat kegagalan pelindungan data pribadi</translation>
    </message>
    <message>
        <source>&amp;Found at</source>
        <translation>&amp;Ditemukan pada</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Uraian kejadian</translation>
    </message>
    <message>
        <source>&amp;Data concerned</source>
        <translation>Data &amp;terdampak</translation>
    </message>
    <message>
        <source>&amp;People concerned</source>
        <translation>&amp;Subjek terdampak</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>&amp;Upaya penanganan</translation>
    </message>
</context>
<context>
    <name>BreachPanel</name>
    <message>
        <source>A breach is notified to the authority and to the people concerned within 3 x 24 hours of finding it.</source>
        <translation>Kegagalan diberitahukan kepada lembaga dan kepada subjek data terdampak paling lambat 3 x 24 jam sejak ditemukan.</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Catat…</translation>
    </message>
    <message>
        <source>The authority</source>
        <translation>Lembaga PDP</translation>
    </message>
    <message>
        <source>The people concerned</source>
        <translation>Subjek data terdampak</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>Catat pemberitahuan</translation>
    </message>
    <message>
        <source>Notification &amp;letter…</source>
        <translation>&amp;Surat pemberitahuan…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>Authority told</source>
        <translation>Lembaga diberi tahu</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Subjek diberi tahu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(terlambat)</translation>
    </message>
    <message>
        <source>Save the notification letter</source>
        <translation>Simpan surat pemberitahuan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Notification {number} saved to {path}.</source>
        <translation>Pemberitahuan {number} disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Date &amp;reported</source>
        <extracomment>the category changed (the protocol's suggestion depends on it) the officer changed the lead or the agencies involved the edit form's second page: who works the case under the agencies: whether they are the protocol's suggestion (the new-case form sets it)</extracomment>
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
        <source>Officers assigned</source>
        <translation>Petugas yang ditugaskan</translation>
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
        <source>The lead agency is always involved. An agency taken off the list keeps what it has done on the timeline; a referral involves its receiver again.</source>
        <translation>Instansi penanggung jawab selalu dilibatkan. Instansi yang dihapus dari daftar tetap tercatat pada kronologi; rujukan melibatkan kembali instansi penerimanya.</translation>
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
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Cetak / PDF…</translation>
    </message>
    <message>
        <source>Print the case's forms or save them as PDF (Ctrl+P)</source>
        <translation>Cetak formulir kasus atau simpan sebagai PDF (Ctrl+P)</translation>
    </message>
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
        <source>&amp;7 Letters and meetings</source>
        <translation>&amp;7 Surat dan rapat</translation>
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
        <source>Sensitive fields of this case (its story, health, violence, child or criminal matters) are hidden: only the officers assigned, the site's supervisors and administrators read them.</source>
        <extracomment>what a case window shows: it refreshes when one of these changed</extracomment>
        <translation>Data sensitif kasus ini (uraian, kesehatan, kekerasan, anak, atau perkara pidana) disembunyikan: hanya petugas yang ditugaskan, penyelia kantor, dan administrator yang dapat membacanya.</translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation>&amp;Buka darurat…</translation>
    </message>
    <message>
        <source>Break the glass: case {number}</source>
        <translation>Buka darurat: kasus {number}</translation>
    </message>
    <message>
        <source>You have no need to know this case's sensitive fields. Say why you must read them: the access is recorded with your reason and visible to the supervisors and auditors.</source>
        <translation>Anda tidak berkepentingan atas data sensitif kasus ini. Jelaskan mengapa Anda harus membacanya: akses ini dicatat beserta alasan Anda dan dapat dilihat penyelia dan auditor.</translation>
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
        <source>Save the personal data report</source>
        <translation>Simpan laporan data pribadi</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Personal data report {number} saved to {path}.</source>
        <translation>Laporan data pribadi {number} disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Preparing the personal data report…</source>
        <translation>Menyiapkan laporan data pribadi…</translation>
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
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and a digit or sign.</source>
        <translation>Paling sedikit {count} karakter, berisi huruf serta angka atau tanda.</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator: choose your own now.</source>
        <translation>Kata sandi Anda diatur ulang oleh administrator: pilih kata sandi Anda sendiri sekarang.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Pilih kata sandi baru.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Chart</source>
        <extracomment>"bar" (shares, horizontal bars), "columns" (vertical, several series) or "line" (a trend) the widest name beside a horizontal bar, in pixels (a third of a card at 1366 px wide)</extracomment>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart, or the chart</source>
        <translation>Tampilkan angka di balik grafik, atau grafiknya</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Gambar (PNG)…</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Lembar kerja (XLSX)…</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Tidak dapat menulis {path}.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
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
    <name>ClassificationDialog</name>
    <message>
        <source>Classification code</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>e.g. PL.01</source>
        <translation>mis. PL.01</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nama dalam bahasa &amp;Inggris</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>&amp;Dipakai</translation>
    </message>
</context>
<context>
    <name>CodesModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
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
    <name>CorrespondenceView</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(konsep)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Balas sebelum</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>sudah dibalas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Persuratan</translation>
    </message>
    <message>
        <source>Letters in and out, their dispositions, and the calls and messages between agencies</source>
        <translation>Surat masuk dan keluar, disposisinya, serta telepon dan pesan antarinstansi</translation>
    </message>
    <message>
        <source>Search number, sender, subject or summary (Ctrl+F)</source>
        <translation>Cari nomor, pengirim, hal, atau ringkasan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any sifat</source>
        <translation>Semua sifat</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Menunggu balasan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>Register incoming…</source>
        <translation>Catat surat masuk…</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>Surat baru…</translation>
    </message>
    <message>
        <source>New memo…</source>
        <translation>Nota dinas baru…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Catat telepon…</translation>
    </message>
    <message>
        <source>Log a call or message (Ctrl+L, from anywhere)</source>
        <translation>Catat telepon atau pesan (Ctrl+L, dari mana saja)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Surat masuk</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Disposisi</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation>Ditujukan kepada</translation>
    </message>
    <message>
        <source>me</source>
        <translation>saya</translation>
    </message>
    <message>
        <source>my unit</source>
        <translation>unit saya</translation>
    </message>
    <message>
        <source>Include finished</source>
        <translation>Termasuk yang selesai</translation>
    </message>
    <message>
        <source>Print today's disposition sheets…</source>
        <translation>Cetak lembar disposisi hari ini…</translation>
    </message>
    <message>
        <source>Every disposition given today, in one PDF, each sheet issued</source>
        <translation>Semua disposisi hari ini dalam satu PDF, setiap lembar diterbitkan</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Choose a letter to see it whole here.</source>
        <translation>Pilih surat untuk melihatnya lengkap di sini.</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Buka pindaian</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Teruskan…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Disposisikan…</translation>
    </message>
    <message>
        <source>Draft reply…</source>
        <translation>Konsep balasan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Tandatangani…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Tandai terkirim</translation>
    </message>
    <message>
        <source>Cancel letter…</source>
        <translation>Batalkan surat…</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Cetak / PDF…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Agenda number</source>
        <translation>Nomor agenda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Their date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>issued when signed</source>
        <translation>diterbitkan saat ditandatangani</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Tempat, tanggal</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>lewat waktu</translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation>menunggu balasan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>The file of this scan is not on this computer yet.</source>
        <translation>Berkas pindaian surat ini belum ada di komputer ini.</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Membalas</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Dibalas dengan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>batas waktu</translation>
    </message>
    <message>
        <source>Save the disposition sheets</source>
        <translation>Simpan lembar disposisi</translation>
    </message>
    <message>
        <source>Disposition sheets printed: {count} ({pages} pages), saved to {path}.</source>
        <translation>Lembar disposisi dicetak: {count} ({pages} halaman), disimpan di {path}.</translation>
    </message>
    <message>
        <source>Printing the disposition sheets…</source>
        <translation>Mencetak lembar disposisi…</translation>
    </message>
    <message>
        <source>Reply to: {subject}</source>
        <translation>Balasan: {subject}</translation>
    </message>
    <message>
        <source>Disposition done</source>
        <translation>Disposisi selesai</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Yang telah dikerjakan</translation>
    </message>
    <message>
        <source>Cancel letter</source>
        <translation>Batalkan surat</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>A number already issued stays in the register, marked cancelled.</source>
        <translation>Nomor yang sudah diterbitkan tetap ada di register dengan tanda batal.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>Terlambat hari ini</translation>
    </message>
    <message>
        <source>Mine and my unit's</source>
        <translation>Milik saya dan unit saya</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>Reported in the period</source>
        <translation>Dilaporkan dalam periode</translation>
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
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Resolved or closed in the period</source>
        <translation>Selesai atau ditutup dalam periode</translation>
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
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation>Kasus per bulan</translation>
    </message>
    <message>
        <source>Reported and closed, each month of the period</source>
        <translation>Dilaporkan dan ditutup, setiap bulan dalam periode</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Menurut tahap</translation>
    </message>
    <message>
        <source>Cases reported in the period, by handling stage</source>
        <translation>Kasus yang dilaporkan dalam periode, menurut tahap penanganan</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Menurut kategori</translation>
    </message>
    <message>
        <source>Cases reported in the period</source>
        <translation>Kasus yang dilaporkan dalam periode</translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation>Menurut negara penempatan</translation>
    </message>
    <message>
        <source>By lead agency</source>
        <translation>Menurut instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Procedural or not</source>
        <translation>Prosedural atau tidak</translation>
    </message>
    <message>
        <source>How the workers departed</source>
        <translation>Cara pekerja berangkat</translation>
    </message>
    <message>
        <source>Within the working-day standard</source>
        <translation>Dalam standar hari kerja</translation>
    </message>
    <message>
        <source>Referrals answered and protocol steps done in time, per agency</source>
        <translation>Rujukan dijawab dan langkah protokol diselesaikan tepat waktu, per instansi</translation>
    </message>
    <message>
        <source>Meetings planned and held</source>
        <translation>Rapat direncanakan dan terlaksana</translation>
    </message>
    <message>
        <source>Per forum, in the period; the whole office</source>
        <translation>Per forum, dalam periode; seluruh kantor</translation>
    </message>
    <message>
        <source>Share of held meetings each agency attended; the whole office</source>
        <translation>Persentase rapat terlaksana yang dihadiri setiap instansi; seluruh kantor</translation>
    </message>
    <message>
        <source>Done on time, done late, overdue; the whole office</source>
        <translation>Selesai tepat waktu, terlambat, lewat tenggat; seluruh kantor</translation>
    </message>
    <message>
        <source>Days since the last bundle; the whole office</source>
        <translation>Hari sejak berkas terakhir; seluruh kantor</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Meeting action items</source>
        <translation>Tindak lanjut rapat</translation>
    </message>
    <message>
        <source>Exchange with other sites</source>
        <translation>Pertukaran dengan kantor lain</translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation>Telepon dan pesan</translation>
    </message>
    <message>
        <source>Share of open cases with a call or message logged in the period</source>
        <translation>Persentase kasus terbuka dengan telepon atau pesan tercatat dalam periode</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Tidak ada dalam periode ini</translation>
    </message>
    <message>
        <source>Write both days of the period.</source>
        <translation>Isi kedua tanggal periode.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Country and category narrow the case, protocol and call figures. Meetings and the exchange with other sites are counted for the whole office: a forum meets about many countries and categories at once.</source>
        <translation>Negara dan kategori mempersempit angka kasus, protokol dan telepon. Rapat dan pertukaran dengan kantor lain dihitung untuk seluruh kantor: satu forum membahas banyak negara dan kategori sekaligus.</translation>
    </message>
    <message>
        <source>{count} things due within a week, {overdue} of them overdue. Open a line to see its record.</source>
        <translation>{count} hal jatuh tempo dalam seminggu, {overdue} di antaranya terlambat. Buka satu baris untuk melihat datanya.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week for you or your unit.</source>
        <translation>Tidak ada yang terlambat atau jatuh tempo minggu ini untuk Anda atau unit Anda.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Referrals answered in time</source>
        <translation>Rujukan dijawab tepat waktu</translation>
    </message>
    <message>
        <source>Steps done in time</source>
        <translation>Langkah selesai tepat waktu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Since sent</source>
        <translation>Sejak dikirim</translation>
    </message>
    <message>
        <source>Since received</source>
        <translation>Sejak diterima</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Open cases with a logged contact</source>
        <translation>Kasus terbuka dengan kontak tercatat</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>HH/BB/TTTT</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Keputusan</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Instansi penanggung jawab</translation>
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
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Another action item</source>
        <translation>Tindak lanjut lain</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Forward the disposition of {reference}</source>
        <translation>Teruskan disposisi {reference}</translation>
    </message>
    <message>
        <source>Dispose letter {reference}</source>
        <translation>Disposisi surat {reference}</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Kepada</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <source>Who of the ticked recipients leads</source>
        <translation>Siapa di antara penerima yang dicentang yang memimpin</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Batas waktu</translation>
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
    <name>DraftLetterDialog</name>
    <message>
        <source>Edit the draft</source>
        <extracomment>the draft being rewritten (None: a new one)</extracomment>
        <translation>Ubah konsep</translation>
    </message>
    <message>
        <source>Draft an outgoing letter</source>
        <translation>Konsep surat keluar</translation>
    </message>
    <message>
        <source>Draft an internal memo</source>
        <translation>Konsep nota dinas</translation>
    </message>
    <message>
        <source>Draft an invitation</source>
        <translation>Konsep surat undangan</translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation>Konsep surat balasan</translation>
    </message>
    <message>
        <source>&amp;Subject (hal)</source>
        <translation>&amp;Hal</translation>
    </message>
    <message>
        <source>&amp;To (position)</source>
        <translation>&amp;Kepada (jabatan)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>Sifa&amp;t</source>
        <translation>Si&amp;fat</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>K&amp;lasifikasi</translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Isi</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>Penan&amp;da tangan</translation>
    </message>
    <message>
        <source>&amp;Copies (tembusan)</source>
        <translation>T&amp;embusan</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>Berkas lam&amp;piran</translation>
    </message>
    <message>
        <source>e.g. Kepala BP2MI</source>
        <translation>mis. Kepala BP2MI</translation>
    </message>
    <message>
        <source>e.g. Jakarta</source>
        <translation>mis. Jakarta</translation>
    </message>
    <message>
        <source>One recipient of a copy per line</source>
        <translation>Satu penerima tembusan per baris</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>(choose when signing)</source>
        <translation>(dipilih saat penandatanganan)</translation>
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
    <message>
        <source>&amp;Complaint and outcome</source>
        <translation>&amp;Pengaduan dan hasil</translation>
    </message>
    <message>
        <source>&amp;Agencies and officers</source>
        <translation>&amp;Instansi dan petugas</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Saved meanwhile by someone else</source>
        <extracomment>fields kept as rows of their own (codes or people): their raw change says nothing to a person</extracomment>
        <translation>Sudah disimpan orang lain sementara itu</translation>
    </message>
    <message>
        <source>Tick the fields where your value should replace theirs; the others keep their value. Your other changes are saved as well.</source>
        <translation>Centang kolom yang nilainya harus diganti dengan nilai Anda; kolom lain tetap berisi nilai mereka. Perubahan Anda yang lain juga disimpan.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Disimpan sementara itu</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pakai milik saya</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>{value} (by {who})</source>
        <translation>{value} (oleh {who})</translation>
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
    <name>EnclosureList</name>
    <message>
        <source>Add attachment…</source>
        <translation>Tambah lampiran…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>PDFs or photos sent with the letter</source>
        <translation>PDF atau foto yang dikirim bersama surat</translation>
    </message>
    <message>
        <source>Attachments of the letter</source>
        <translation>Lampiran surat</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
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
    <name>ForumDialog</name>
    <message>
        <source>Edit forum</source>
        <extracomment>the editor's patterns; "custom" shows the RRULE for typing</extracomment>
        <translation>Ubah forum</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Forum baru</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Hosted by</source>
        <translation>&amp;Tuan rumah</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Bertemu</translation>
    </message>
    <message>
        <source>&amp;Recurrence rule</source>
        <translation>&amp;Aturan pengulangan</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Dengan kata-kata</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Pukul</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>D&amp;urasi</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>T&amp;empat</translation>
    </message>
    <message>
        <source>Online &amp;link</source>
        <translation>Tautan dar&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation>&amp;Sekretariat</translation>
    </message>
    <message>
        <source>Minute-&amp;taker</source>
        <translation>N&amp;otulis</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Pimpinan &amp;rapat</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>An&amp;ggota</translation>
    </message>
    <message>
        <source>e.g. RAKORNAS-PMI</source>
        <translation>mis. RAKORNAS-PMI</translation>
    </message>
    <message>
        <source>e.g. National coordination meeting on informal-sector PMI protection</source>
        <translation>mis. Rapat Koordinasi Nasional Pelindungan PMI Sektor Informal</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>RFC 5545, e.g. FREQ=MONTHLY;BYDAY=2TU for the second Tuesday of the month</source>
        <translation>RFC 5545, mis. FREQ=MONTHLY;BYDAY=2TU untuk Selasa kedua setiap bulan</translation>
    </message>
    <message>
        <source>every month on the</source>
        <translation>setiap bulan pada hari</translation>
    </message>
    <message>
        <source>every month on day</source>
        <translation>setiap bulan pada tanggal</translation>
    </message>
    <message>
        <source>every week on</source>
        <translation>setiap minggu pada hari</translation>
    </message>
    <message>
        <source>by a rule I type</source>
        <translation>menurut aturan yang saya tulis</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>ketiga</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>keempat</translation>
    </message>
    <message>
        <source>last</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <source>every</source>
        <translation>setiap</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> minggu</translation>
    </message>
    <message>
        <source>{date} (moved from {original}: not a working day)</source>
        <translation>{date} (dipindahkan dari {original}: bukan hari kerja)</translation>
    </message>
    <message>
        <source>Next meetings: </source>
        <translation>Rapat berikutnya: </translation>
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
    <name>LawfulBasisDialog</name>
    <message>
        <source>Lawful basis of processing</source>
        <translation>Dasar pemrosesan data pribadi</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Dasar</translation>
    </message>
    <message>
        <source>&amp;Consented on</source>
        <translation>&amp;Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Consent &amp;given</source>
        <translation>&amp;Bentuk persetujuan</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>The letterhead (kop surat) printed at the top of the first page of every document, and the office's paper, font size and margins.</source>
        <translation>Kop surat yang dicetak di bagian atas halaman pertama setiap naskah, serta kertas, ukuran huruf, dan marjin kantor.</translation>
    </message>
    <message>
        <source>&amp;Ministry or agency</source>
        <translation>&amp;Kementerian atau lembaga</translation>
    </message>
    <message>
        <source>A&amp;gency (second line)</source>
        <translation>&amp;Badan (baris kedua)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Faksimile</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Pos-el</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Laman</translation>
    </message>
    <message>
        <source>Place before the &amp;date</source>
        <translation>Tempat sebelum &amp;tanggal</translation>
    </message>
    <message>
        <source>Emblem or logo</source>
        <translation>Lambang atau logo</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>Font si&amp;ze (pt)</source>
        <translation>&amp;Ukuran huruf (pt)</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Marjin atas</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Marjin kiri</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Marjin kanan</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Marjin bawah</translation>
    </message>
    <message>
        <source>e.g. Jakarta</source>
        <translation>mis. Jakarta</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Pilih &amp;gambar…</translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation>&amp;Simpan kop surat</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>&amp;Periksa keaslian naskah…</translation>
    </message>
    <message>
        <source>Check a PDF against the register of documents issued by the offices</source>
        <translation>Periksa PDF terhadap register naskah yang diterbitkan kantor</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The letterhead is saved.</source>
        <translation>Kop surat tersimpan.</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>Periksa keaslian naskah</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Genuine: this file is exactly the document that was issued.</source>
        <translation>Asli: berkas ini persis naskah yang diterbitkan.</translation>
    </message>
    <message>
        <source>Same content: the text is the issued text, but the file was saved again by another program.</source>
        <translation>Isi sama: teksnya sama dengan naskah terbit, tetapi berkas disimpan ulang oleh program lain.</translation>
    </message>
    <message>
        <source>Altered: this file differs from the document that was issued. Do not rely on it.</source>
        <translation>Diubah: berkas ini berbeda dari naskah yang diterbitkan. Jangan dijadikan pegangan.</translation>
    </message>
    <message>
        <source>Unknown: no document with this file's code is in the register (not issued here, or not yet synchronised).</source>
        <translation>Tidak dikenal: tidak ada naskah dengan kode berkas ini di register (bukan terbitan kantor ini, atau belum disinkronkan).</translation>
    </message>
    <message>
        <source>{number} — {title}, issued on {date} by {who} at {site}.</source>
        <translation>{number} — {title}, diterbitkan pada {date} oleh {who} di {site}.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Letter numbers</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>A serial is issued when a letter is signed and restarts each year. Fields: {security} (B, R, SR), {serial}, {unit_code}, {site}, {classification}, {day}, {month:02}, {year}.</source>
        <translation>Nomor urut diterbitkan saat surat ditandatangani dan dimulai lagi setiap tahun. Kolom: {security} (B, R, SR), {serial}, {unit_code}, {site}, {classification}, {day}, {month:02}, {year}.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Internal memos</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Surat undangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Archive classification codes</source>
        <translation>Kode klasifikasi arsip</translation>
    </message>
    <message>
        <source>The codes a letter's number carries, as the archive rules list them.</source>
        <translation>Kode yang dimuat nomor surat, menurut pedoman klasifikasi arsip.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
</context>
<context>
    <name>LinkLetterDialog</name>
    <message>
        <source>Link a letter to case {number}</source>
        <translation>Tautkan surat ke kasus {number}</translation>
    </message>
    <message>
        <source>Letter number, agenda number or words of the subject</source>
        <translation>Nomor surat, nomor agenda atau kata dari perihal</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Tautkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Find a letter</source>
        <translation>&amp;Cari surat</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(belum bernomor)</translation>
    </message>
    <message>
        <source>No letter matches.</source>
        <translation>Tidak ada surat yang cocok.</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Number</source>
        <extracomment>the meetings tree looks like the case window's tables (ui/widgets/tables.py)</extracomment>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(belum bernomor)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Letters linked to the case</source>
        <translation>Surat yang terkait dengan kasus</translation>
    </message>
    <message>
        <source>&amp;Link a letter…</source>
        <translation>&amp;Tautkan surat…</translation>
    </message>
    <message>
        <source>No letters are linked to this case.</source>
        <translation>Belum ada surat yang terkait dengan kasus ini.</translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>The case has not been on a meeting's agenda and has no action items from a meeting.</source>
        <translation>Kasus ini belum pernah masuk agenda rapat dan tidak memiliki tindak lanjut dari rapat.</translation>
    </message>
    <message>
        <source>Meeting / action item</source>
        <translation>Rapat / tindak lanjut</translation>
    </message>
    <message>
        <source>Date / due</source>
        <translation>Tanggal / tenggat</translation>
    </message>
    <message>
        <source>Forum / owner</source>
        <translation>Forum / penanggung jawab</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>terlambat sejak {date}</translation>
    </message>
    <message>
        <source>awaited by {date}</source>
        <translation>ditunggu paling lambat {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential letter(s) linked to the case are not shown to you.</source>
        <translation>
            <numerusform>%n surat rahasia yang terkait dengan kasus ini tidak ditampilkan untuk Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation>dalam agenda</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>selesai {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>the desk is attached and the current view is built (it may still be loading its data)</extracomment>
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
        <source>&amp;Log a call or message…</source>
        <translation>&amp;Catat telepon atau pesan…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <source>L&amp;ock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Kel&amp;uar akun</translation>
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
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
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
        <source>Encrypted Jejaring backup (*.jjb)</source>
        <translation>Cadangan Jejaring terenkripsi (*.jjb)</translation>
    </message>
    <message>
        <source>Jejaring</source>
        <translation>Jejaring</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Kata sandi diganti.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Cadangkan basis data</translation>
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
    <name>MeetingWindow</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Daftar &amp;hadir</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Notula</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>&amp;Tindak lanjut</translation>
    </message>
    <message>
        <source>Confirm and invite</source>
        <translation>Pastikan dan undang</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Pindahkan…</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Batalkan rapat…</translation>
    </message>
    <message>
        <source>Build agenda</source>
        <translation>Susun agenda</translation>
    </message>
    <message>
        <source>Add open action items, cases past their protocol deadline, late referrals and flagged cases</source>
        <translation>Tambahkan tindak lanjut terbuka, kasus yang melewati tenggat protokol, rujukan terlambat, dan kasus yang ditandai</translation>
    </message>
    <message>
        <source>Calendar file (.ics)…</source>
        <translation>Berkas kalender (.ics)…</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Cetak / PDF…</translation>
    </message>
    <message>
        <source>The invitation, the attendance list and the minutes, as PDF or on paper</source>
        <translation>Undangan, daftar hadir dan notula, sebagai PDF atau di kertas</translation>
    </message>
    <message>
        <source>Close minutes</source>
        <translation>Tutup notula</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Tambah butir…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Tambah peserta…</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Simpan notula</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Tambah adendum…</translation>
    </message>
    <message>
        <source>Addendums (corrections after the minutes were closed)</source>
        <translation>Adendum (koreksi setelah notula ditutup)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Catat keputusan…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Alasan masuk agenda</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Diwakili oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>What was discussed under this item</source>
        <translation>Apa yang dibahas pada butir ini</translation>
    </message>
    <message>
        <source>({time} in {zone})</source>
        <translation>(pukul {time} di {zone})</translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation>Pimpinan rapat: {chair}</translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation>notula ditutup</translation>
    </message>
    <message>
        <source>Confirmed: the invitees are invited.</source>
        <translation>Dipastikan: para undangan diundang.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Batalkan rapat</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Added to the agenda: {actions} open action items, {cases} cases past their deadline, {referrals} late referrals, {flagged} flagged cases.</source>
        <translation>Ditambahkan ke agenda: {actions} tindak lanjut terbuka, {cases} kasus lewat tenggat, {referrals} rujukan terlambat, {flagged} kasus yang ditandai.</translation>
    </message>
    <message>
        <source>{count} more late cases or referrals did not fit; see the register's overdue filter.</source>
        <translation>{count} kasus atau rujukan terlambat lainnya tidak dimasukkan; lihat filter "lewat tenggat" pada register.</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Daftar hadir disimpan.</translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation>Notula disimpan.</translation>
    </message>
    <message>
        <source>The minutes are closed; open action items go to the next meeting.</source>
        <translation>Notula ditutup; tindak lanjut yang belum selesai dibawa ke rapat berikutnya.</translation>
    </message>
    <message>
        <source>Addendum to the minutes</source>
        <translation>Adendum notula</translation>
    </message>
    <message>
        <source>&amp;Correction</source>
        <translation>&amp;Koreksi</translation>
    </message>
    <message>
        <source>Choose an action item first.</source>
        <translation>Pilih tindak lanjut terlebih dahulu.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Simpan berkas kalender</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Ditulis: {path}</translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation>Notulen belum disimpan</translation>
    </message>
    <message>
        <source>The minutes have changes that are not saved.</source>
        <translation>Ada perubahan notulen yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save them before the window closes?</source>
        <translation>Simpan sebelum jendela ditutup?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bukti</translation>
    </message>
    <message>
        <source>What shows it is done: a letter number, a report, a receipt</source>
        <translation>Bukti penyelesaian: nomor surat, laporan, tanda terima</translation>
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
        <source>New forum…</source>
        <translation>Forum baru…</translation>
    </message>
    <message>
        <source>Plan meetings</source>
        <translation>Jadwalkan rapat</translation>
    </message>
    <message>
        <source>Extra meeting…</source>
        <translation>Rapat tambahan…</translation>
    </message>
    <message>
        <source>Plan the next three months of every forum from its cadence</source>
        <translation>Jadwalkan rapat tiga bulan ke depan untuk setiap forum menurut jadwal berkalanya</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Include past meetings</source>
        <translation>Termasuk rapat yang sudah lewat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>&amp;Tenggat sampai</translation>
    </message>
    <message>
        <source>Show case tasks of the same owner as well</source>
        <translation>Tampilkan juga tugas kasus dari penanggung jawab yang sama</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Edit forum…</source>
        <translation>Ubah forum…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
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
        <source>Meeting or case</source>
        <translation>Rapat atau kasus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Held / planned</source>
        <translation>Terlaksana / rencana</translation>
    </message>
    <message>
        <source>Days between</source>
        <translation>Jarak (hari)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Actions: on time / overdue</source>
        <translation>Tindak lanjut: tepat waktu / lewat tenggat</translation>
    </message>
    <message>
        <source>Days to done</source>
        <translation>Hari sampai selesai</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>All forums</source>
        <translation>Semua forum</translation>
    </message>
    <message>
        <source>{forums} forums · next meeting: {next}</source>
        <translation>{forums} forum · rapat berikutnya: {next}</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>belum ada yang dijadwalkan</translation>
    </message>
    <message>
        <source>No forum yet: create one with its cadence, and its meetings are planned from it.</source>
        <translation>Belum ada forum: buat forum dengan jadwal berkalanya, dan rapatnya dijadwalkan dari situ.</translation>
    </message>
    <message>
        <source>Moved from {date}: not a working day at the host site, or moved by the secretariat</source>
        <translation>Dipindahkan dari {date}: bukan hari kerja di tempat tuan rumah, atau dipindahkan oleh sekretariat</translation>
    </message>
    <message>
        <source>Meetings on {date}</source>
        <translation>Rapat pada {date}</translation>
    </message>
    <message>
        <source>Meetings in {month}</source>
        <translation>Rapat pada {month}</translation>
    </message>
    <message>
        <source>Figures from 1 January to today: meetings held of those planned, average days between held meetings, share of invited agencies that came, action items done on time and overdue, average days from the meeting to done.</source>
        <translation>Angka sejak 1 Januari sampai hari ini: rapat terlaksana dari yang direncanakan, rata-rata jarak hari antarrapat yang terlaksana, persentase instansi undangan yang hadir, tindak lanjut selesai tepat waktu dan lewat tenggat, rata-rata hari dari rapat sampai selesai.</translation>
    </message>
    <message>
        <source>Case task</source>
        <translation>Tugas kasus</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Tindak lanjut rapat</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} ditampilkan</translation>
    </message>
    <message>
        <source>Choose a meeting's action item first (case tasks are done in the case window).</source>
        <translation>Pilih tindak lanjut rapat terlebih dahulu (tugas kasus diselesaikan di jendela kasus).</translation>
    </message>
    <message>
        <source>Create a forum first.</source>
        <translation>Buat forum terlebih dahulu.</translation>
    </message>
    <message>
        <source>Meetings planned: {count}.</source>
        <translation>Rapat yang dijadwalkan: {count}.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the meeting</source>
        <translation>Pindahkan rapat</translation>
    </message>
    <message>
        <source>New &amp;date</source>
        <translation>&amp;Tanggal baru</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Why the meeting moves (it is recorded and shown)</source>
        <translation>Alasan rapat dipindahkan (dicatat dan ditampilkan)</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted backup</source>
        <extracomment>the passphrase chosen, or None when the officer chose to write the file as it is</extracomment>
        <translation>Cadangan terenkripsi</translation>
    </message>
    <message>
        <source>The backup holds every record of this desk. It is encrypted with a passphrase of its own (at least {count} characters): keep it apart from the backup, without it the backup cannot be restored.</source>
        <translation>Cadangan memuat semua catatan Jejaring di komputer ini. Cadangan dienkripsi dengan frasa sandinya sendiri (minimal {count} karakter): simpan terpisah dari cadangan; tanpa frasa sandi itu cadangan tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Encrypt the file</source>
        <translation>Enkripsi berkas</translation>
    </message>
    <message>
        <source>This file holds personal data. Encrypted with a passphrase (at least {count} characters) it is written as a .age file, opened with the age tool (age -d). Give the passphrase to the recipient by another way than the file.</source>
        <translation>Berkas ini memuat data pribadi. Jika dienkripsi dengan frasa sandi (minimal {count} karakter), berkas ditulis sebagai berkas .age yang dibuka dengan alat age (age -d). Sampaikan frasa sandi kepada penerima melalui jalur lain, bukan bersama berkasnya.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Enkripsi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write &amp;without encryption</source>
        <translation>Tulis &amp;tanpa enkripsi</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PrintDocumentDialog</name>
    <message>
        <source>Coordination protocol</source>
        <extracomment>what the title names (a letter's subject, a forum); by default the record</extracomment>
        <translation>Pedoman koordinasi</translation>
    </message>
    <message>
        <source>Print — {record}</source>
        <translation>Cetak — {record}</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulir</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Complaint intake form</source>
        <translation>Formulir pengaduan</translation>
    </message>
    <message>
        <source>Case summary for referral</source>
        <translation>Ringkasan kasus untuk rujukan</translation>
    </message>
    <message>
        <source>Case chronology</source>
        <translation>Kronologi kasus</translation>
    </message>
    <message>
        <source>Clarification statement</source>
        <translation>Surat pernyataan klarifikasi</translation>
    </message>
    <message>
        <source>Official report of clarification</source>
        <translation>Berita acara klarifikasi</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Surat dinas</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Disposition sheet</source>
        <translation>Lembar disposisi</translation>
    </message>
    <message>
        <source>Invitation, with the list of invitees</source>
        <translation>Surat undangan, dengan daftar undangan</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notula</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English (for foreign authorities)</source>
        <translation>Bahasa Inggris (untuk otoritas asing)</translation>
    </message>
    <message>
        <source>Include identity numbers and contact details</source>
        <translation>Sertakan nomor identitas dan kontak</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <source>Pages in the preview: {pages}. Saving or printing gives the document its number and verification code.</source>
        <translation>Halaman pratinjau: {pages}. Menyimpan atau mencetak memberi naskah nomor dan kode verifikasinya.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{number} saved to {path}.</source>
        <translation>{number} disimpan ke {path}.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Pencetak tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>{number} sent to the printer.</source>
        <translation>{number} dikirim ke pencetak.</translation>
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
    <message>
        <source>&amp;Print as guideline…</source>
        <translation>&amp;Cetak sebagai pedoman…</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Changes an import did not apply. Those relayed by a site that was not yet a hub, or made before the record reached their site, can pass later: release them once the missing bundle has arrived. Those waiting for their record pass by themselves when it arrives. The others can only be discarded.</source>
        <translation>Perubahan yang tidak diterapkan saat impor. Perubahan yang diteruskan oleh kantor yang belum menjadi hub, atau dibuat sebelum catatannya sampai di kantor asalnya, dapat lolos kemudian: lepaskan setelah bundel yang kurang tiba. Perubahan yang menunggu catatannya lolos dengan sendirinya begitu catatan itu tiba. Selebihnya hanya dapat dibuang.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Disisihkan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Release selected</source>
        <translation>Lepaskan yang dipilih</translation>
    </message>
    <message>
        <source>Release all that can pass</source>
        <translation>Lepaskan semua yang dapat lolos</translation>
    </message>
    <message>
        <source>Discard selected…</source>
        <translation>Buang yang dipilih…</translation>
    </message>
    <message>
        <source>%1 (not held here yet)</source>
        <translation>%1 (belum ada di kantor ini)</translation>
    </message>
    <message>
        <source>%1 changes applied, %2 still set aside.</source>
        <translation>%1 perubahan diterapkan, %2 masih disisihkan.</translation>
    </message>
    <message>
        <source>Discard set-aside changes</source>
        <translation>Buang perubahan yang disisihkan</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n set-aside change(s)? They cannot be released afterwards.</source>
        <translation>
            <numerusform>Lupakan %n perubahan yang disisihkan? Perubahan itu tidak dapat dilepaskan lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set-aside change(s) discarded.</source>
        <translation>
            <numerusform>%n perubahan yang disisihkan telah dibuang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a call or message</source>
        <translation>Catat telepon atau pesan</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Saluran</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>A&amp;rah</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Dengan</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Ring&amp;kasan</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Tin&amp;dak lanjut</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue</source>
        <translation>&amp;Batas tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ka&amp;sus</translation>
    </message>
    <message>
        <source>The person spoken with</source>
        <translation>Orang yang diajak bicara</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890 or +60 12 345 6789</source>
        <translation>mis. 0812 3456 7890 atau +60 12 345 6789</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Apa yang dibicarakan atau disepakati</translation>
    </message>
    <message>
        <source>What must happen next (optional)</source>
        <translation>Apa yang harus dilakukan selanjutnya (boleh kosong)</translation>
    </message>
    <message>
        <source>The case number, if it is about a case</source>
        <translation>Nomor kasus, bila menyangkut suatu kasus</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Action item</source>
        <extracomment>replicated table -&gt; an English singular noun phrase naming one record of it
----------
logged column -&gt; an English label for it; a pointer (`..._id`) names what it points at</extracomment>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Butir agenda</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Peserta rapat</translation>
    </message>
    <message>
        <source>Agency involved</source>
        <translation>Instansi yang terlibat</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Kategori kasus</translation>
    </message>
    <message>
        <source>Further category</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Petugas kasus</translation>
    </message>
    <message>
        <source>Case task</source>
        <translation>Tugas kasus</translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Personal data breach</source>
        <translation>Kegagalan pelindungan data pribadi</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposisi</translation>
    </message>
    <message>
        <source>Disposition recipient</source>
        <translation>Penerima disposisi</translation>
    </message>
    <message>
        <source>Disposition instruction</source>
        <translation>Instruksi disposisi</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Forum member</source>
        <translation>Anggota forum</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>Naskah yang diterbitkan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Letter linked to case</source>
        <translation>Surat terkait kasus</translation>
    </message>
    <message>
        <source>Copy recipient</source>
        <translation>Penerima tembusan</translation>
    </message>
    <message>
        <source>Letter file</source>
        <translation>Berkas surat</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Addendum to the minutes</source>
        <translation>Adendum notula</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>Pola penomoran</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Protocol participant</source>
        <translation>Instansi yang dilibatkan menurut protokol</translation>
    </message>
    <message>
        <source>Protocol rule</source>
        <translation>Aturan protokol</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Aturan retensi</translation>
    </message>
    <message>
        <source>Sensitive data access</source>
        <translation>Akses data sensitif</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Kronologi kasus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Addressed to officer</source>
        <translation>Ditujukan kepada petugas</translation>
    </message>
    <message>
        <source>Addressee's place</source>
        <translation>Tempat tujuan</translation>
    </message>
    <message>
        <source>Addressed to unit</source>
        <translation>Ditujukan kepada unit kerja</translation>
    </message>
    <message>
        <source>Agency (second line)</source>
        <translation>Badan (baris kedua)</translation>
    </message>
    <message>
        <source>Agenda number</source>
        <translation>Nomor agenda</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Anonymised at</source>
        <translation>Dianonimkan pada</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Dijawab pada</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Tanggal disetujui</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Authority told</source>
        <translation>Lembaga diberi tahu</translation>
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
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Tanggal dibatalkan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
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
        <source>Consent given</source>
        <translation>Bentuk persetujuan</translation>
    </message>
    <message>
        <source>Consented on</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Hash isi</translation>
    </message>
    <message>
        <source>Counterpart's agency</source>
        <translation>Instansi lawan bicara</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Lawan bicara</translation>
    </message>
    <message>
        <source>Counterpart's phone</source>
        <translation>Telepon lawan bicara</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Entry data</source>
        <translation>Data entri</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Data terdampak</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Dihapus pada</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal keberangkatan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>City abroad</source>
        <translation>Kota di luar negeri</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara penempatan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Pembahasan</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Dokumen yang dikirim</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang telah dikerjakan</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Pos-el</translation>
    </message>
    <message>
        <source>Employer's address</source>
        <translation>Alamat pemberi kerja</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Employer's phone</source>
        <translation>Telepon pemberi kerja</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Waktu selesai</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Family phone</source>
        <translation>Telepon keluarga</translation>
    </message>
    <message>
        <source>Relation to the worker</source>
        <translation>Hubungan dengan PMI</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>File hash</source>
        <translation>Hash berkas</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>First clarification (working days)</source>
        <translation>Klarifikasi pertama (hari kerja)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>Tindak lanjut selesai pada</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Batas tindak lanjut</translation>
    </message>
    <message>
        <source>Font size (0.1 pt)</source>
        <translation>Ukuran huruf (0,1 pt)</translation>
    </message>
    <message>
        <source>For the next meeting</source>
        <translation>Untuk rapat berikutnya</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Jenis naskah</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Ditemukan pada</translation>
    </message>
    <message>
        <source>From agency</source>
        <translation>Dari instansi</translation>
    </message>
    <message>
        <source>From (name)</source>
        <translation>Dari (nama)</translation>
    </message>
    <message>
        <source>From officer</source>
        <translation>Dari petugas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Tanggal diberikan</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Daerah asal</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Tuan rumah</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Membalas</translation>
    </message>
    <message>
        <source>Documents incomplete (days)</source>
        <translation>Dokumen tidak lengkap (hari)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruksi</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation>Pindaian surat</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Dasar pemrosesan</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Emblem or logo</source>
        <translation>Lambang atau logo</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Marjin bawah</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Marjin kiri</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Marjin kanan</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Marjin atas</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Upaya penanganan</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Jenis berkas</translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation>Kementerian atau lembaga</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>Minutes closed at</source>
        <translation>Notula ditutup pada</translation>
    </message>
    <message>
        <source>Minutes closed by</source>
        <translation>Notula ditutup oleh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nama dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>No clarification (working days)</source>
        <translation>Tanpa klarifikasi (hari kerja)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Year of the number</source>
        <translation>Tahun penomoran</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>Tanggal terjadwal</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Tautan daring</translation>
    </message>
    <message>
        <source>Site of origin</source>
        <translation>Kantor asal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
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
        <source>Owner agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
    <message>
        <source>Owner officer</source>
        <translation>Petugas penanggung jawab</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Jumlah halaman</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Induk</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Diteruskan dari</translation>
    </message>
    <message>
        <source>Partner agency abroad</source>
        <translation>Agensi mitra di luar negeri</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Paspor berlaku sampai</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Telepon lain</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan/urutan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Procedural departure</source>
        <translation>Berangkat secara prosedural</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record printed</source>
        <translation>Data yang dicetak</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Referral answer (working days)</source>
        <translation>Jawaban rujukan (hari kerja)</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Tanggal pencatatan</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Balas sebelum</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Tanggal dilaporkan</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Diwakili oleh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Aturan pengulangan</translation>
    </message>
    <message>
        <source>Second clarification (working days)</source>
        <translation>Klarifikasi kedua (hari kerja)</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Sender agency</source>
        <translation>Instansi pengirim</translation>
    </message>
    <message>
        <source>Sender's name</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <source>Sender's number</source>
        <translation>Nomor surat pengirim</translation>
    </message>
    <message>
        <source>Sender unit</source>
        <translation>Unit kerja pengirim</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Tanggal dikirim</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal ditandatangani</translation>
    </message>
    <message>
        <source>Signer's name</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>Signer's NIP</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Signer's position</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Signer's rank</source>
        <translation>Pangkat/golongan penanda tangan</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>BPJS member</source>
        <translation>Peserta BPJS</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Waktu mulai</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Mulai tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason postponed or cancelled</source>
        <translation>Alasan ditunda atau dibatalkan</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Langkah protokol</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Subjek terdampak</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Subjek diberi tahu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Text hash</source>
        <translation>Hash teks</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Complainant unreachable (days)</source>
        <translation>Pengadu tidak dapat dihubungi (hari)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Verification (working days)</source>
        <translation>Verifikasi (hari kerja)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Retention (years)</source>
        <translation>Retensi (tahun)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation>Catat kunci pemulihan</translation>
    </message>
    <message>
        <source>The database of this desk was not encrypted yet; it is encrypted now. Only a password of this site's accounts, or this recovery key, opens it.</source>
        <translation>Basis data Jejaring di komputer ini sebelumnya belum terenkripsi; sekarang sudah. Hanya kata sandi akun kantor ini, atau kunci pemulihan ini, yang dapat membukanya.</translation>
    </message>
    <message>
        <source>The database of this desk is encrypted. Only a password of this site's accounts, or this recovery key, opens it.</source>
        <translation>Basis data Jejaring di komputer ini terenkripsi. Hanya kata sandi akun kantor ini, atau kunci pemulihan ini, yang dapat membukanya.</translation>
    </message>
    <message>
        <source>If every administrator's password is forgotten, this key sets a new one (jejaring user recover USERNAME). It is shown only now: write it on paper and keep it locked away, apart from this computer.</source>
        <translation>Jika kata sandi semua administrator terlupa, kunci ini menetapkan kata sandi baru (jejaring user recover NAMA_PENGGUNA). Kunci hanya ditampilkan sekarang: tulis di kertas dan simpan di tempat terkunci, terpisah dari komputer ini.</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>Saya sudah mencatat kunci pemulihan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
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
    <name>RegisterIncomingDialog</name>
    <message>
        <source>Register an incoming letter</source>
        <translation>Catat surat masuk</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Diterima tanggal</translation>
    </message>
    <message>
        <source>From &amp;agency</source>
        <translation>Dari &amp;instansi</translation>
    </message>
    <message>
        <source>or &amp;outside party</source>
        <translation>atau pihak &amp;luar</translation>
    </message>
    <message>
        <source>Their &amp;number</source>
        <translation>&amp;Nomor surat</translation>
    </message>
    <message>
        <source>Their &amp;date</source>
        <translation>&amp;Tanggal surat</translation>
    </message>
    <message>
        <source>&amp;Subject (hal)</source>
        <translation>&amp;Hal</translation>
    </message>
    <message>
        <source>Sifa&amp;t</source>
        <translation>Si&amp;fat</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>K&amp;lasifikasi</translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Ring&amp;kasan</translation>
    </message>
    <message>
        <source>Reply &amp;by</source>
        <translation>&amp;Balas sebelum</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ka&amp;sus</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>&amp;Pindaian</translation>
    </message>
    <message>
        <source>(an outside party)</source>
        <translation>(pihak luar)</translation>
    </message>
    <message>
        <source>Type to search for the agency</source>
        <translation>Ketik untuk mencari instansi</translation>
    </message>
    <message>
        <source>An employer, a lawyer, a foreign authority, or who signed</source>
        <translation>Majikan, pengacara, otoritas asing, atau penanda tangan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Case numbers, separated by commas</source>
        <translation>Nomor kasus, dipisahkan koma</translation>
    </message>
    <message>
        <source>A PDF or a photo of the letter</source>
        <translation>PDF atau foto surat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation>Pindaian surat</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
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
    <name>RetentionPanel</name>
    <message>
        <source>How long records are kept</source>
        <translation>Lama penyimpanan data</translation>
    </message>
    <message>
        <source>UU 27/2022: personal data ends when its retention ends. The office's rules sync to every site.</source>
        <translation>UU 27/2022: data pribadi berakhir ketika masa retensinya berakhir. Aturan kantor ini tersinkron ke semua kantor.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation>Jatuh tempo untuk dianonimkan</translation>
    </message>
    <message>
        <source>&amp;Anonymise selected…</source>
        <translation>&amp;Anonimkan yang dipilih…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Jatuh tempo sejak</translation>
    </message>
    <message numerus="yes">
        <source>%n records have outlived their retention.</source>
        <translation>
            <numerusform>%n data telah melewati masa retensinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Tidak ada yang jatuh tempo.</translation>
    </message>
    <message>
        <source>Closed case</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Select the records to anonymise first.</source>
        <translation>Pilih dahulu data yang akan dianonimkan.</translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation>Anonimkan data</translation>
    </message>
    <message numerus="yes">
        <source>Blank the personal data of %n records? Names, identity numbers, contacts, notes and scans are removed at every site; the case numbers and the audit trail stay.</source>
        <translation>
            <numerusform>Kosongkan data pribadi dari %n data? Nama, nomor identitas, kontak, catatan, dan pindaian dihapus di semua kantor; nomor kasus dan jejak audit tetap ada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records anonymised.</source>
        <translation>
            <numerusform>%n data dianonimkan.</numerusform>
        </translation>
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
    <name>ScheduleDialog</name>
    <message>
        <source>Extra meeting</source>
        <translation>Rapat tambahan</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>as the forum usually meets</source>
        <translation>seperti tempat rapat forum biasanya</translation>
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
        <source>unlock the encrypted database</source>
        <translation>buka basis data terenkripsi</translation>
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
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
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
    <message>
        <source>this computer</source>
        <translation>komputer ini</translation>
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
        <source>Database</source>
        <translation>Basis data</translation>
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
    <name>Shade</name>
    <message>
        <source>Jejaring is locked</source>
        <translation>Jejaring terkunci</translation>
    </message>
    <message>
        <source>Signed in as {username}. Type your password to go on where you left off.</source>
        <translation>Masuk sebagai {username}. Ketik kata sandi Anda untuk melanjutkan pekerjaan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the letter</source>
        <translation>Tandatangani surat</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Ditandatangani oleh</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Jejaring</source>
        <translation>Masuk ke Jejaring</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Site {site}</source>
        <translation>Kantor {site}</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>This database was made by an earlier version and is not encrypted yet. It is encrypted when you sign in (this can take a minute for a large database).</source>
        <translation>Basis data ini dibuat oleh versi sebelumnya dan belum terenkripsi. Basis data akan dienkripsi saat Anda masuk (untuk basis data besar bisa memakan waktu sekitar satu menit).</translation>
    </message>
    <message>
        <source>Keep an unencrypted copy of the old file (not recommended)</source>
        <translation>Simpan salinan berkas lama yang tidak terenkripsi (tidak disarankan)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Pilih kata sandi baru untuk melanjutkan.</translation>
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
    <name>StartPage</name>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}). The server holds the office {site}: Finish to join it.</source>
        <translation>Terhubung (PostgreSQL {version}). Server ini memuat kantor {site}: klik Selesai untuk bergabung.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}). The database is empty: set up the office on it next.</source>
        <translation>Terhubung (PostgreSQL {version}). Basis data masih kosong: siapkan kantor di dalamnya pada langkah berikut.</translation>
    </message>
    <message>
        <source>Where this desk keeps its data:</source>
        <translation>Tempat Jejaring di komputer ini menyimpan datanya:</translation>
    </message>
    <message>
        <source>This desk works on its own (a database file on this computer)</source>
        <translation>Berdiri sendiri (berkas basis data di komputer ini)</translation>
    </message>
    <message>
        <source>This desk joins an office server (PostgreSQL)</source>
        <translation>Bergabung ke server kantor (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>From your office's IT staff. The password is kept in PostgreSQL's own password file for your user, never in Jejaring's settings.</source>
        <translation>Dari staf TI kantor Anda. Kata sandi disimpan di berkas kata sandi PostgreSQL milik pengguna Anda, tidak pernah di pengaturan Jejaring.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
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
        <translation>Berkas bundel yang ditandatangani dan dienkripsi membawa perubahan antarkantor yang bekerja luring.</translation>
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
        <source>Bundles are exchanged by a supervisor or an administrator of this office.</source>
        <translation>Bundel dipertukarkan oleh penyelia atau administrator kantor ini.</translation>
    </message>
    <message>
        <source>Send everything again to this site…</source>
        <translation>Kirim ulang semuanya ke kantor ini…</translation>
    </message>
    <message>
        <source>After the site restored a backup, or to be sure it holds everything: harmless, only larger.</source>
        <translation>Setelah kantor itu memulihkan cadangan, atau untuk memastikan ia memegang semuanya: aman, hanya lebih besar.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Kantor mitra</translation>
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
        <translation>Kantor yang dikenal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantor</translation>
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
        <source>Missing here</source>
        <translation>Tidak ada di sini</translation>
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
        <translation>
            <numerusform>Konflik (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation>
            <numerusform>Disisihkan (%n)</numerusform>
        </translation>
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
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Disposition of letter</source>
        <translation>Disposisi surat</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Agenda item of meeting</source>
        <translation>Acara rapat</translation>
    </message>
    <message>
        <source>Action item of meeting</source>
        <translation>Tindak lanjut rapat</translation>
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
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <source>Passphrase of this site's keys:</source>
        <translation>Frasa sandi kunci kantor ini:</translation>
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
    <message>
        <source>The next bundle for %1 will carry every change again. Continue?</source>
        <translation>Bundel berikutnya untuk %1 akan memuat semua perubahan lagi. Lanjutkan?</translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation>Kirim ulang semuanya</translation>
    </message>
    <message>
        <source>The next bundle for %1 carries every change again.</source>
        <translation>Bundel berikutnya untuk %1 memuat semua perubahan lagi.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 for %2 written: %n change(s).</source>
        <translation>
            <numerusform>Bundel %1 untuk %2 ditulis: %n perubahan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n are changes %1 made itself and no longer holds (it was put back on an older copy): given back.</source>
        <translation>
            <numerusform>Di antaranya, %n perubahan dibuat oleh %1 sendiri dan tidak lagi dipegangnya (kantor itu dikembalikan ke salinan lama): dikembalikan kepadanya.</numerusform>
        </translation>
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
        <source>%1 counts %2 changes of %3 up to number %4 that this site should hold; at least %5 of them are missing here.</source>
        <translation>%1 mencatat %2 perubahan dari %3 sampai nomor %4 yang seharusnya dimiliki kantor ini; sekurang-kurangnya %5 di antaranya tidak ada di sini.</translation>
    </message>
    <message>
        <source>%1 has taken bundles from this site that this database does not remember sending: it is an older copy of this site's database (a restored backup?). Changes made here since it was put back reuse numbers that %1 holds, and %1 refuses them. If nothing was changed here since, send %1 a bundle: its next bundle gives this site's lost changes back. Otherwise tell your administrator.</source>
        <translation>%1 telah menerima bundel dari kantor ini yang tidak diingat pernah dikirim oleh basis data ini: basis data ini adalah salinan lama basis data kantor ini (cadangan yang dipulihkan?). Perubahan yang dibuat di sini sejak dipulihkan memakai ulang nomor yang sudah dipegang %1, dan %1 menolaknya. Jika sejak itu tidak ada yang diubah di sini, kirimkan bundel kepada %1: bundel balasannya mengembalikan perubahan kantor ini yang hilang. Jika ada, beri tahu administrator Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave back %n change(s) this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</source>
        <translation>
            <numerusform>%1 mengembalikan %n perubahan yang dibuat kantor ini dan hilang ketika kantor ini dikembalikan ke salinan lama: perubahan itu sudah masuk lagi, dan perubahan, kasus, serta surat berikutnya diberi nomor sesudahnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n change(s) this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost (%1 keeps them); tell your administrator.</source>
        <translation>
            <numerusform>%1 memegang %n perubahan yang dibuat kantor ini sebelum dikembalikan ke salinan lama. Perubahan itu tidak diambil kembali, karena perubahan yang dibuat di sini sejak itu memakai nomor atau catatan yang sama. Tidak ada yang hilang (%1 menyimpannya); beri tahu administrator Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to send everything again to this site (from their Sync view).</source>
        <translation>Mintalah administrator %1 mengirim ulang semuanya ke kantor ini (melalui tampilan Sinkronisasi mereka).</translation>
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
    <name>TodayList</name>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Case step</source>
        <translation>Langkah kasus</translation>
    </message>
    <message>
        <source>Referral to answer</source>
        <translation>Rujukan perlu dijawab</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposisi</translation>
    </message>
    <message>
        <source>Letter awaiting reply</source>
        <translation>Surat menunggu balasan</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Tindak lanjut rapat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · terlambat</translation>
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
        <source>Lawful &amp;basis…</source>
        <translation>&amp;Dasar pemrosesan…</translation>
    </message>
    <message>
        <source>Personal data &amp;report…</source>
        <translation>&amp;Laporan data pribadi…</translation>
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
        <source>Personal data protection</source>
        <translation>Pelindungan data pribadi</translation>
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
        <source>Lawful basis</source>
        <translation>Dasar pemrosesan</translation>
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
    <name>audit</name>
    <message>
        <source>created</source>
        <extracomment>what an access entry may say was done</extracomment>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>dicetak</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>diekspor</translation>
    </message>
    <message>
        <source>Audit entry {id} ({at}, by {actor}) was altered after it was written.</source>
        <translation>Entri audit {id} ({at}, oleh {actor}) telah diubah setelah ditulis.</translation>
    </message>
    <message>
        <source>Audit entry {id} ({at}, by {actor}) does not follow the entry before it: an entry was removed or slipped in.</source>
        <translation>Entri audit {id} ({at}, oleh {actor}) tidak menyambung entri sebelumnya: ada entri yang dihapus atau disisipkan.</translation>
    </message>
    <message>
        <source>Audit entries before entry {id} ({at}, by {actor}) were removed.</source>
        <translation>Entri audit sebelum entri {id} ({at}, oleh {actor}) telah dihapus.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>cadence</name>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>ketiga</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>keempat</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>kelima</translation>
    </message>
    <message>
        <source>last</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <source>second-to-last</source>
        <translation>kedua dari akhir</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} dan {last}</translation>
    </message>
    <message>
        <source>every {weekdays}</source>
        <translation>setiap {weekdays}</translation>
    </message>
    <message>
        <source>every {n} weeks on {weekdays}</source>
        <translation>setiap {n} minggu pada hari {weekdays}</translation>
    </message>
    <message>
        <source>every {ordinal} {weekday} of the month</source>
        <translation>setiap {weekday} {ordinal} setiap bulan</translation>
    </message>
    <message>
        <source>every {n} months on the {ordinal} {weekday}</source>
        <translation>setiap {n} bulan pada hari {weekday} {ordinal}</translation>
    </message>
    <message>
        <source>on the last day of every month</source>
        <translation>setiap hari terakhir setiap bulan</translation>
    </message>
    <message>
        <source>on the last day of every {n} months</source>
        <translation>setiap hari terakhir setiap {n} bulan</translation>
    </message>
    <message>
        <source>on day {day} of every month</source>
        <translation>setiap tanggal {day} setiap bulan</translation>
    </message>
    <message>
        <source>on day {day} of every {n} months</source>
        <translation>setiap tanggal {day} setiap {n} bulan</translation>
    </message>
    <message>
        <source>every year on {date}</source>
        <translation>setiap tahun pada tanggal {date}</translation>
    </message>
    <message>
        <source>by the rule {rule}</source>
        <translation>menurut aturan {rule}</translation>
    </message>
    <message>
        <source>, {n} times</source>
        <translation>, sebanyak {n} kali</translation>
    </message>
    <message>
        <source>, until {date}</source>
        <translation>, sampai {date}</translation>
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
        <source>who runs the command (default: JEJARING_USER)</source>
        <translation>siapa yang menjalankan perintah (bawaan: JEJARING_USER)</translation>
    </message>
    <message>
        <source>set up this desk's office and first administrator</source>
        <translation>siapkan kantor dan administrator pertama Jejaring di komputer ini</translation>
    </message>
    <message>
        <source>read the administrator's password from standard input (else JEJARING_PASSWORD, else a prompt)</source>
        <translation>baca kata sandi administrator dari masukan standar (atau JEJARING_PASSWORD, atau ditanyakan)</translation>
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
        <source>read the sensitive fields without a need to know (recorded with the reason)</source>
        <translation>baca data sensitif tanpa kepentingan tugas (dicatat beserta alasannya)</translation>
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
        <source>link a registered letter to a case</source>
        <translation>tautkan surat yang sudah tercatat ke kasus</translation>
    </message>
    <message>
        <source>the letter's number or agenda number</source>
        <translation>nomor surat atau nomor agenda</translation>
    </message>
    <message>
        <source>Password of the first administrator: </source>
        <extracomment>The command areas, in the order `jejaring --help` lists them: each is a module app/cli_&lt;area&gt;.py with `add_commands(commands)` and `COMMANDS` (command name -&gt; handler). Their top levels import nothing heavy (tests/cli/test_lazy_imports.py): a handler imports the services it runs.</extracomment>
        <translation>Kata sandi administrator pertama: </translation>
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
        <source>Letter {reference} linked to case {number}.</source>
        <translation>Surat {reference} ditautkan ke kasus {number}.</translation>
    </message>
    <message>
        <source>Sensitive fields are hidden: you have no need to know. To read them, give a reason: --break-glass REASON (it is recorded).</source>
        <translation>Data sensitif disembunyikan: Anda tidak berkepentingan. Untuk membacanya, beri alasan: --break-glass ALASAN (dicatat).</translation>
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
        <source>Letters:</source>
        <translation>Surat:</translation>
    </message>
    <message>
        <source> (reply overdue since {date})</source>
        <translation> (balasan terlambat sejak {date})</translation>
    </message>
    <message>
        <source> (awaiting reply by {date})</source>
        <translation> (menunggu balasan paling lambat {date})</translation>
    </message>
    <message>
        <source>  and {count} confidential letters you may not read</source>
        <translation>  dan {count} surat rahasia yang tidak boleh Anda baca</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Rapat:</translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation>dalam agenda</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>selesai {date}</translation>
    </message>
    <message>
        <source>due {date} (overdue)</source>
        <translation>tenggat {date} (terlambat)</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>tenggat {date}</translation>
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
        <source>coordination meetings, their agenda and action items</source>
        <translation>rapat koordinasi, agenda, dan tindak lanjutnya</translation>
    </message>
    <message>
        <source>meetings across forums in date order</source>
        <translation>rapat semua forum menurut tanggal</translation>
    </message>
    <message>
        <source>one meeting: agenda, attendance, minutes, decisions, actions</source>
        <translation>satu rapat: agenda, daftar hadir, notula, keputusan, tindak lanjut</translation>
    </message>
    <message>
        <source>write the meeting's calendar invitation (.ics)</source>
        <translation>tulis undangan kalender rapat (.ics)</translation>
    </message>
    <message>
        <source>action items of the meetings, earliest due first</source>
        <translation>tindak lanjut hasil rapat, tenggat terdekat lebih dahulu</translation>
    </message>
    <message>
        <source>only those not done yet</source>
        <translation>hanya yang belum selesai</translation>
    </message>
    <message>
        <source>only those past their due date</source>
        <translation>hanya yang melewati tenggat</translation>
    </message>
    <message>
        <source>only those owned by this agency</source>
        <translation>hanya yang menjadi tanggung jawab instansi ini</translation>
    </message>
    <message>
        <source>an extra meeting of a forum, outside its cadence</source>
        <translation>rapat tambahan suatu forum, di luar jadwal berkalanya</translation>
    </message>
    <message>
        <source>plan the forums' meetings from their cadence</source>
        <translation>jadwalkan rapat forum menurut jadwal berkalanya</translation>
    </message>
    <message>
        <source>pull open actions, overdue cases and late referrals onto the agenda</source>
        <translation>masukkan tindak lanjut terbuka, kasus lewat tenggat, dan rujukan terlambat ke agenda</translation>
    </message>
    <message>
        <source>confirm the date: the invitations go out</source>
        <translation>pastikan tanggal: undangan dikirim</translation>
    </message>
    <message>
        <source>move or postpone a meeting, with the reason</source>
        <translation>pindahkan atau tunda rapat, dengan alasannya</translation>
    </message>
    <message>
        <source>cancel a meeting, with the reason</source>
        <translation>batalkan rapat, dengan alasannya</translation>
    </message>
    <message>
        <source>mark an action item done, with its evidence</source>
        <translation>tandai tindak lanjut selesai, dengan buktinya</translation>
    </message>
    <message>
        <source>regularity per forum: planned vs held, attendance, actions</source>
        <translation>keteraturan per forum: rencana dan terlaksana, kehadiran, tindak lanjut</translation>
    </message>
    <message>
        <source>standing coordination forums</source>
        <translation>forum koordinasi tetap</translation>
    </message>
    <message>
        <source>the forums with their cadence in words</source>
        <translation>daftar forum dengan jadwal berkalanya</translation>
    </message>
    <message>
        <source>create a forum with its cadence</source>
        <translation>buat forum dengan jadwal berkalanya</translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>mis. FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Invitation written to {path}.</source>
        <translation>Undangan ditulis ke {path}.</translation>
    </message>
    <message>
        <source>Meeting added: {id}.</source>
        <translation>Rapat ditambahkan: {id}.</translation>
    </message>
    <message>
        <source>Meetings planned: {count}.</source>
        <translation>Rapat yang dijadwalkan: {count}.</translation>
    </message>
    <message>
        <source>Added to the agenda: {actions} open actions, {cases} overdue cases, {referrals} late referrals, {flagged} flagged cases.</source>
        <translation>Ditambahkan ke agenda: {actions} tindak lanjut terbuka, {cases} kasus lewat tenggat, {referrals} rujukan terlambat, {flagged} kasus yang ditandai.</translation>
    </message>
    <message>
        <source>Meeting confirmed.</source>
        <translation>Rapat dipastikan.</translation>
    </message>
    <message>
        <source>Meeting moved.</source>
        <translation>Rapat dipindahkan.</translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation>Rapat dibatalkan.</translation>
    </message>
    <message>
        <source>Action item done.</source>
        <translation>Tindak lanjut selesai.</translation>
    </message>
    <message>
        <source>{forum}: {held} of {planned} meetings held; {on_time} of {actions} actions done on time, {overdue} overdue</source>
        <translation>{forum}: {held} dari {planned} rapat terlaksana; {on_time} dari {actions} tindak lanjut selesai tepat waktu, {overdue} lewat tenggat</translation>
    </message>
    <message>
        <source>Forum {code} saved: {cadence}.</source>
        <translation>Forum {code} disimpan: {cadence}.</translation>
    </message>
    <message>
        <source>When: {start} – {end} ({zone})</source>
        <translation>Waktu: {start} – {end} ({zone})</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Tempat: {place}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Chair: {chair}   Minutes: {taker}</source>
        <translation>Pimpinan rapat: {chair}   Notulis: {taker}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>     about letter {reference}</source>
        <translation>     tentang surat {reference}</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>Daftar hadir:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Tindak lanjut:</translation>
    </message>
    <message>
        <source>Addendum by {author} at {at}: {text}</source>
        <translation>Adendum oleh {author} pada {at}: {text}</translation>
    </message>
    <message>
        <source>the letter register</source>
        <translation>register surat</translation>
    </message>
    <message>
        <source>list letters (newest first)</source>
        <translation>daftar surat (terbaru dahulu)</translation>
    </message>
    <message>
        <source>only letters still awaiting a reply</source>
        <translation>hanya surat yang masih menunggu balasan</translation>
    </message>
    <message>
        <source>only replies past due</source>
        <translation>hanya balasan yang lewat waktu</translation>
    </message>
    <message>
        <source>one letter with its thread and dispositions</source>
        <translation>satu surat beserta rangkaian balasan dan disposisinya</translation>
    </message>
    <message>
        <source>enter an incoming letter in the agenda</source>
        <translation>catat surat masuk di buku agenda</translation>
    </message>
    <message>
        <source>draft an outgoing letter or memo</source>
        <translation>buat konsep surat keluar atau nota dinas</translation>
    </message>
    <message>
        <source>approve a draft</source>
        <translation>setujui konsep</translation>
    </message>
    <message>
        <source>sign an approved letter: its number is issued</source>
        <translation>tandatangani surat yang disetujui: nomornya diterbitkan</translation>
    </message>
    <message>
        <source>mark a signed letter sent</source>
        <translation>tandai surat yang ditandatangani sebagai terkirim</translation>
    </message>
    <message>
        <source>show or set this site's numbering patterns</source>
        <translation>tampilkan atau atur pola penomoran kantor ini</translation>
    </message>
    <message>
        <source>the log of calls and messages</source>
        <translation>catatan telepon dan pesan</translation>
    </message>
    <message>
        <source>list logged contacts (newest first)</source>
        <translation>daftar komunikasi tercatat (terbaru dahulu)</translation>
    </message>
    <message>
        <source>log a call, message, e-mail or visit</source>
        <translation>catat telepon, pesan, surel, atau kunjungan</translation>
    </message>
    <message>
        <source>Registered as {reference}.</source>
        <translation>Tercatat dengan nomor {reference}.</translation>
    </message>
    <message>
        <source>Draft saved: {id}</source>
        <translation>Konsep disimpan: {id}</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Disetujui.</translation>
    </message>
    <message>
        <source>Signed as {number}.</source>
        <translation>Ditandatangani dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Marked sent.</source>
        <translation>Ditandai terkirim.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Hal: {subject}</translation>
    </message>
    <message>
        <source>From: {sender}  ({number}, {date})</source>
        <translation>Dari: {sender}  ({number}, {date})</translation>
    </message>
    <message>
        <source>Received: {date}   Reply by: {reply_by}</source>
        <translation>Diterima: {date}   Balas sebelum: {reply_by}</translation>
    </message>
    <message>
        <source>To: {addressee}</source>
        <translation>Kepada: {addressee}</translation>
    </message>
    <message>
        <source>Signer: {name}</source>
        <translation>Penanda tangan: {name}</translation>
    </message>
    <message>
        <source>Awaiting a reply (overdue).</source>
        <translation>Menunggu balasan (lewat waktu).</translation>
    </message>
    <message>
        <source>Awaiting a reply.</source>
        <translation>Menunggu balasan.</translation>
    </message>
    <message>
        <source>In reply to: {reference}</source>
        <translation>Membalas: {reference}</translation>
    </message>
    <message>
        <source>Answered by: {reference}</source>
        <translation>Dibalas dengan: {reference}</translation>
    </message>
    <message>
        <source>Copy to: {recipient}</source>
        <translation>Tembusan: {recipient}</translation>
    </message>
    <message>
        <source>On the agenda of: {meeting}</source>
        <translation>Dibahas dalam rapat: {meeting}</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Tercatat.</translation>
    </message>
    <message>
        <source>print an official document to PDF and record it as issued</source>
        <translation>cetak naskah dinas ke PDF dan catat sebagai naskah terbit</translation>
    </message>
    <message>
        <source>the case number; for the protocol: protocol; for the report a period: 2026-11, 2026-Q4 or 2026; for a letter or memo its number; for a disposition sheet the incoming letter's agenda number; for a meeting's forms FORUM/YYYY-MM-DD</source>
        <translation>nomor kasus; untuk protokol: protocol; untuk laporan sebuah periode: 2026-11, 2026-Q4 atau 2026; untuk surat atau nota dinas nomornya; untuk lembar disposisi nomor agenda surat masuk; untuk formulir rapat FORUM/YYYY-MM-DD</translation>
    </message>
    <message>
        <source>for dispositions (every disposition sheet of a day, in one PDF) the day YYYY-MM-DD; for summaries (the case summaries of a month's cases) the month YYYY-MM</source>
        <translation>untuk dispositions (semua lembar disposisi satu hari, dalam satu PDF) tanggal YYYY-MM-DD; untuk summaries (ringkasan kasus dari kasus satu bulan) bulan YYYY-MM</translation>
    </message>
    <message>
        <source>default: the office's paper</source>
        <translation>bawaan: kertas kantor</translation>
    </message>
    <message>
        <source>case summary: print identity numbers and contact details too</source>
        <translation>ringkasan kasus: cetak juga nomor identitas dan kontak</translation>
    </message>
    <message>
        <source>case summary: the receiving agency's code</source>
        <translation>ringkasan kasus: kode instansi penerima</translation>
    </message>
    <message>
        <source>report: every case this desk holds, not only this site's</source>
        <translation>laporan: semua kasus yang ada di komputer ini, tidak hanya kasus kantor ini</translation>
    </message>
    <message>
        <source>check a PDF against the register of issued documents</source>
        <translation>periksa PDF terhadap register naskah terbit</translation>
    </message>
    <message>
        <source>{number} written to {path} (pages: {pages}).</source>
        <translation>{number} ditulis ke {path} (halaman: {pages}).</translation>
    </message>
    <message>
        <source>{count} documents ({first} to {last}) written to {path} (pages: {pages}).</source>
        <translation>{count} dokumen ({first} s.d. {last}) ditulis ke {path} (halaman: {pages}).</translation>
    </message>
    <message>
        <source>This file holds {count} issued documents:</source>
        <translation>Berkas ini memuat {count} dokumen yang diterbitkan:</translation>
    </message>
    <message>
        <source>Document {number} ({title}), issued on {date} by {who} at {site}.</source>
        <translation>Naskah {number} ({title}), diterbitkan pada {date} oleh {who} di {site}.</translation>
    </message>
    <message>
        <source>GENUINE: this file is exactly the document that was issued.</source>
        <translation>ASLI: berkas ini persis naskah yang diterbitkan.</translation>
    </message>
    <message>
        <source>SAME CONTENT: the text is the issued text, but the file was saved again by another program.</source>
        <translation>ISI SAMA: teksnya sama dengan naskah terbit, tetapi berkas disimpan ulang oleh program lain.</translation>
    </message>
    <message>
        <source>ALTERED: this file differs from the document that was issued. Do not rely on it.</source>
        <translation>DIUBAH: berkas ini berbeda dari naskah yang diterbitkan. Jangan dijadikan pegangan.</translation>
    </message>
    <message>
        <source>UNKNOWN: no document with this file's code is in the register (not issued here, or not yet synchronised).</source>
        <translation>TIDAK DIKENAL: tidak ada naskah dengan kode berkas ini di register (bukan terbitan kantor ini, atau belum disinkronkan).</translation>
    </message>
    <message>
        <source>this site's keys and card, and enrolled peers</source>
        <translation>kunci dan kartu kantor ini, serta kantor mitra yang terdaftar</translation>
    </message>
    <message>
        <source>write this site's public card (keys are made on first use)</source>
        <translation>tulis kartu publik kantor ini (kunci dibuat pada penggunaan pertama)</translation>
    </message>
    <message>
        <source>enrol a peer site from its card</source>
        <translation>daftarkan kantor mitra dari kartunya</translation>
    </message>
    <message>
        <source>do not ask to confirm the fingerprint</source>
        <translation>jangan meminta konfirmasi sidik jari</translation>
    </message>
    <message>
        <source>stop trusting a peer site's keys</source>
        <translation>berhenti memercayai kunci kantor mitra</translation>
    </message>
    <message>
        <source>enrolled peer sites</source>
        <translation>kantor mitra yang terdaftar</translation>
    </message>
    <message>
        <source>mark this site as the hub (the national desk)</source>
        <translation>tandai kantor ini sebagai hub (pusat nasional)</translation>
    </message>
    <message>
        <source>this site is no longer the hub</source>
        <translation>kantor ini bukan lagi hub</translation>
    </message>
    <message>
        <source>send a peer everything again with the next bundle</source>
        <translation>kirim ulang semuanya ke kantor mitra dengan bundel berikutnya</translation>
    </message>
    <message>
        <source>exchange bundle files with peer sites</source>
        <translation>bertukar berkas bundel dengan kantor mitra</translation>
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
        <translation>perubahan yang dipertahankan (KANTOR:URUT)</translation>
    </message>
    <message>
        <source>a merged value, as JSON</source>
        <translation>nilai gabungan, sebagai JSON</translation>
    </message>
    <message>
        <source>changes an import set aside</source>
        <translation>perubahan yang disisihkan saat impor</translation>
    </message>
    <message>
        <source>the set-aside changes and why</source>
        <translation>perubahan yang disisihkan dan alasannya</translation>
    </message>
    <message>
        <source>import set-aside changes again (what still fails stays aside)</source>
        <translation>impor lagi perubahan yang disisihkan (yang masih gagal tetap disisihkan)</translation>
    </message>
    <message>
        <source>every change that can pass</source>
        <translation>semua perubahan yang dapat lolos</translation>
    </message>
    <message>
        <source>forget set-aside changes</source>
        <translation>lupakan perubahan yang disisihkan</translation>
    </message>
    <message>
        <source>Passphrase of this site's keys: </source>
        <translation>Frasa sandi kunci kantor ini: </translation>
    </message>
    <message>
        <source>{sender} has taken bundles from this site that this database does not remember sending: it is an older copy of this site's database (a restored backup?). Changes made here since it was put back reuse numbers that {sender} holds, and {sender} refuses them. If nothing was changed here since, send {sender} a bundle: its next bundle gives this site's lost changes back. Otherwise tell your administrator.</source>
        <translation>{sender} telah menerima bundel dari kantor ini yang tidak diingat pernah dikirim oleh basis data ini: basis data ini adalah salinan lama basis data kantor ini (cadangan yang dipulihkan?). Perubahan yang dibuat di sini sejak dipulihkan memakai ulang nomor yang sudah dipegang {sender}, dan {sender} menolaknya. Jika sejak itu tidak ada yang diubah di sini, kirimkan bundel kepada {sender}: bundel balasannya mengembalikan perubahan kantor ini yang hilang. Jika ada, beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>write an encrypted copy of the database (with a passphrase)</source>
        <translation>tulis salinan basis data yang terenkripsi (dengan frasa sandi)</translation>
    </message>
    <message>
        <source>restore an encrypted backup into an empty data folder</source>
        <translation>pulihkan cadangan terenkripsi ke folder data yang kosong</translation>
    </message>
    <message>
        <source>encrypt a database made by an earlier version (done at sign-in anyway)</source>
        <translation>enkripsi basis data buatan versi sebelumnya (dilakukan juga saat masuk)</translation>
    </message>
    <message>
        <source>keep the unencrypted file beside it (not recommended)</source>
        <translation>simpan berkas yang tidak terenkripsi di sampingnya (tidak disarankan)</translation>
    </message>
    <message>
        <source>write FILE.age, encrypted with a passphrase (JEJARING_EXPORT_PASSPHRASE or typed); open it with `age -d`</source>
        <translation>tulis BERKAS.age, terenkripsi dengan frasa sandi (JEJARING_EXPORT_PASSPHRASE atau diketik); buka dengan `age -d`</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Frasa sandi yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>Passphrase for the file: </source>
        <translation>Frasa sandi untuk berkas: </translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Frasa sandi cadangan: </translation>
    </message>
    <message>
        <source>Restored site {code} into {database} ({count} accounts).</source>
        <translation>Kantor {code} dipulihkan ke {database} ({count} akun).</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Frasa sandi untuk cadangan: </translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation>Cadangan terenkripsi ditulis ke {path}.</translation>
    </message>
    <message>
        <source>The unencrypted copy is kept at {path}: delete it as soon as you can.</source>
        <translation>Salinan yang tidak terenkripsi disimpan di {path}: hapus secepat mungkin.</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>Basis data terenkripsi.</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only now; write it down and keep it locked away, apart from this computer): {code}
With it an administrator's forgotten password can be replaced: jejaring user recover USERNAME</source>
        <translation>KUNCI PEMULIHAN (hanya ditampilkan sekarang; catat dan simpan di tempat terkunci, terpisah dari komputer ini): {code}
Dengan kunci ini kata sandi administrator yang terlupa dapat diganti: jejaring user recover NAMA_PENGGUNA</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Kunci pemulihan: </translation>
    </message>
    <message>
        <source>Password of {username} set with the recovery key.</source>
        <translation>Kata sandi {username} ditetapkan dengan kunci pemulihan.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Site card of {code} written to {path}. Fingerprint: {fingerprint}</source>
        <translation>Kartu kantor {code} ditulis ke {path}. Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Berkas {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Site {code} ({name}), agency {agency}, country {country}.</source>
        <translation>Kantor {code} ({name}), instansi {agency}, negara {country}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Sidik jari: {fingerprint}</translation>
    </message>
    <message>
        <source>Does the fingerprint match what the site read out to you? [y/N] </source>
        <translation>Apakah sidik jari sama dengan yang dibacakan kantor tersebut? [y/N] </translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Tidak didaftarkan.</translation>
    </message>
    <message>
        <source>Enrolled site {code}.</source>
        <translation>Kantor {code} terdaftar.</translation>
    </message>
    <message>
        <source>Revoked site {code}: its bundles are refused.</source>
        <translation>Kantor {code} dicabut: bundelnya ditolak.</translation>
    </message>
    <message>
        <source>The next bundle for {code} carries every change again.</source>
        <translation>Bundel berikutnya untuk {code} memuat semua perubahan lagi.</translation>
    </message>
    <message>
        <source>This site is the hub.</source>
        <translation>Kantor ini adalah hub.</translation>
    </message>
    <message>
        <source>This site is not the hub.</source>
        <translation>Kantor ini bukan hub.</translation>
    </message>
    <message>
        <source>No peer sites enrolled.</source>
        <translation>Belum ada kantor mitra yang terdaftar.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>{count} changes missing: ask for a resend</source>
        <translation>{count} perubahan tidak ada: mintalah pengiriman ulang</translation>
    </message>
    <message>
        <source>Bundle {sequence} for {peer} written to {path}: {changes} changes, {blobs} attachments.</source>
        <translation>Bundel {sequence} untuk {peer} ditulis ke {path}: {changes} perubahan, {blobs} lampiran.</translation>
    </message>
    <message>
        <source>Of them, {count} are changes {peer} made itself and no longer holds (it was put back on an older copy): given back.</source>
        <translation>Di antaranya, {count} perubahan dibuat oleh {peer} sendiri dan tidak lagi dipegangnya (kantor itu dikembalikan ke salinan lama): dikembalikan kepadanya.</translation>
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
        <source>{sender} had lost bundles it had acknowledged (a restored backup?): the next bundle for it carries every change again.</source>
        <translation>{sender} kehilangan bundel yang sudah dikonfirmasinya (cadangan yang dipulihkan?): bundel berikutnya untuknya memuat semua perubahan lagi.</translation>
    </message>
    <message>
        <source>{sender} gave back {count} changes this site had made and lost when it was put back on an older copy: they are in again, and its next changes, cases and letters are numbered after them.</source>
        <translation>{sender} mengembalikan {count} perubahan yang dibuat kantor ini dan hilang ketika kantor ini dikembalikan ke salinan lama: perubahan itu sudah masuk lagi, dan perubahan, kasus, serta surat berikutnya diberi nomor sesudahnya.</translation>
    </message>
    <message>
        <source>{sender} holds {count} changes this site made before it was put back on an older copy. They were not taken back, because changes made here since then use the same numbers or records. Nothing is lost ({sender} keeps them); tell your administrator.</source>
        <translation>{sender} memegang {count} perubahan yang dibuat kantor ini sebelum dikembalikan ke salinan lama. Perubahan itu tidak diambil kembali, karena perubahan yang dibuat di sini sejak itu memakai nomor atau catatan yang sama. Tidak ada yang hilang ({sender} menyimpannya); beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>{sender} counts {expected} changes of {origin} up to number {upto} that this site should hold; at least {missing} of them are missing here. Ask the administrator of {sender} to send everything again (`jejaring site resend {site}` there).</source>
        <translation>{sender} mencatat {expected} perubahan dari {origin} sampai nomor {upto} yang seharusnya dimiliki kantor ini; sekurang-kurangnya {missing} di antaranya tidak ada di sini. Mintalah administrator {sender} mengirim ulang semuanya (`jejaring site resend {site}` di sana).</translation>
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
    <message>
        <source>No change is set aside.</source>
        <translation>Tidak ada perubahan yang disisihkan.</translation>
    </message>
    <message>
        <source>{record} (not held here yet)</source>
        <translation>{record} (belum ada di kantor ini)</translation>
    </message>
    <message>
        <source>{count} set-aside changes discarded.</source>
        <translation>{count} perubahan yang disisihkan telah dibuang.</translation>
    </message>
    <message>
        <source>{applied} changes applied, {still} still set aside.</source>
        <translation>{applied} perubahan diterapkan, {still} masih disisihkan.</translation>
    </message>
    <message>
        <source>the dashboard's figures: cases, protocol, meetings, exchange</source>
        <translation>angka dasbor: kasus, protokol, rapat, pertukaran</translation>
    </message>
    <message>
        <source>print JSON (stable keys)</source>
        <translation>cetak JSON (kunci tetap)</translation>
    </message>
    <message>
        <source>first day (default: 11 months back, 1st)</source>
        <translation>hari pertama (bawaan: tanggal 1, 11 bulan lalu)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>hari terakhir (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>only the cases of this site</source>
        <translation>hanya kasus kantor ini</translation>
    </message>
    <message>
        <source>only cases in this country</source>
        <translation>hanya kasus di negara ini</translation>
    </message>
    <message>
        <source>only cases of this category</source>
        <translation>hanya kasus kategori ini</translation>
    </message>
    <message>
        <source>Informal channels: {with_contact} of {open} open cases had a call or message logged ({share})</source>
        <extracomment>the texts `print_text` translates at run time (marked here so lupdate finds them)</extracomment>
        <translation>Saluran informal: {with_contact} dari {open} kasus terbuka memiliki telepon atau pesan tercatat ({share})</translation>
    </message>
    <message>
        <source>Actions on time</source>
        <translation>Tindak lanjut tepat waktu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Attendance at {forum}</source>
        <translation>Kehadiran pada {forum}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Menurut kategori</translation>
    </message>
    <message>
        <source>By departure</source>
        <translation>Menurut keberangkatan</translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation>Menurut negara penempatan</translation>
    </message>
    <message>
        <source>By lead agency</source>
        <translation>Menurut instansi penanggung jawab</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Menurut tahap</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation>Kasus per bulan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>Ditutup dalam periode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Days between</source>
        <translation>Jarak hari</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Exchange: days since the last bundle (the whole office)</source>
        <translation>Pertukaran: hari sejak berkas terakhir (seluruh kantor)</translation>
    </message>
    <message>
        <source>Meetings (the whole office)</source>
        <translation>Rapat (seluruh kantor)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Figures from {first} to {last}</source>
        <translation>Angka dari {first} s.d. {last}</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Life-threatening, open</source>
        <translation>Mengancam jiwa, terbuka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>New in the period</source>
        <translation>Baru dalam periode</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Terbuka sekarang</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Protocol: answered and done within the working-day standard</source>
        <translation>Protokol: dijawab dan diselesaikan dalam standar hari kerja</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Steps due</source>
        <translation>Langkah jatuh tempo</translation>
    </message>
    <message>
        <source>Today: {count} lines, {overdue} overdue</source>
        <translation>Hari ini: {count} baris, {overdue} terlambat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Say who you are: --user USERNAME or the environment variable JEJARING_USER.</source>
        <extracomment>the command needs no current password (it is `user passwd` for oneself)</extracomment>
        <translation>Sebutkan siapa Anda: --user NAMA_PENGGUNA atau variabel lingkungan JEJARING_USER.</translation>
    </message>
    <message>
        <source>Password for {username}: </source>
        <translation>Kata sandi untuk {username}: </translation>
    </message>
    <message>
        <source>The database was not encrypted yet: it is encrypted now.</source>
        <translation>Basis data sebelumnya belum terenkripsi: sekarang sudah dienkripsi.</translation>
    </message>
    <message>
        <source>No password given: set JEJARING_PASSWORD, or run the command in a terminal.</source>
        <translation>Kata sandi tidak diberikan: isi JEJARING_PASSWORD, atau jalankan perintah di terminal.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Ulangi kata sandi yang sama: </translation>
    </message>
    <message>
        <source>accounts of this site's officers</source>
        <translation>akun petugas kantor ini</translation>
    </message>
    <message>
        <source>add an officer with an account</source>
        <translation>tambah petugas beserta akunnya</translation>
    </message>
    <message>
        <source>change your password, or (administrators) reset someone else's</source>
        <translation>ganti kata sandi Anda, atau (administrator) atur ulang kata sandi orang lain</translation>
    </message>
    <message>
        <source>disable an account (it can no longer sign in)</source>
        <translation>nonaktifkan akun (tidak bisa masuk lagi)</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>aktifkan kembali akun yang dinonaktifkan</translation>
    </message>
    <message>
        <source>the accounts of this site</source>
        <translation>akun-akun kantor ini</translation>
    </message>
    <message>
        <source>set an administrator's forgotten password with the office's recovery key</source>
        <translation>tetapkan kata sandi administrator yang terlupa dengan kunci pemulihan kantor</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Kata sandi sementara: </translation>
    </message>
    <message>
        <source>Added {username} ({role}) at {site}.</source>
        <translation>{username} ({role}) ditambahkan di {site}.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Kata sandi saat ini: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Kata sandi diganti.</translation>
    </message>
    <message>
        <source>Password of {username} reset: it must be changed at the next sign-in.</source>
        <translation>Kata sandi {username} diatur ulang: wajib diganti saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>{username} is enabled.</source>
        <translation>{username} diaktifkan.</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} dinonaktifkan.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dinonaktifkan</translation>
    </message>
    <message>
        <source>no password here</source>
        <translation>tanpa kata sandi di sini</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>copy this desk's database into a new, empty PostgreSQL database</source>
        <translation>salin basis data Jejaring di komputer ini ke basis data PostgreSQL baru yang kosong</translation>
    </message>
    <message>
        <source>the empty database, e.g. postgresql://jejaring@server/jejaring</source>
        <translation>basis data kosong, mis. postgresql://jejaring@server/jejaring</translation>
    </message>
    <message>
        <source>Copying {source} to {target} ...</source>
        <translation>Menyalin {source} ke {target} ...</translation>
    </message>
    <message>
        <source>same</source>
        <translation>sama</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>BERBEDA</translation>
    </message>
    <message>
        <source>The copy differs from the source in the tables marked DIFFERENT; do not use it.</source>
        <translation>Salinan berbeda dari sumbernya pada tabel bertanda BERBEDA; jangan gunakan salinan ini.</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables; every table has the same rows. Point the desks at {target}.</source>
        <translation>{rows} baris dalam {tables} tabel disalin; setiap tabel berisi baris yang sama. Arahkan Jejaring di setiap komputer ke {target}.</translation>
    </message>
    <message>
        <source>the audit trail (auditors and administrators)</source>
        <translation>jejak audit (auditor dan administrator)</translation>
    </message>
    <message>
        <source>check that no audit entry was altered, removed or added</source>
        <translation>periksa bahwa tidak ada entri audit yang diubah, dihapus, atau ditambahkan</translation>
    </message>
    <message>
        <source>list audit entries (newest first)</source>
        <translation>daftar entri audit (terbaru dahulu)</translation>
    </message>
    <message>
        <source>write audit entries to an .xlsx or .csv file</source>
        <translation>tulis entri audit ke berkas .xlsx atau .csv</translation>
    </message>
    <message>
        <source>one record, or a case and its worker</source>
        <translation>satu data, atau satu kasus beserta PMI-nya</translation>
    </message>
    <message>
        <source>{count} entries before it are sound.</source>
        <translation>{count} entri sebelumnya utuh.</translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries, chain head {head}.</source>
        <translation>Jejak audit utuh: {count} entri, ujung rantai {head}.</translation>
    </message>
    <message>
        <source>Audit entries written to {path}: {count}.</source>
        <translation>Entri audit ditulis ke {path}: {count}.</translation>
    </message>
    <message>
        <source>a worker's personal data (UU 27/2022)</source>
        <translation>data pribadi seorang PMI (UU 27/2022)</translation>
    </message>
    <message>
        <source>record the lawful basis of processing a worker's data</source>
        <translation>catat dasar pemrosesan data pribadi PMI</translation>
    </message>
    <message>
        <source>all data held about a worker and its processing trail, as a PDF</source>
        <translation>seluruh data yang disimpan tentang PMI beserta jejak pemrosesannya, sebagai PDF</translation>
    </message>
    <message>
        <source>Lawful basis recorded: {basis}.</source>
        <translation>Dasar pemrosesan dicatat: {basis}.</translation>
    </message>
    <message>
        <source>Personal data report {number} written to {path}.</source>
        <translation>Laporan data pribadi {number} ditulis ke {path}.</translation>
    </message>
    <message>
        <source>how long records are kept, and what is due</source>
        <translation>lama penyimpanan data, dan apa yang jatuh tempo</translation>
    </message>
    <message>
        <source>the retention rules (years per kind of record)</source>
        <translation>aturan retensi (tahun per jenis data)</translation>
    </message>
    <message>
        <source>records whose retention has ended (oldest first)</source>
        <translation>data yang masa retensinya berakhir (terlama dahulu)</translation>
    </message>
    <message>
        <source>blank the personal data of records that are due</source>
        <translation>kosongkan data pribadi dari data yang jatuh tempo</translation>
    </message>
    <message>
        <source>every record on the due list</source>
        <translation>semua data dalam daftar jatuh tempo</translation>
    </message>
    <message>
        <source>{kind:&lt;14} {years:&gt;3} years  ({description})</source>
        <translation>{kind:&lt;14} {years:&gt;3} tahun  ({description})</translation>
    </message>
    <message>
        <source>{count} records due for anonymisation.</source>
        <translation>{count} data jatuh tempo untuk dianonimkan.</translation>
    </message>
    <message>
        <source>{count} records anonymised.</source>
        <translation>{count} data dianonimkan.</translation>
    </message>
    <message>
        <source>the register of personal data breaches</source>
        <translation>register kegagalan pelindungan data pribadi</translation>
    </message>
    <message>
        <source>register a breach when it is found</source>
        <translation>catat kegagalan pelindungan data saat ditemukan</translation>
    </message>
    <message>
        <source>site time</source>
        <translation>waktu kantor setempat</translation>
    </message>
    <message>
        <source>which personal data</source>
        <translation>data pribadi apa saja</translation>
    </message>
    <message>
        <source>registered breaches, newest first</source>
        <translation>kegagalan yang tercatat, terbaru dahulu</translation>
    </message>
    <message>
        <source>record when the authority or the people were told</source>
        <translation>catat kapan lembaga atau subjek data diberi tahu</translation>
    </message>
    <message>
        <source>print the notification letter</source>
        <translation>cetak surat pemberitahuan</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (TERLAMBAT)</translation>
    </message>
    <message>
        <source>{number}  found {found}  notice due {deadline}{late}  people: {subjects}</source>
        <translation>{number}  ditemukan {found}  batas pemberitahuan {deadline}{late}  subjek: {subjects}</translation>
    </message>
    <message>
        <source>    authority told: {authority}   people told: {people}</source>
        <translation>    lembaga diberi tahu: {authority}   subjek diberi tahu: {people}</translation>
    </message>
    <message>
        <source>Breach {number} registered.</source>
        <translation>Kegagalan {number} dicatat.</translation>
    </message>
    <message>
        <source>Notification {number} written to {path}.</source>
        <translation>Pemberitahuan {number} ditulis ke {path}.</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Non-procedural</source>
        <extracomment>marked for lupdate (translated at run time in the caller's language)</extracomment>
        <translation>Nonprosedural</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation>Prosedural</translation>
    </message>
    <message>
        <source>Accept or return the referral</source>
        <extracomment>"due this week": within this many days from today marked for lupdate (translated at run time in the caller's language)</extracomment>
        <translation>Terima atau kembalikan rujukan</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>CASE SUMMARY</source>
        <extracomment>the agency the summary is for ("" when it is a general summary)</extracomment>
        <translation>RINGKASAN KASUS</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Ringkasan kasus</translation>
    </message>
    <message>
        <source>for {agency}</source>
        <translation>untuk {agency}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Kasus</translation>
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
        <translation>Instansi yang terlibat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Identity numbers and contact details are left out; ask the issuing office for them.</source>
        <translation>Nomor identitas dan kontak tidak dicantumkan; mintakan kepada kantor penerbit.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>CASE CHRONOLOGY</source>
        <extracomment>local time of the site that prints</extracomment>
        <translation>KRONOLOGI KASUS</translation>
    </message>
    <message>
        <source>Case chronology</source>
        <translation>Kronologi kasus</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>This statement is made truthfully and without pressure from any party, to be used as needed.</source>
        <translation>Demikian pernyataan ini dibuat dengan sebenarnya tanpa tekanan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>first</source>
        <extracomment>1 for the first clarification, 2 for the second (whose commitment is due in 7 days)</extracomment>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation>SURAT PERNYATAAN</translation>
    </message>
    <message>
        <source>Clarification ({stage}) of case {number}</source>
        <translation>Klarifikasi {stage} kasus {number}</translation>
    </message>
    <message>
        <source>The undersigned:</source>
        <translation>Yang bertanda tangan di bawah ini:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Perusahaan atau lembaga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>in answer to the complaint concerning the migrant worker {worker} ({complaint}), states:</source>
        <translation>menanggapi pengaduan mengenai PMI a.n. {worker} ({complaint}), menyatakan:</translation>
    </message>
    <message>
        <source>The undersigned commits to carrying out what is stated above within {days} days of this statement.</source>
        <translation>Yang bertanda tangan di bawah ini berkomitmen melaksanakan hal tersebut di atas paling lambat {days} hari sejak pernyataan ini.</translation>
    </message>
    <message>
        <source>Witness (officer)</source>
        <translation>Saksi (petugas)</translation>
    </message>
    <message>
        <source>The one making the statement</source>
        <translation>Yang membuat pernyataan</translation>
    </message>
    <message>
        <source>Clarification statement</source>
        <translation>Surat pernyataan klarifikasi</translation>
    </message>
    <message>
        <source>OFFICIAL REPORT OF CLARIFICATION</source>
        <translation>BERITA ACARA KLARIFIKASI</translation>
    </message>
    <message>
        <source>On {day}, {date}, at {venue}, the {stage} clarification of the complaint below was held.</source>
        <translation>Pada hari ini {day}, tanggal {date}, bertempat di {venue}, telah dilaksanakan klarifikasi {stage} atas pengaduan sebagai berikut.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Party complained of</source>
        <translation>Pihak teradu</translation>
    </message>
    <message>
        <source>Results of the clarification:</source>
        <translation>Hasil klarifikasi:</translation>
    </message>
    <message>
        <source>Agreed follow-up:</source>
        <translation>Tindak lanjut yang disepakati:</translation>
    </message>
    <message>
        <source>This report is made in truth and signed by the parties.</source>
        <translation>Demikian berita acara ini dibuat dengan sebenarnya dan ditandatangani oleh para pihak.</translation>
    </message>
    <message>
        <source>Official report of clarification</source>
        <translation>Berita acara klarifikasi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Settle it</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Advice / opinion</source>
        <translation>Saran / pendapat</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Koordinasikan</translation>
    </message>
    <message>
        <source>Study it</source>
        <translation>Pelajari</translation>
    </message>
    <message>
        <source>Represent / attend</source>
        <translation>Wakili / hadiri</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>DISPOSITION SHEET</source>
        <extracomment>Biasa, Segera, Sangat Segera (as printed) the English sources of INSTRUCTIONS that are ticked</extracomment>
        <translation>LEMBAR DISPOSISI</translation>
    </message>
    <message>
        <source>Disposition sheet</source>
        <translation>Lembar disposisi</translation>
    </message>
    <message>
        <source>Agenda no.</source>
        <translation>No. agenda</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>No. surat</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Forwarded to:</source>
        <translation>Diteruskan kepada:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Initials and date</source>
        <translation>Paraf dan tanggal</translation>
    </message>
    <message>
        <source>COMPLAINT INTAKE FORM</source>
        <translation>FORMULIR PENGADUAN</translation>
    </message>
    <message>
        <source>Complaint intake form</source>
        <translation>Formulir pengaduan</translation>
    </message>
    <message>
        <source>Case number {number}</source>
        <translation>Nomor kasus {number}</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
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
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Further categories</source>
        <translation>Kategori lain</translation>
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
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>The migrant worker</source>
        <translation>Pekerja Migran Indonesia</translation>
    </message>
    <message>
        <source>In accordance with Article 46 of Law No. 27 of 2022, {office} gives notice of a failure of personal data protection found on {found}.</source>
        <translation>Sesuai dengan Pasal 46 Undang-Undang Nomor 27 Tahun 2022, {office} memberitahukan terjadinya kegagalan pelindungan data pribadi yang ditemukan pada {found}.</translation>
    </message>
    <message>
        <source>We inform you that personal data about you held by {office} was affected by a failure of personal data protection found on {found}.</source>
        <translation>Dengan ini kami memberitahukan bahwa data pribadi Saudara yang disimpan oleh {office} terdampak kegagalan pelindungan data pribadi yang ditemukan pada {found}.</translation>
    </message>
    <message>
        <source>Notification of a personal data breach</source>
        <extracomment>"authority" or "subjects" local times of the site</extracomment>
        <translation>Pemberitahuan kegagalan pelindungan data pribadi</translation>
    </message>
    <message>
        <source>The Personal Data Protection Authority</source>
        <translation>Lembaga Pelindungan Data Pribadi</translation>
    </message>
    <message>
        <source>The persons whose personal data is concerned</source>
        <translation>Subjek data pribadi yang terdampak</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Ditemukan pada</translation>
    </message>
    <message>
        <source>Notice due by</source>
        <translation>Batas pemberitahuan</translation>
    </message>
    <message>
        <source>(3 x 24 hours)</source>
        <translation>(3 x 24 jam)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>Data pribadi yang terdampak</translation>
    </message>
    <message>
        <source>Number of persons concerned</source>
        <translation>Jumlah subjek data terdampak</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Upaya penanganan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>We will report any further findings and measures as they become known.</source>
        <translation>Temuan dan upaya penanganan lebih lanjut akan kami sampaikan segera setelah diketahui.</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Petugas penerima</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Sifat: Biasa, Segera, Sangat Segera, Rahasia, Sangat Rahasia (as printed) Lampiran, e.g. "1 (satu) berkas" or "-" the addressee's position (printed after "Yth.")</extracomment>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Yth.</source>
        <translation>Yth.</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Tembusan:</translation>
    </message>
    <message>
        <source>MEMORANDUM</source>
        <translation>NOTA DINAS</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>Nomor {number}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>{start} {zone} until finished</source>
        <extracomment>"Yth." line: who is invited (e.g. "Bapak/Ibu sebagaimana terlampir") "WIB", "WITA", "waktu setempat" ... printed rows; names already known are filled in, the rest are blank lines to write on corrections written after the minutes were closed: (date and author, text)</extracomment>
        <translation>{start} {zone} s.d. selesai</translation>
    </message>
    <message>
        <source>Day, date</source>
        <translation>Hari, tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>LIST OF INVITEES</source>
        <translation>DAFTAR UNDANGAN</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Position / agency</source>
        <translation>Jabatan / instansi</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Mobile no.</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>NOTULA</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notula</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>A. Participants</source>
        <translation>A. Peserta</translation>
    </message>
    <message>
        <source>B. Agenda</source>
        <translation>B. Acara</translation>
    </message>
    <message>
        <source>C. Discussion</source>
        <translation>C. Pembahasan</translation>
    </message>
    <message>
        <source>D. Decisions</source>
        <translation>D. Keputusan</translation>
    </message>
    <message>
        <source>E. Follow-up</source>
        <translation>E. Tindak lanjut</translation>
    </message>
    <message>
        <source>F. Addendums</source>
        <translation>F. Adendum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>(attribute, label) in the order the forms print them</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Also known as</source>
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
        <source>Place and date of birth</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Alamat asal</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>ReportLab keeps per-font subsetting state in shared objects: one document is laid out at a time (the preview on a reader thread and an issue on the writer thread may otherwise overlap) paper sizes in millimetres (width, height); "half-F4" is the disposition sheet's half folio PNG or JPEG bytes of the emblem or agency logo uploaded by an administrator labels of the pieces above, marked for translation (printed in the document's language)</extracomment>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>Perusahaan penempatan (P3MI)</translation>
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
        <source>Country and city of placement</source>
        <translation>Negara dan kota penempatan</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Jabatan/pekerjaan</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal keberangkatan</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Keberangkatan</translation>
    </message>
    <message>
        <source>This guideline states, for each category of complaint, which agency leads the handling, which agencies must be involved, and within how many working days each step is owed. Working days are counted in the calendar of the agency that owes the step. Where no lead is named, the representation in the worker's country of placement leads.</source>
        <translation>Pedoman ini menetapkan, untuk setiap kategori pengaduan, instansi yang memimpin penanganan, instansi yang wajib dilibatkan, dan dalam berapa hari kerja setiap langkah harus diselesaikan. Hari kerja dihitung menurut kalender instansi yang wajib melaksanakan langkah tersebut. Apabila tidak ditetapkan penanggung jawab, perwakilan RI di negara penempatan PMI yang memimpin.</translation>
    </message>
    <message>
        <source>COORDINATION PROTOCOL</source>
        <translation>PEDOMAN KOORDINASI</translation>
    </message>
    <message>
        <source>Coordination protocol</source>
        <translation>Pedoman koordinasi</translation>
    </message>
    <message>
        <source>for handling complaints of migrant workers</source>
        <translation>penanganan pengaduan Pekerja Migran Indonesia</translation>
    </message>
    <message>
        <source>as in force on {date}</source>
        <translation>sebagaimana berlaku pada {date}</translation>
    </message>
    <message>
        <source>1. Leads and agencies involved</source>
        <translation>1. Penanggung jawab dan instansi yang terlibat</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>2. Response standards (working days)</source>
        <translation>2. Standar waktu penanganan (hari kerja)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>1st clarification</source>
        <translation>Klarifikasi I</translation>
    </message>
    <message>
        <source>2nd clarification</source>
        <translation>Klarifikasi II</translation>
    </message>
    <message>
        <source>Answer a referral</source>
        <translation>Menjawab rujukan</translation>
    </message>
    <message>
        <source>3. Closure rules</source>
        <translation>3. Ketentuan penutupan</translation>
    </message>
    <message>
        <source>Documents incomplete (days)</source>
        <translation>Dokumen tidak lengkap (hari)</translation>
    </message>
    <message>
        <source>No clarification (working days)</source>
        <translation>Tanpa klarifikasi (hari kerja)</translation>
    </message>
    <message>
        <source>Complainant unreachable (days)</source>
        <translation>Pengadu tidak dapat dihubungi (hari)</translation>
    </message>
    <message>
        <source>4. Notes</source>
        <translation>4. Catatan</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <extracomment>"November 2026", "Triwulan IV 2026", "2026" (already in the document's language) "KBRI Kuala Lumpur" or "Nasional" None until the meeting records feed the report</extracomment>
        <translation>Tidak ada pada periode ini.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>PERIODIC COORDINATION REPORT</source>
        <translation>LAPORAN KOORDINASI BERKALA</translation>
    </message>
    <message>
        <source>Periodic coordination report</source>
        <translation>Laporan koordinasi berkala</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Ringkasan</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Kasus diterima</translation>
    </message>
    <message>
        <source>Cases resolved or closed</source>
        <translation>Kasus selesai atau ditutup</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Rujukan dikirim</translation>
    </message>
    <message>
        <source>Referrals answered within the standard</source>
        <translation>Rujukan dijawab sesuai standar waktu</translation>
    </message>
    <message>
        <source>Referrals answered late</source>
        <translation>Rujukan dijawab terlambat</translation>
    </message>
    <message>
        <source>Referrals overdue without an answer</source>
        <translation>Rujukan lewat waktu tanpa jawaban</translation>
    </message>
    <message>
        <source>2. Cases by category</source>
        <translation>2. Kasus menurut kategori</translation>
    </message>
    <message>
        <source>3. Cases by country of placement</source>
        <translation>3. Kasus menurut negara penempatan</translation>
    </message>
    <message>
        <source>4. Cases by stage</source>
        <translation>4. Kasus menurut tahap penanganan</translation>
    </message>
    <message>
        <source>5. Procedural and non-procedural departures</source>
        <translation>5. Keberangkatan prosedural dan nonprosedural</translation>
    </message>
    <message>
        <source>6. Coordination meetings</source>
        <translation>6. Rapat koordinasi</translation>
    </message>
    <message>
        <source>Meeting records are not kept at this desk yet.</source>
        <translation>Catatan rapat belum dikelola di kantor ini.</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Rapat yang direncanakan</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rapat yang terlaksana</translation>
    </message>
    <message>
        <source>Action items due</source>
        <translation>Tindak lanjut yang jatuh tempo</translation>
    </message>
    <message>
        <source>Action items done on time</source>
        <translation>Tindak lanjut selesai tepat waktu</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Pos-el</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>Document number: {number}</source>
        <translation>Nomor naskah: {number}</translation>
    </message>
    <message>
        <source>Check that this document is genuine: jejaring verify, or scan the code.</source>
        <translation>Periksa keaslian naskah ini: jejaring verify, atau pindai kode.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
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
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation>Prosedural</translation>
    </message>
    <message>
        <source>Non-procedural</source>
        <translation>Nonprosedural</translation>
    </message>
    <message>
        <source>The representation in the country of placement</source>
        <translation>Perwakilan RI di negara penempatan</translation>
    </message>
    <message>
        <source>Any other category</source>
        <translation>Kategori lainnya</translation>
    </message>
    <message>
        <source>Quarter {quarter} {year}</source>
        <translation>Triwulan {quarter} {year}</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasional</translation>
    </message>
    <message>
        <source>Official letter</source>
        <extracomment>form code -&gt; its title (marked for translation)</extracomment>
        <translation>Surat dinas</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Meeting invitation</source>
        <translation>Surat undangan rapat</translation>
    </message>
    <message>
        <source>one</source>
        <extracomment>the letter's kinds each form prints the lembar disposisi's boxes (English sources in app/documents/forms/disposition.py), by instruction Indonesian time zones by their IANA names; elsewhere the invitation says "local time"</extracomment>
        <translation>satu</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dua</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tiga</translation>
    </message>
    <message>
        <source>four</source>
        <translation>empat</translation>
    </message>
    <message>
        <source>five</source>
        <translation>lima</translation>
    </message>
    <message>
        <source>six</source>
        <translation>enam</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>tujuh</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>delapan</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>sembilan</translation>
    </message>
    <message>
        <source>{count}{words} file(s)</source>
        <translation>{count}{words} berkas</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>waktu setempat</translation>
    </message>
    <message>
        <source>Invitation: {forum}</source>
        <translation>Undangan {forum}</translation>
    </message>
    <message>
        <source>Sir/Madam, as listed in the annex</source>
        <translation>Bapak/Ibu sebagaimana terlampir</translation>
    </message>
    <message>
        <source>at their offices</source>
        <translation>di Tempat</translation>
    </message>
    <message>
        <source>We respectfully invite you to the {forum}, to be held on:</source>
        <translation>Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri {forum} yang akan diselenggarakan pada:</translation>
    </message>
    <message>
        <source>Given its importance, we look forward to your attendance. Thank you for your attention.</source>
        <translation>Mengingat pentingnya acara tersebut, kami mengharapkan kehadiran Bapak/Ibu. Atas perhatian dan kehadirannya, kami ucapkan terima kasih.</translation>
    </message>
    <message>
        <source>PERSONAL DATA REPORT</source>
        <extracomment>local time of the site that prints</extracomment>
        <translation>LAPORAN DATA PRIBADI</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Laporan data pribadi</translation>
    </message>
    <message>
        <source>under Law No. 27 of 2022 on Personal Data Protection</source>
        <translation>berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Lawful basis of processing</source>
        <translation>Dasar pemrosesan</translation>
    </message>
    <message>
        <source>Particulars of the data subject</source>
        <translation>Identitas subjek data pribadi</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Tanggal pengaduan</translation>
    </message>
    <message>
        <source>Timeline of the cases</source>
        <translation>Riwayat penanganan kasus</translation>
    </message>
    <message>
        <source>Letters about the cases</source>
        <translation>Surat terkait kasus</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Meetings that discussed the cases</source>
        <translation>Rapat yang membahas kasus</translation>
    </message>
    <message>
        <source>Communications about the cases</source>
        <translation>Komunikasi terkait kasus</translation>
    </message>
    <message>
        <source>Processing trail</source>
        <translation>Jejak pemrosesan</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Pemrosesan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>This report lists every record this office holds about the person named above and every recorded processing of those records, as kept in the office's audit trail.</source>
        <translation>Laporan ini memuat seluruh data yang disimpan kantor ini tentang orang tersebut di atas dan setiap pemrosesan data itu yang tercatat dalam jejak audit kantor.</translation>
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
        <source>The verification was cancelled before the end of the trail.</source>
        <extracomment>records that hold personal data about a worker: exporting them (a sync bundle) is logged a detail value of an access entry: codes and numbers only</extracomment>
        <translation>Pemeriksaan dibatalkan sebelum akhir jejak.</translation>
    </message>
    <message>
        <source>“{record}” is neither ENTITY:ID nor a case number of this register.</source>
        <extracomment>(entity, row id) pairs; empty means every record {field: [old, new]} for a change; {code: value} for an access</extracomment>
        <translation>“{record}” bukan JENIS:ID maupun nomor kasus di register ini.</translation>
    </message>
    <message>
        <source>Unknown audit action “{action}”.</source>
        <translation>Tindakan audit “{action}” tidak dikenal.</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file.</source>
        <extracomment>cases read per query while exporting</extracomment>
        <translation>Ekspor ke berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <extracomment>stage -&gt; protocol steps that are done once a case reaches it</extracomment>
        <translation>Kasus tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{value} is not an allowed value here.</source>
        <extracomment>files already on the draft that the officer took off it (update_draft tombstones them)
----------
"in", "out" (outgoing letters and invitations), "memo", or None for all</extracomment>
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
        <source>A password needs at least {count} characters.</source>
        <extracomment>Argon2id with argon2-cffi's defaults (RFC 9106 low memory: 64 MiB, 3 passes, 4 lanes); the parameters live in each hash, so raising them later re-hashes at the next sign-in.</extracomment>
        <translation>Kata sandi paling sedikit {count} karakter.</translation>
    </message>
    <message>
        <source>A password needs letters and at least one digit or sign.</source>
        <translation>Kata sandi harus berisi huruf dan paling sedikit satu angka atau tanda.</translation>
    </message>
    <message>
        <source>A password may not contain the username.</source>
        <translation>Kata sandi tidak boleh memuat nama pengguna.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of this site to enable it.</source>
        <translation>Akun ini dinonaktifkan. Mintalah administrator kantor ini untuk mengaktifkannya.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask an administrator to reset the password.</source>
        <translation>Akun ini terkunci karena terlalu sering salah kata sandi. Coba lagi dalam {minutes} menit, atau mintalah administrator mengatur ulang kata sandi.</translation>
    </message>
    <message>
        <source>Wrong password, for the {count}th time: the account is locked for {minutes} minutes.</source>
        <translation>Kata sandi salah untuk ke-{count} kalinya: akun dikunci selama {minutes} menit.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation>Jejaring di komputer ini belum disiapkan: jalankan penyiapan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator: choose a new one first (jejaring user passwd {username}).</source>
        <translation>Kata sandi Anda diatur ulang oleh administrator: pilih kata sandi baru dahulu (jejaring user passwd {username}).</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Kata sandi baru harus berbeda dari yang lama.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Kata sandi saat ini tidak benar.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>There is no account {username} at this site.</source>
        <translation>Tidak ada akun {username} di kantor ini.</translation>
    </message>
    <message>
        <source>The recovery key sets the password of an administrator only.</source>
        <translation>Kunci pemulihan hanya menetapkan kata sandi administrator.</translation>
    </message>
    <message>
        <source>A site code has 2 to 16 capital letters, digits or dashes and starts with a letter (for example KBRI-KUL).</source>
        <extracomment>The usual time zone of a representation's country, for meeting times (editable later). the first administrator's password (the wizard asks it twice, the CLI prompts)</extracomment>
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
        <extracomment>the case summary prints identity numbers and contacts only when asked the case summary's receiving agency (code); default: the case's open referral the periodic report: every case this desk holds, not only this site's
----------
None: as the protocol suggests
----------
member agencies by code, and officers who attend (their agency becomes a member too)</extracomment>
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
        <source>There is no letter {reference} (or you may not read it).</source>
        <extracomment>roles that read every confidential letter; a supervisor (head of unit) reads those of the unit</extracomment>
        <translation>Tidak ada surat {reference} (atau Anda tidak berhak membacanya).</translation>
    </message>
    <message>
        <source>A letter needs a subject (hal).</source>
        <translation>Surat harus memiliki hal.</translation>
    </message>
    <message>
        <source>The subject is longer than {limit} characters.</source>
        <translation>Hal lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>The number of enclosures must be between 0 and 999.</source>
        <translation>Jumlah lampiran harus antara 0 dan 999.</translation>
    </message>
    <message>
        <source>Unknown archive classification code: {code}.</source>
        <translation>Kode klasifikasi arsip tidak dikenal: {code}.</translation>
    </message>
    <message>
        <source>There is no unit with the code {code}.</source>
        <translation>Tidak ada unit dengan kode {code}.</translation>
    </message>
    <message>
        <source>A letter cannot be received after today.</source>
        <translation>Surat tidak dapat diterima setelah hari ini.</translation>
    </message>
    <message>
        <source>The letter's date is after the day it was received.</source>
        <translation>Tanggal surat jatuh setelah hari surat diterima.</translation>
    </message>
    <message>
        <source>The reply-by date is before the day the letter was received.</source>
        <translation>Batas balasan jatuh sebelum hari surat diterima.</translation>
    </message>
    <message>
        <source>Say who sent the letter: an agency or a name.</source>
        <translation>Sebutkan pengirim surat: instansi atau nama.</translation>
    </message>
    <message>
        <source>A letter needs an addressee (by position).</source>
        <translation>Surat harus memiliki tujuan (jabatan).</translation>
    </message>
    <message>
        <source>A reply answers an incoming letter.</source>
        <translation>Surat balasan menjawab surat masuk.</translation>
    </message>
    <message>
        <source>An incoming letter is not drafted here.</source>
        <translation>Surat masuk tidak dikonsep di sini.</translation>
    </message>
    <message>
        <source>The letter is {status}: that cannot be done now.</source>
        <translation>Surat berstatus {status}: hal itu tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>Choose who signs the letter.</source>
        <translation>Pilih penanda tangan surat.</translation>
    </message>
    <message>
        <source>Cancelling a letter needs a reason.</source>
        <translation>Pembatalan surat memerlukan alasan.</translation>
    </message>
    <message>
        <source>The letter is already cancelled.</source>
        <translation>Surat sudah dibatalkan.</translation>
    </message>
    <message>
        <source>A classification code is letters or digits in dot-separated parts, as PL.01.</source>
        <translation>Kode klasifikasi terdiri atas huruf atau angka yang dipisahkan titik, seperti PL.01.</translation>
    </message>
    <message>
        <source>The classification code needs a name.</source>
        <translation>Kode klasifikasi harus memiliki nama.</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation>Kode {code} sudah digunakan oleh {name}.</translation>
    </message>
    <message>
        <source>That classification code no longer exists.</source>
        <translation>Kode klasifikasi itu sudah tidak ada.</translation>
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
        <source>That officer is not on record.</source>
        <translation>Petugas itu tidak tercatat.</translation>
    </message>
    <message>
        <source>An online meeting link starts with https://.</source>
        <translation>Tautan rapat daring diawali dengan https://.</translation>
    </message>
    <message>
        <source>A forum needs a short code.</source>
        <translation>Forum memerlukan kode singkat.</translation>
    </message>
    <message>
        <source>A forum code has up to 24 letters, digits or hyphens.</source>
        <translation>Kode forum terdiri atas paling banyak 24 huruf, angka, atau tanda hubung.</translation>
    </message>
    <message>
        <source>A forum needs a name.</source>
        <translation>Forum memerlukan nama.</translation>
    </message>
    <message>
        <source>A meeting lasts between 15 minutes and 12 hours.</source>
        <translation>Rapat berlangsung antara 15 menit dan 12 jam.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>There is no site with the code {code}.</source>
        <translation>Tidak ada kantor dengan kode {code}.</translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation>Tidak ada negara dengan kode {code}.</translation>
    </message>
    <message>
        <source>There is no case category {code}.</source>
        <translation>Tidak ada kategori kasus {code}.</translation>
    </message>
    <message>
        <source>Another forum already has the code {code}.</source>
        <translation>Forum lain sudah memakai kode {code}.</translation>
    </message>
    <message>
        <source>That forum no longer exists.</source>
        <translation>Forum itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is no forum with the code {code}.</source>
        <translation>Tidak ada forum dengan kode {code}.</translation>
    </message>
    <message>
        <source>Plan between 1 and {max} months ahead.</source>
        <translation>Jadwalkan antara 1 dan {max} bulan ke depan.</translation>
    </message>
    <message>
        <source>A meeting ends after it starts.</source>
        <translation>Rapat harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Rapat itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>This meeting has already been held or cancelled.</source>
        <translation>Rapat ini sudah terlaksana atau dibatalkan.</translation>
    </message>
    <message>
        <source>Say why the meeting is moved.</source>
        <translation>Sebutkan alasan rapat dipindahkan.</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation>Sebutkan alasan rapat dibatalkan.</translation>
    </message>
    <message>
        <source>There is no meeting {reference}.</source>
        <translation>Tidak ada rapat {reference}.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>Route the letter to at least one officer or unit.</source>
        <translation>Tujukan surat kepada sedikitnya satu petugas atau unit.</translation>
    </message>
    <message>
        <source>Each recipient is either an officer or a unit.</source>
        <translation>Setiap penerima adalah seorang petugas atau sebuah unit.</translation>
    </message>
    <message>
        <source>A recipient is named twice.</source>
        <translation>Seorang penerima disebut dua kali.</translation>
    </message>
    <message>
        <source>Mark exactly one recipient as the lead.</source>
        <translation>Tandai tepat satu penerima sebagai penanggung jawab.</translation>
    </message>
    <message>
        <source>Unknown disposition instruction.</source>
        <translation>Instruksi disposisi tidak dikenal.</translation>
    </message>
    <message>
        <source>The deadline is before today.</source>
        <translation>Batas waktu jatuh sebelum hari ini.</translation>
    </message>
    <message>
        <source>That officer no longer exists.</source>
        <translation>Petugas tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>That unit no longer exists.</source>
        <translation>Unit itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only a registered incoming letter is disposed.</source>
        <translation>Hanya surat masuk yang sudah dicatat yang dapat didisposisikan.</translation>
    </message>
    <message>
        <source>That disposition no longer exists.</source>
        <translation>Disposisi itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>This disposition has already been done or forwarded.</source>
        <translation>Disposisi ini sudah selesai atau sudah diteruskan.</translation>
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
        <source>The output file must end in .pdf.</source>
        <translation>Berkas keluaran harus berakhiran .pdf.</translation>
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
    <message>
        <source>{value} is not a date: write YYYY-MM-DD.</source>
        <translation>{value} bukan tanggal: tulis TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>{value} is not a time of day: write HH:MM.</source>
        <translation>{value} bukan jam: tulis JJ:MM.</translation>
    </message>
    <message>
        <source>{value} is not an action item's id.</source>
        <translation>{value} bukan id tindak lanjut.</translation>
    </message>
    <message>
        <source>“{rule}” is not a recurrence rule (RFC 5545 RRULE).</source>
        <extracomment>filters that can make a rule empty (February the 30th); without them a rule always occurs one Gregorian cycle (400 years) in each frequency's unit; weekdays repeat with it exactly</extracomment>
        <translation>“{rule}” bukan aturan pengulangan (RRULE RFC 5545).</translation>
    </message>
    <message>
        <source>Give the forum's cadence as a recurrence rule.</source>
        <translation>Isi jadwal berkala forum sebagai aturan pengulangan.</translation>
    </message>
    <message>
        <source>A forum meets weekly, monthly or yearly (FREQ=WEEKLY, MONTHLY or YEARLY).</source>
        <translation>Forum bertemu mingguan, bulanan, atau tahunan (FREQ=WEEKLY, MONTHLY, atau YEARLY).</translation>
    </message>
    <message>
        <source>The interval of a cadence is between 1 and {max}.</source>
        <translation>Selang jadwal berkala antara 1 dan {max}.</translation>
    </message>
    <message>
        <source>This recurrence rule never gives a date: check the days and months it names.</source>
        <translation>Aturan pengulangan ini tidak pernah menghasilkan tanggal: periksa hari dan bulan yang disebutkan.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone (for example Asia/Jakarta).</source>
        <translation>“{zone}” bukan zona waktu (misalnya Asia/Jakarta).</translation>
    </message>
    <message>
        <source>The minutes of this meeting are closed: write an addendum instead.</source>
        <extracomment>at most this many overdue cases, and as many late referrals, are pulled onto one agenda</extracomment>
        <translation>Notula rapat ini sudah ditutup: tulis adendum.</translation>
    </message>
    <message>
        <source>This meeting was cancelled.</source>
        <translation>Rapat ini dibatalkan.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Butir agenda memerlukan judul.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Butir agenda itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Write the participant's name.</source>
        <translation>Tulis nama peserta.</translation>
    </message>
    <message>
        <source>Write who represented the invitee.</source>
        <translation>Tulis siapa yang mewakili undangan.</translation>
    </message>
    <message>
        <source>That participant is no longer on the list.</source>
        <translation>Peserta itu sudah tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Sebutkan apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>An action item needs an owner: the agency that does it.</source>
        <translation>Tindak lanjut memerlukan penanggung jawab: instansi yang melaksanakannya.</translation>
    </message>
    <message>
        <source>An action item needs a due date.</source>
        <translation>Tindak lanjut memerlukan tenggat.</translation>
    </message>
    <message>
        <source>An action item cannot be due before its meeting.</source>
        <translation>Tenggat tindak lanjut tidak boleh sebelum rapatnya.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Tulis keputusannya.</translation>
    </message>
    <message>
        <source>Say what shows that the action is done (the evidence).</source>
        <translation>Sebutkan bukti bahwa tindak lanjut sudah selesai.</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Tindak lanjut itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>This action item is already done.</source>
        <translation>Tindak lanjut ini sudah selesai.</translation>
    </message>
    <message>
        <source>The minutes can be closed once the meeting has taken place.</source>
        <translation>Notula dapat ditutup setelah rapat berlangsung.</translation>
    </message>
    <message>
        <source>Take the attendance before closing the minutes.</source>
        <translation>Isi daftar hadir sebelum menutup notula.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Tulis koreksinya.</translation>
    </message>
    <message>
        <source>The minutes are still open: correct them directly.</source>
        <translation>Notula masih terbuka: koreksi langsung.</translation>
    </message>
    <message>
        <source>{value} is not a letter id.</source>
        <translation>{value} bukan id surat.</translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <extracomment>a clock a little ahead of this desk's must not refuse a contact logged "now"</extracomment>
        <translation>Tuliskan apa yang dibicarakan.</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>Waktu harus memiliki zona waktu.</translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation>Komunikasi tidak dapat dicatat untuk waktu yang akan datang.</translation>
    </message>
    <message>
        <source>Say what the follow-up is, or leave its due date empty.</source>
        <translation>Sebutkan tindak lanjutnya, atau kosongkan batas waktunya.</translation>
    </message>
    <message>
        <source>The follow-up is due before the contact took place.</source>
        <translation>Batas tindak lanjut jatuh sebelum komunikasi terjadi.</translation>
    </message>
    <message>
        <source>Say who the contact was with: a name, an agency or a phone.</source>
        <translation>Sebutkan dengan siapa berkomunikasi: nama, instansi, atau telepon.</translation>
    </message>
    <message>
        <source>That contact is no longer in the log.</source>
        <translation>Komunikasi itu sudah tidak ada di catatan.</translation>
    </message>
    <message>
        <source>This contact has no follow-up.</source>
        <translation>Komunikasi ini tidak memiliki tindak lanjut.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unmatched brace: write fields as {serial}.</source>
        <extracomment>the security prefix of a number: B (biasa) for ordinary and urgent letters, R and SR for secret</extracomment>
        <translation>Pola penomoran memiliki kurung kurawal yang tidak berpasangan: tulis kolom seperti {serial}.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown field {{{name}}}; known fields: {fields}.</source>
        <translation>Pola penomoran memiliki kolom tidak dikenal {{{name}}}; kolom yang dikenal: {fields}.</translation>
    </message>
    <message>
        <source>The numbering pattern needs {serial} and {year}: the serial restarts each year.</source>
        <translation>Pola penomoran memerlukan {serial} dan {year}: nomor urut dimulai lagi setiap tahun.</translation>
    </message>
    <message>
        <source>The numbering pattern needs {unit_code} or {site}, so that numbers issued at two sites never collide.</source>
        <translation>Pola penomoran memerlukan {unit_code} atau {site}, agar nomor yang diterbitkan di dua kantor tidak pernah bentrok.</translation>
    </message>
    <message>
        <source>The numbering pattern has a format Python cannot apply: {pattern}</source>
        <translation>Pola penomoran memiliki format yang tidak dapat diterapkan: {pattern}</translation>
    </message>
    <message>
        <source>Say when the letter was received.</source>
        <translation>Sebutkan kapan surat diterima.</translation>
    </message>
    <message>
        <source>Unknown form {form}: choose one of {forms}.</source>
        <translation>Formulir {form} tidak dikenal: pilih salah satu dari {forms}.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet.</source>
        <extracomment>short codes that open each form's document number, e.g. "KRN-4/BP2MI-JKT/12/2026"</extracomment>
        <translation>Jejaring di komputer ini belum disiapkan.</translation>
    </message>
    <message>
        <source>The letterhead needs the ministry or agency name.</source>
        <translation>Kop surat memerlukan nama kementerian atau lembaga.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ini bukan alamat pos-el.</translation>
    </message>
    <message>
        <source>The paper is A4 or F4.</source>
        <translation>Kertas berukuran A4 atau F4.</translation>
    </message>
    <message>
        <source>The font size is between 10 and 14 points.</source>
        <translation>Ukuran huruf antara 10 dan 14 poin.</translation>
    </message>
    <message>
        <source>A margin is between 5 and 50 mm.</source>
        <translation>Marjin antara 5 dan 50 mm.</translation>
    </message>
    <message>
        <source>The logo is a PNG or JPEG image.</source>
        <translation>Logo berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>Unknown paper {paper}: choose A4 or F4.</source>
        <translation>Kertas {paper} tidak dikenal: pilih A4 atau F4.</translation>
    </message>
    <message>
        <source>A document is printed in Indonesian (id) or English (en).</source>
        <translation>Naskah dicetak dalam bahasa Indonesia (id) atau Inggris (en).</translation>
    </message>
    <message>
        <source>This file is not a PDF.</source>
        <translation>Berkas ini bukan PDF.</translation>
    </message>
    <message>
        <source>No document with this code was issued.</source>
        <translation>Tidak ada naskah terbit dengan kode ini.</translation>
    </message>
    <message>
        <source>A period is a month (2026-11), a quarter (2026-Q4) or a year (2026): not {period}.</source>
        <translation>Periode berupa bulan (2026-11), triwulan (2026-Q4), atau tahun (2026): bukan {period}.</translation>
    </message>
    <message>
        <source>Choose the letter to link to the case.</source>
        <extracomment>linked letters the reader may not read (Rahasia, Sangat Rahasia): counted, never shown</extracomment>
        <translation>Pilih surat yang akan ditautkan ke kasus.</translation>
    </message>
    <message>
        <source>Letter {reference} is already linked to case {number}.</source>
        <translation>Surat {reference} sudah ditautkan ke kasus {number}.</translation>
    </message>
    <message>
        <source>Letter {reference} is not printed as this form: try {form}.</source>
        <extracomment>the number it carries (a signed letter's); None: the register numbers it why it may be previewed but not issued yet (an unsigned letter, open minutes)</extracomment>
        <translation>Surat {reference} tidak dicetak dengan formulir ini: gunakan {form}.</translation>
    </message>
    <message>
        <source>Letter {reference} is not signed yet: it gets its number, and can be issued, once signed.</source>
        <translation>Surat {reference} belum ditandatangani: nomornya diberikan, dan surat dapat diterbitkan, setelah ditandatangani.</translation>
    </message>
    <message>
        <source>Letter {reference} has not been disposed yet.</source>
        <translation>Surat {reference} belum didisposisikan.</translation>
    </message>
    <message>
        <source>The minutes of {reference} are not closed yet: close them to issue them (the preview shows the draft).</source>
        <translation>Notula {reference} belum ditutup: tutup notula untuk menerbitkannya (pratinjau menampilkan konsepnya).</translation>
    </message>
    <message>
        <source>Letter {number} has already been issued; the register keeps that copy.</source>
        <translation>Surat {number} sudah diterbitkan; register menyimpan naskah tersebut.</translation>
    </message>
    <message>
        <source>The bulk print was cancelled; nothing was issued.</source>
        <translation>Cetak massal dibatalkan; tidak ada dokumen yang diterbitkan.</translation>
    </message>
    <message>
        <source>There is nothing to print for this day or month.</source>
        <translation>Tidak ada yang dicetak untuk hari atau bulan ini.</translation>
    </message>
    <message>
        <source>{value} is not a month: write YYYY-MM.</source>
        <translation>{value} bukan bulan: tulis TTTT-BB.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <extracomment>set once the attachment files an earlier version left in the clear are encrypted the first bytes of every plain SQLite file (an encrypted one starts with random salt) the open database (None while the desk is locked: see `db`) the signed-in officer (a username of this site), set by accounts.sign_in only cases whose sensitive fields this sign-in opened by breaking the glass the key file of an encrypted SQLite database (None: a server, or a plain file to encrypt) the recovery key made just now (setup, encryption of a plain desk): shown once, then cleared a plain desk's officer asked to keep the unencrypted file when it is encrypted at sign-in where that file was kept</extracomment>
        <translation>Masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Your role does not allow this: {what}.</source>
        <translation>Peran Anda tidak mengizinkan ini: {what}.</translation>
    </message>
    <message>
        <source>managing accounts</source>
        <extracomment>what a refusal names, in the catalogue (context "errors"), translated with the message</extracomment>
        <translation>mengelola akun</translation>
    </message>
    <message>
        <source>changing the office's settings</source>
        <translation>mengubah pengaturan kantor</translation>
    </message>
    <message>
        <source>editing cases</source>
        <translation>mengubah kasus</translation>
    </message>
    <message>
        <source>referring cases</source>
        <translation>merujuk kasus</translation>
    </message>
    <message>
        <source>drafting letters</source>
        <translation>menyusun konsep surat</translation>
    </message>
    <message>
        <source>registering incoming letters</source>
        <translation>mencatat surat masuk</translation>
    </message>
    <message>
        <source>approving, signing or sending letters</source>
        <translation>menyetujui, menandatangani, atau mengirim surat</translation>
    </message>
    <message>
        <source>giving dispositions</source>
        <translation>memberi disposisi</translation>
    </message>
    <message>
        <source>completing dispositions</source>
        <translation>menyelesaikan disposisi</translation>
    </message>
    <message>
        <source>logging calls and messages</source>
        <translation>mencatat telepon dan pesan</translation>
    </message>
    <message>
        <source>planning meetings and writing minutes</source>
        <translation>merencanakan rapat dan menulis notula</translation>
    </message>
    <message>
        <source>issuing official documents</source>
        <translation>menerbitkan naskah dinas</translation>
    </message>
    <message>
        <source>exchanging sync bundles</source>
        <translation>bertukar berkas sinkronisasi</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>membaca jejak audit</translation>
    </message>
    <message>
        <source>reading sensitive case fields</source>
        <translation>membaca data sensitif kasus</translation>
    </message>
    <message>
        <source>Say why you need these sensitive fields (at least {count} characters).</source>
        <extracomment>the case's fields that carry the sensitive story the worker's fields masked when the worker is a child</extracomment>
        <translation>Jelaskan mengapa Anda memerlukan data sensitif ini (paling sedikit {count} karakter).</translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation>Tidak ada kasus {number}.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has {count} tables). Copy only into a new, empty database; nothing was changed.</source>
        <extracomment>columns each database derives by itself (triggers, generated columns): neither copied nor compared</extracomment>
        <translation>Basis data tujuan tidak kosong (berisi {count} tabel). Salin hanya ke basis data baru yang kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Copy to a PostgreSQL server (a postgresql:// address).</source>
        <translation>Salin ke server PostgreSQL (alamat postgresql://).</translation>
    </message>
    <message>
        <source>{who} saved this record while you were editing it, and changed the same fields: {fields}. Nothing was saved: reload their values, or keep yours.</source>
        <extracomment>A watched row: (entity, row id, the form's name of its fields: a prefix, or one fixed name).</extracomment>
        <translation>{who} menyimpan data ini ketika Anda sedang menyuntingnya, dan mengubah kolom yang sama: {fields}. Tidak ada yang disimpan: muat ulang nilai mereka, atau pakai nilai Anda.</translation>
    </message>
    <message>
        <source>Write the server's address as postgresql://USER@SERVER/DATABASE (for example postgresql://jejaring@dbserver/jejaring).</source>
        <translation>Tulis alamat server sebagai postgresql://PENGGUNA@SERVER/BASISDATA (misalnya postgresql://jejaring@dbserver/jejaring).</translation>
    </message>
    <message>
        <source>Cannot connect to the office server {address}: {reason}. Check the address, the password and that the server lets this computer in; nothing was changed.</source>
        <translation>Tidak dapat terhubung ke server kantor {address}: {reason}. Periksa alamat, kata sandi, dan apakah server mengizinkan komputer ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Write the report to a .pdf file.</source>
        <translation>Tulis laporan ke berkas .pdf.</translation>
    </message>
    <message>
        <source>Write KIND=YEARS, for example closed_case=5.</source>
        <translation>Tulis JENIS=TAHUN, misalnya closed_case=5.</translation>
    </message>
    <message>
        <source>Not due for anonymisation: {numbers}. See jejaring retention due.</source>
        <translation>Belum jatuh tempo untuk dianonimkan: {numbers}. Lihat jejaring retention due.</translation>
    </message>
    <message>
        <source>“{value}” is not a time: write YYYY-MM-DD HH:MM.</source>
        <extracomment>UU 27/2022 art. 46: written notice within 3 x 24 hours not yet notified (either audience) and the deadline has passed</extracomment>
        <translation>“{value}” bukan waktu: tulis TTTT-BB-HH JJ:MM.</translation>
    </message>
    <message>
        <source>A breach cannot be found in the future.</source>
        <translation>Kegagalan tidak dapat ditemukan di masa depan.</translation>
    </message>
    <message>
        <source>Say what happened: what data, how it was exposed.</source>
        <translation>Jelaskan apa yang terjadi: data apa, bagaimana terungkap.</translation>
    </message>
    <message>
        <source>The number of people concerned cannot be negative.</source>
        <translation>Jumlah subjek terdampak tidak boleh negatif.</translation>
    </message>
    <message>
        <source>No breach is registered as {number}.</source>
        <translation>Tidak ada kegagalan yang tercatat dengan nomor {number}.</translation>
    </message>
    <message>
        <source>A notice is given after the breach was found and not in the future.</source>
        <translation>Pemberitahuan diberikan setelah kegagalan ditemukan dan tidak di masa depan.</translation>
    </message>
    <message>
        <source>A notice is for: {choices}.</source>
        <translation>Pemberitahuan ditujukan kepada: {choices}.</translation>
    </message>
    <message>
        <source>No worker has the NIK, id or case number “{ref}”.</source>
        <translation>Tidak ada PMI dengan NIK, id, atau nomor kasus “{ref}”.</translation>
    </message>
    <message>
        <source>Choose a lawful basis: {choices}.</source>
        <translation>Pilih dasar pemrosesan: {choices}.</translation>
    </message>
    <message>
        <source>A consent date and form belong only to the consent basis.</source>
        <translation>Tanggal dan bentuk persetujuan hanya untuk dasar persetujuan.</translation>
    </message>
    <message>
        <source>Give the date the worker consented.</source>
        <translation>Isi tanggal PMI memberikan persetujuan.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>Tanggal persetujuan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Say how consent was given: {choices}.</source>
        <translation>Sebutkan bentuk persetujuan: {choices}.</translation>
    </message>
    <message>
        <source>Unknown kind of record “{kind}”: choose one of {kinds}.</source>
        <extracomment>what an anonymised worker is called (the record stays, so registers and numbers hold) officers' own words on a timeline; system entries are templates with codes</extracomment>
        <translation>Jenis data “{kind}” tidak dikenal: pilih salah satu dari {kinds}.</translation>
    </message>
    <message>
        <source>Keep records between 1 and {max} years.</source>
        <translation>Simpan data antara 1 dan {max} tahun.</translation>
    </message>
    <message>
        <source>{count} of the records chosen are not due for anonymisation; nothing was changed.</source>
        <translation>{count} dari data yang dipilih belum jatuh tempo untuk dianonimkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Frasa sandi minimal {count} karakter.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or is not a Jejaring key file. Nothing was changed: put back the key file that belongs to this database (from a copy of the data folder), or restore a backup.</source>
        <extracomment>the associated data of the recovery entry (a username never contains a colon) RFC 9106 low-memory profile, like the password hashes; tests lower it (tests/conftest.py) username -&gt; entry (a disabled account keeps {"disabled": true} and no wrapped key) before setup only: the data key itself. The database then holds shipped reference data and nothing personal; setup replaces it with the administrator's and the recovery wrap.</extracomment>
        <translation>Berkas kunci {path} rusak atau bukan berkas kunci Jejaring. Tidak ada yang diubah: kembalikan berkas kunci milik basis data ini (dari salinan folder data), atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer Jejaring (format {version}). Install the newer version.</source>
        <translation>Berkas kunci {path} ditulis oleh Jejaring versi yang lebih baru (format {version}). Pasang versi yang lebih baru.</translation>
    </message>
    <message>
        <source>The key file {path} does not belong to this database (it opens another one). Nothing was changed: put back the key file that was copied with this database, or restore a backup.</source>
        <translation>Berkas kunci {path} bukan milik basis data ini (berkas itu membuka basis data lain). Tidak ada yang diubah: kembalikan berkas kunci yang disalin bersama basis data ini, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The database file {path} is missing, but its key file is here. Nothing was changed: put the database file back, or restore a backup.</source>
        <translation>Berkas basis data {path} tidak ada, padahal berkas kuncinya ada. Tidak ada yang diubah: kembalikan berkas basis data, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted and its key file {keys} is missing. Nothing was changed: copy the key file that belongs to it into the same folder, or restore a backup.</source>
        <translation>Basis data {path} terenkripsi dan berkas kuncinya {keys} tidak ada. Tidak ada yang diubah: salin berkas kunci miliknya ke folder yang sama, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The encrypted copy of the database did not match it; nothing was changed.</source>
        <translation>Salinan terenkripsi tidak sama dengan basis datanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A key file {path} is already there; nothing was changed.</source>
        <translation>Berkas kunci {path} sudah ada; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This desk has no recovery key.</source>
        <translation>Jejaring di komputer ini tidak memiliki kunci pemulihan.</translation>
    </message>
    <message>
        <source>That recovery key is not right (it is eight groups of four).</source>
        <translation>Kunci pemulihan itu salah (terdiri dari delapan kelompok berisi empat karakter).</translation>
    </message>
    <message>
        <source>{path} is not a Jejaring backup (or it is damaged).</source>
        <translation>{path} bukan cadangan Jejaring (atau rusak).</translation>
    </message>
    <message>
        <source>There is already a database in {folder}: restore into an empty data folder (--data-dir). Nothing was changed.</source>
        <translation>Sudah ada basis data di {folder}: pulihkan ke folder data yang kosong (--data-dir). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right.</source>
        <translation>Frasa sandi cadangan salah.</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish within {seconds} seconds. Nothing was saved: try again in a moment.</source>
        <translation>Program lain sedang menulis ke basis data ini dan belum selesai dalam {seconds} detik. Tidak ada yang disimpan: coba lagi sebentar lagi.</translation>
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
    <name>ics</name>
    <message>
        <source>Agenda:</source>
        <extracomment>our status -&gt; iCalendar STATUS</extracomment>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Daring: {link}</translation>
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
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Invited, not yet marked</source>
        <translation>Diundang, belum diisi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ditambahkan manual</translation>
    </message>
    <message>
        <source>Open action item</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Protocol deadline passed</source>
        <translation>Lewat tenggat protokol</translation>
    </message>
    <message>
        <source>Referral not answered in time</source>
        <translation>Rujukan tidak dijawab tepat waktu</translation>
    </message>
    <message>
        <source>Flagged for this meeting</source>
        <translation>Ditandai untuk rapat ini</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Selesai terlambat</translation>
    </message>
    <message>
        <source>Incoming letter</source>
        <translation>Surat masuk</translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Surat undangan</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Segera</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Sangat Segera</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Sangat Rahasia</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Settle it</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Advice or opinion</source>
        <translation>Saran/Pendapat</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Koordinasikan</translation>
    </message>
    <message>
        <source>Study it</source>
        <translation>Pelajari</translation>
    </message>
    <message>
        <source>Represent or attend</source>
        <translation>Wakili/Hadiri</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <source>File it</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Other messaging app</source>
        <translation>Aplikasi pesan lain</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Pelaksanaan tugas pelayanan publik</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Kepentingan vital</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Kewajiban hukum</translation>
    </message>
    <message>
        <source>written</source>
        <translation>tertulis</translation>
    </message>
    <message>
        <source>oral, before a witness</source>
        <translation>lisan, di hadapan saksi</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronik</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>worker's record</source>
        <translation>data PMI</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kasus</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>riwayat</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>komunikasi</translation>
    </message>
    <message>
        <source>printed document</source>
        <translation>dokumen cetak</translation>
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
    <name>retention</name>
    <message>
        <source>Closed cases, counted from the day they closed</source>
        <extracomment>kind -&gt; (default years, what it covers), shown in Settings and by `retention rules`</extracomment>
        <translation>Kasus yang ditutup, dihitung sejak tanggal ditutup</translation>
    </message>
    <message>
        <source>Communications not about a case, counted from the day they were logged</source>
        <translation>Komunikasi di luar kasus, dihitung sejak tanggal dicatat</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>This bundle file is damaged or truncated; nothing was imported.</source>
        <extracomment>origin -&gt; verified change lines (parsed) origin -&gt; the site that signed the group (the origin, or the relaying sender) origin -&gt; the seals the bundle carries for its lines (checked by the importer, which knows the origins' keys; a seal signed by anyone else is ignored there)</extracomment>
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
        <translation>Bundel ini tidak dienkripsi untuk kantor ini; tidak ada yang diimpor.</translation>
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
        <translation>Tanda tangan bundel tidak sah untuk kantor {site}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle is meant for {sites}, not for this site.</source>
        <translation>Bundel ini ditujukan untuk {sites}, bukan untuk kantor ini.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer version of Jejaring (schema {schema}): update this desk first.</source>
        <translation>Bundel ini berasal dari versi Jejaring yang lebih baru (skema {schema}): perbarui Jejaring di komputer ini dulu.</translation>
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
        <extracomment>the peer's own changes given back to it (it said it holds fewer: app/sync/restored.py)</extracomment>
        <translation>Tidak ada kantor terdaftar dengan kode {code}.</translation>
    </message>
    <message>
        <source>Site {code} is revoked: nothing is sent to it.</source>
        <translation>Kantor {code} dicabut: tidak ada yang dikirim kepadanya.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <extracomment>the sender had lost bundles it acknowledged: the next bundle to it carries everything origins of which this site lacks changes the sender believes it holds (app/sync/holdings.py): {origin, upto, expected, held, missing}; empty when all are held or the bundle says nothing the sender acknowledges this many bundles more than this site remembers sending it: this database is an older copy of the site's (a restored backup); its new changes are refused by peers that hold the old ones (app/sync/restored.py) this site's own changes a peer gave back and this site took (app/sync/restored.py) own changes given back but not taken: this copy worked since it was put back, or they clash with records made here since; the peer keeps them</extracomment>
        <translation>Berkas {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, a site this desk has not enrolled.</source>
        <translation>Bundel ini ditandatangani oleh {site}, kantor yang belum didaftarkan di sini.</translation>
    </message>
    <message>
        <source>This bundle was signed by {site}, whose keys were revoked.</source>
        <translation>Bundel ini ditandatangani oleh {site}, yang kuncinya telah dicabut.</translation>
    </message>
    <message>
        <source>The bundle changes a record this site does not hold yet; nothing was imported. Import the other sites' bundles first, then this one again.</source>
        <translation>Bundel mengubah catatan yang belum ada di kantor ini; tidak ada yang diimpor. Impor dulu bundel dari kantor lain, lalu impor bundel ini lagi.</translation>
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
        <translation>Frasa sandi kunci kantor ini salah.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Frasa sandi harus terdiri atas sekurang-kurangnya {count} karakter.</translation>
    </message>
    <message>
        <source>This file is not a Jejaring site card.</source>
        <translation>Berkas ini bukan kartu kantor Jejaring.</translation>
    </message>
    <message>
        <source>This site card has a format this version does not know.</source>
        <translation>Kartu kantor ini memiliki format yang tidak dikenal versi ini.</translation>
    </message>
    <message>
        <source>The site card's signature does not match its keys: do not trust it.</source>
        <translation>Tanda tangan kartu kantor tidak cocok dengan kuncinya: jangan percayai kartu ini.</translation>
    </message>
    <message>
        <source>This site already has its keys.</source>
        <extracomment>changes this site lacks of what the peer's last bundle counted (app/sync/holdings.py)</extracomment>
        <translation>Kantor ini sudah memiliki kunci.</translation>
    </message>
    <message>
        <source>This site has no keys yet: run `jejaring site card` first.</source>
        <translation>Kantor ini belum memiliki kunci: jalankan `jejaring site card` dulu.</translation>
    </message>
    <message>
        <source>This desk has not been set up yet: run the setup first.</source>
        <translation>Jejaring di komputer ini belum disiapkan: jalankan penyiapan dulu.</translation>
    </message>
    <message>
        <source>This is this site's own card.</source>
        <translation>Ini kartu kantor ini sendiri.</translation>
    </message>
    <message>
        <source>Site {code} was revoked with these keys; it needs new keys.</source>
        <translation>Kantor {code} dicabut dengan kunci ini; kantor itu memerlukan kunci baru.</translation>
    </message>
    <message>
        <source>claims this site or the shipped data as its origin</source>
        <extracomment>why a change was set aside, as an officer reads it</extracomment>
        <translation>mengaku berasal dari kantor ini atau dari data bawaan</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>rusak bentuknya</translation>
    </message>
    <message>
        <source>relayed by a site that is not a hub</source>
        <translation>diteruskan oleh kantor yang bukan hub</translation>
    </message>
    <message>
        <source>its origin may not change this record (not in its audience)</source>
        <translation>asalnya tidak berhak mengubah catatan ini (bukan penerimanya)</translation>
    </message>
    <message>
        <source>relayed without its origin's seal</source>
        <translation>diteruskan tanpa segel dari asalnya</translation>
    </message>
    <message>
        <source>altered on the way: differs from what its origin sealed</source>
        <translation>diubah di tengah jalan: berbeda dari yang disegel asalnya</translation>
    </message>
    <message>
        <source>waits for the record it changes, which has not arrived yet</source>
        <translation>menunggu catatan yang diubahnya, yang belum tiba</translation>
    </message>
    <message>
        <source>No set-aside change has the number {number}.</source>
        <extracomment>reasons a later state of the register can lift the case number (for a case or anything of it), worker name or letter number, else the id; for a record not held here, read from the set-aside changes that would make it whether this site holds the record (a waiting change's record has not arrived)</extracomment>
        <translation>Tidak ada perubahan yang disisihkan dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Change {number} was set aside because it is malformed or claims this site as its origin; it can only be discarded.</source>
        <translation>Perubahan {number} disisihkan karena rusak bentuknya atau mengaku berasal dari kantor ini; perubahan itu hanya dapat dibuang.</translation>
    </message>
    <message>
        <source>{origin} numbers new changes ({first} to {last}) with numbers this site already holds for other changes: {origin} was probably put back on an older copy of its database. Nothing was imported. Ask {origin} not to send more bundles until its administrator has been told; this site keeps everything it holds.</source>
        <extracomment>local_state key of the highest own change number a peer last stated (`own` of its manifest)</extracomment>
        <translation>{origin} memberi nomor pada perubahan baru ({first} sampai {last}) dengan nomor yang sudah dipegang kantor ini untuk perubahan lain: {origin} kemungkinan dipulihkan ke salinan lama basis datanya. Tidak ada yang diimpor. Minta {origin} tidak mengirim bundel lagi sampai administratornya diberi tahu; kantor ini menyimpan semua yang dipegangnya.</translation>
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
    <message>
        <source>(an officer's note, hidden: sensitive case)</source>
        <extracomment>in place of an officer's own words on a case whose story the reader may not see</extracomment>
        <translation>(catatan petugas, disembunyikan: kasus sensitif)</translation>
    </message>
    <message>
        <source>{channel} ({direction}) with {who}: {summary}</source>
        <translation>{channel} ({direction}) dengan {who}: {summary}</translation>
    </message>
    <message>
        <source> — follow-up: {follow_up}</source>
        <translation> — tindak lanjut: {follow_up}</translation>
    </message>
    <message>
        <source>Incoming letter {reference} registered</source>
        <translation>Surat masuk {reference} dicatat</translation>
    </message>
    <message>
        <source>Letter {reference} signed</source>
        <translation>Surat {reference} ditandatangani</translation>
    </message>
    <message>
        <source>Letter {reference} linked to the case</source>
        <translation>Surat {reference} ditautkan ke kasus</translation>
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