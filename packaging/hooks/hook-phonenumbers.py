"""Replaces pyinstaller-hooks-contrib's hook-phonenumbers (hooks here take precedence): the same
metadata modules (phonenumbers.data.*, shortdata, carrierdata, tzdata), without the geocoder's
~40 MB of place names, which jejaring.spec also excludes. Without this filter the build warns
once for each excluded geodata module."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: not name.startswith(("phonenumbers.geodata", "phonenumbers.geocoder")),
)
