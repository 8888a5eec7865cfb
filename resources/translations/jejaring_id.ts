<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Self-test failed at step: {step}</source>
        <translation>Uji mandiri gagal pada langkah: {step}</translation>
    </message>
    <message>
        <source>Self-test passed: {count} steps in {seconds:.1f} s</source>
        <translation>Uji mandiri berhasil: {count} langkah dalam {seconds:.1f} detik</translation>
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
        <translation>membuka wizard penyiapan</translation>
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
        <translation>mengganti bahasa ke {language}</translation>
    </message>
    <message>
        <source>switch language back to {language}</source>
        <translation>mengembalikan bahasa ke {language}</translation>
    </message>
    <message>
        <source>close main window</source>
        <translation>menutup jendela utama</translation>
    </message>
</context>
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
    <name>CasesTableModel</name>
    <message>
        <source>Life-threatening</source>
        <translation>Mengancam jiwa</translation>
    </message>
    <message>
        <source>Number</source>
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
        <source>Lead agency</source>
        <translation>Instansi penanggung jawab</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
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
        <source>1 case</source>
        <translation>1 kasus</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} kasus</translation>
    </message>
    <message>
        <source>showing the {shown} most recently reported</source>
        <translation>menampilkan {shown} kasus yang paling baru dilaporkan</translation>
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
        <source>In this desk&apos;s register</source>
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
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>SQLAlchemy puts the statement&apos;s values in its messages; they can be a worker&apos;s name or NIK.</extracomment>
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
        <source>Fictional sites, officers and workers&apos; cases, for training and demonstrations. Do not load them into a desk that holds real cases.</source>
        <translation>Kantor, petugas, dan kasus PMI fiktif untuk pelatihan dan peragaan. Jangan muat data ini ke Jejaring yang memuat kasus sebenarnya.</translation>
    </message>
    <message>
        <source>Load sample data…</source>
        <translation>Muat data contoh…</translation>
    </message>
    <message>
        <source>{count} from BP2MI&apos;s complaint list</source>
        <translation>{count} dari daftar pengaduan BP2MI</translation>
    </message>
    <message>
        <source>{count} special cases of Kemlu</source>
        <translation>{count} kasus khusus Kemlu</translation>
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
        <source>Exchange bundles, the files that carry changes between sites, arrive with the sync feature.</source>
        <translation>Paket pertukaran data, yaitu berkas yang membawa perubahan antarkantor, akan tersedia bersama fitur sinkronisasi.</translation>
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
        <source>Local change log</source>
        <translation>Catatan perubahan lokal</translation>
    </message>
    <message>
        <source>Changes recorded at this desk, kept for exchange with other sites</source>
        <translation>Perubahan yang dicatat di kantor ini, disimpan untuk dipertukarkan dengan kantor lain</translation>
    </message>
    <message>
        <source>Other known sites</source>
        <translation>Kantor lain yang dikenal</translation>
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
        <source>set up this desk&apos;s office and first administrator</source>
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
        <extracomment>The usual time zone of a representation&apos;s country, for meeting times (editable later).</extracomment>
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
        <source>Worker&apos;s name</source>
        <extracomment>field -&gt; header spellings met in officers&apos; spreadsheets (compared without case and accents) what each importable field is called, for the mapping preview and the messages</extracomment>
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
        <source>The NIK&apos;s district code is not in the current region list.</source>
        <translation>Kode kecamatan pada NIK tidak ada dalam daftar wilayah yang berlaku.</translation>
    </message>
</context>
</TS>
