"""Official documents (Tata Naskah Dinas) printed with ReportLab.

Every form is a module under `app.documents.forms` with a pure `build(doc, page) -> bytes` over
its own frozen input dataclass, so the forms know nothing of the database: services
(app/services/case_documents.py, record_documents.py) fill the dataclasses from records. This package
imports ReportLab only inside the functions that draw, so importing it costs nothing at start-up.
"""
