"""The build tool that writes the vocabulary (ontology/vocabulary/*.ttl) from ../shared/lists, pycountry
and the project's curated names. It runs from a checkout, not at run time: the installed package only
reads the Turtle it wrote, so pycountry is needed only here (`pip install -e '.[vocabulary]'`).

    python -m vocabulary_build --lists ../shared/lists --out ontology/vocabulary
"""
