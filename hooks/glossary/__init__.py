"""Pure building blocks of the glossary: parse, validate, link, render, export.

Nothing in this package imports MkDocs; `hooks/glossary_hook.py` glues it to MkDocs events.
"""
