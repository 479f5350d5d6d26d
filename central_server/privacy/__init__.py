"""The life cycle of personal data on the server (UU 27/2022 tentang Pelindungan Data
Pribadi): retention (``retention``), the citizen's rights (``rights``), the register
of processing (``register``, from ``central_server.personal_data``), breach readiness
(``exposure``) and the record of the desk's privacy notice (``notice``).

docs/privacy.md explains all of it for the province's data protection officer.
"""
