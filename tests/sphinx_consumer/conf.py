# A minimal Sphinx project that links to the glossary through intersphinx, as another site would.
import os

project = "Glossary consumer"
extensions = ["sphinx.ext.intersphinx"]
# The tests point this at the built site; the inventory is read from the local file.
intersphinx_mapping = {"mmg": (os.environ["MMG_SITE_URL"], os.environ["MMG_INVENTORY"])}
intersphinx_disabled_reftypes = ["*"]
html_theme = "basic"
