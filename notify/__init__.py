"""Subscriptions, notices and the weekly Nachrichtendienst.

Members (API keys) subscribe to topics, Aktenplan nodes, document types or saved searches.
Every document that ingestion writes is matched against all subscriptions at the subscriber's
access level (`matching`); matches are kept so nothing is sent twice and go out at once or
weekly by mail (`delivery`), or are read as Atom feeds (`feeds`). `digest` builds the
Nachrichtendienst of a calendar week with extractive key sentences (`sentences`), rendered as
HTML mail and PDF (`render`).
"""
