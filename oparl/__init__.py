"""OParl 1.1 import: council documents (Papers and their Files) of member cities.

client (HTTP, quirks) -> models (lenient pydantic) -> sync (download folder + sidecars, then the
normal ingestion) with state (registered systems, watermarks, checksums); meetings for "Termine".
"""
