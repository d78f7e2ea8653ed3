"""What other sites consume: glossary.json, objects.inv through a real Sphinx build, JSON-LD, redirects."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import jsonschema
import pytest
import sphobjinv
from bs4 import BeautifulSoup
from built import page, text
from glossary.schema import SUMMARY_MAX_CHARS, TAGS
from glossary.schema_export import json_schema
from glossary.slugs import slugify
from sitebuild import ROOT, TERM_FILES, front_matter, published_site_url

SITE_URL = published_site_url()


def names_of(meta: dict) -> list[str]:
    return [meta["title"], *([meta["abbreviation"]] if meta.get("abbreviation") else []), *meta.get("aliases", [])]


def test_glossary_json_validates_against_the_schema(real_site):
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, "\n".join(error.message for error in errors[:5])
    assert sorted(term["slug"] for term in data["terms"]) == sorted(path.stem for path in TERM_FILES)
    for term in data["terms"]:
        meta = front_matter(ROOT / "docs" / "terms" / f"{term['slug']}.md")
        assert term["title"] == meta["title"] and term["category"] == meta["category"]
        assert term["related"] == meta.get("related", [])
        assert term["keywords"] == meta.get("keywords", []) and term["reviewed"] == meta["reviewed"]
        assert (real_site / term["url"].removeprefix(SITE_URL) / "index.html").is_file()
    assert data["license"]["name"] == "CC BY 4.0"
    assert data["name"] == yaml_site_name()


def yaml_site_name() -> str:
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_name:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("mkdocs.yml has no site_name")


def test_the_committed_schema_is_the_generated_one_and_is_published_at_its_id(real_site):
    committed = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(SITE_URL), "regenerate schemas/glossary.schema.json from schema_export.json_schema"
    published = json.loads((real_site / committed["$id"].removeprefix(SITE_URL)).read_text(encoding="utf-8"))
    assert published == committed
    jsonschema.Draft202012Validator.check_schema(committed)


def test_schema_follows_the_front_matter_rules():
    committed = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    term = committed["properties"]["terms"]["items"]["properties"]
    assert set(term["tags"]["items"]["enum"]) == set(TAGS)
    assert term["summary"]["maxLength"] == SUMMARY_MAX_CHARS
    arxiv = term["papers"]["items"]["properties"]["arxiv"]["pattern"]
    assert jsonschema.Draft202012Validator({"pattern": arxiv}).is_valid("2103.00020")
    assert not jsonschema.Draft202012Validator({"pattern": arxiv}).is_valid("arXiv:2103.00020")


def test_a_reader_validating_with_this_schema_keeps_working_when_fields_are_added(real_site):
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    data["a_future_field"] = 1
    data["terms"][0]["a_future_field"] = [1]
    data["terms"][0]["papers"] = [{**paper, "doi": "10.1/x"} for paper in data["terms"][0]["papers"]]
    jsonschema.validate(data, schema)


def test_schema_rejects_a_broken_export(real_site):
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    del data["terms"][0]["summary"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_inventory_has_every_name_of_every_term(real_site):
    inventory = sphobjinv.Inventory(real_site / "objects.inv")
    entries = {(obj.name, obj.uri) for obj in inventory.objects if (obj.domain, obj.role) == ("std", "term")}
    for path in TERM_FILES:
        for name in names_of(front_matter(path)):
            assert (name, f"terms/{path.stem}/") in entries


def test_a_real_sphinx_project_resolves_every_name(real_site, tmp_path):
    project = tmp_path / "consumer"
    shutil.copytree(ROOT / "tests" / "sphinx_consumer", project)
    expected = {}
    lines = ["Consumer", "========", ""]
    for path in TERM_FILES:
        for name in names_of(front_matter(path)):
            lines.append(f"* :external+mmg:term:`{name}`")
            expected[name] = f"{SITE_URL}terms/{path.stem}/"
    (project / "index.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "MMG_SITE_URL": SITE_URL, "MMG_INVENTORY": str(real_site / "objects.inv")}
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(project), str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    html = BeautifulSoup((tmp_path / "out" / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = {text(a): a["href"] for a in html.select("li a.reference.external")}
    assert links == expected
    for href in set(links.values()):
        assert (real_site / href.removeprefix(SITE_URL) / "index.html").is_file()
    # Sphinx titles each link "(in <project> v<version>)": no version reads "(in Multimodal AI Glossary)".
    titles = {a.get("title") for a in html.select("li a.reference.external")}
    assert titles == {f"(in {yaml_site_name()})"}


def test_the_inventory_has_a_label_for_every_name_slug(real_site):
    inventory = sphobjinv.Inventory(real_site / "objects.inv")
    labels = {
        obj.name: (obj.uri, obj.dispname) for obj in inventory.objects if (obj.domain, obj.role) == ("std", "label")
    }
    for path in TERM_FILES:
        meta = front_matter(path)
        for label in {path.stem, *(slugify(name) for name in names_of(meta))}:
            assert labels[label] == (f"terms/{path.stem}/", meta["title"])


def test_every_name_slug_answers_and_terms_leads_to_the_a_to_z(real_site):
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    for term in data["terms"]:
        names = [term["title"], *([term["abbreviation"]] if term["abbreviation"] else []), *term["aliases"]]
        assert term["slug"] in {slugify(name) for name in names}, f"{term['slug']} is not the slug of a name"
        for name in names:
            html = (real_site / "terms" / slugify(name) / "index.html").read_text(encoding="utf-8")
            if slugify(name) != term["slug"]:
                assert f'url=../{term["slug"]}/"' in html, name
    terms_index = (real_site / "terms" / "index.html").read_text(encoding="utf-8")
    assert 'url=../a-z/"' in terms_index and f'href="{SITE_URL}a-z/"' in terms_index


def test_llms_txt_lists_every_category_and_term_with_its_url_and_summary(real_site):
    text = (real_site / "llms.txt").read_text(encoding="utf-8")
    assert text.startswith(f"# {yaml_site_name()}\n\n> ")
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    for category in data["categories"]:
        assert f"\n## {category['title']}\n" in text
    for term in data["terms"]:
        assert f"]({term['url']}): {term['summary']}\n" in text


def test_llms_full_txt_has_every_term_page_as_clean_markdown(real_site):
    text = (real_site / "llms-full.txt").read_text(encoding="utf-8")
    for path in TERM_FILES:
        meta = front_matter(path)
        assert f"\nURL: {SITE_URL}terms/{path.stem}/\n" in text
        assert f"> {' '.join(meta['summary'].split())}" in text
    for generated in ("Referenced by", "Related terms", "{ #", "<figure", "<!--", "](../", ".md)"):
        assert generated not in text, generated
    assert "## How it works" in text and f"]({SITE_URL}terms/clip/)" in text


def test_links_md_defines_a_reference_link_for_every_name(real_site):
    import markdown

    definitions = (real_site / "links.md").read_text(encoding="utf-8")
    data = json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))
    for term in data["terms"]:
        names = [term["title"], *([term["abbreviation"]] if term["abbreviation"] else []), *term["aliases"]]
        html = markdown.markdown(" ".join(f"[{name}][]" for name in names) + "\n\n" + definitions)
        anchors = BeautifulSoup(html, "html.parser").select("a")
        assert [a["href"] for a in anchors] == [term["url"]] * len(names)
        assert anchors[0]["title"] == term["summary"].replace('"', "'")


def json_ld(soup: BeautifulSoup) -> list[dict]:
    return [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]


@pytest.mark.parametrize("term_file", TERM_FILES, ids=lambda path: path.stem)
def test_each_term_page_has_a_defined_term(real_site, term_file):
    meta = front_matter(term_file)
    blocks = json_ld(page(real_site, f"terms/{term_file.stem}/"))
    assert len(blocks) == 1
    term = blocks[0]
    assert term["@context"] == "https://schema.org" and term["@type"] == "DefinedTerm"
    assert term["name"] == meta["title"]
    assert term["description"] == " ".join(meta["summary"].split())
    assert term["url"] == f"{SITE_URL}terms/{term_file.stem}/"
    assert term["inDefinedTermSet"]["@id"] == f"{SITE_URL}a-z/"
    assert term.get("alternateName", []) == names_of(meta)[1:]


def test_a_to_z_has_the_defined_term_set(real_site):
    (term_set,) = json_ld(page(real_site, "a-z/"))
    assert term_set["@type"] == "DefinedTermSet"
    assert sorted(item["url"] for item in term_set["hasDefinedTerm"]) == sorted(
        f"{SITE_URL}terms/{path.stem}/" for path in TERM_FILES
    )


def test_json_ld_text_cannot_close_the_script_element(tmp_path):
    sys.path.insert(0, str(ROOT / "hooks"))
    from glossary.exports import script_safe_json

    hostile = {"description": "</script><script>alert(1)</script> & more"}
    encoded = script_safe_json(hostile)
    assert "</" not in encoded and "<" not in encoded
    assert json.loads(encoded) == hostile


@pytest.mark.parametrize("term_file", TERM_FILES, ids=lambda path: path.stem)
def test_every_alias_redirects_to_its_term(real_site, term_file):
    sys.path.insert(0, str(ROOT / "hooks"))
    from glossary.slugs import slugify

    for name in names_of(front_matter(term_file))[1:]:
        slug = slugify(name)
        if slug == term_file.stem:
            continue
        redirect = BeautifulSoup((real_site / "terms" / slug / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert redirect.select_one('link[rel="canonical"]')["href"] == f"{SITE_URL}terms/{term_file.stem}/"
        assert redirect.select_one('meta[http-equiv="refresh"]')["content"] == f"0; url=../{term_file.stem}/"
        assert redirect.select_one("body a")["href"] == f"../{term_file.stem}/"


def test_term_links_in_content_get_hover_previews(real_site):
    body = page(real_site, "terms/clip/").select_one("article")
    previewed = {a["href"] for a in body.select("a[data-preview]")}
    assert "../siglip/" in previewed
    for a in body.select("a[href]"):
        if a["href"].startswith("http") or a["href"].startswith("#"):
            assert not a.has_attr("data-preview"), a


# (link as written in the consumer site's Markdown, slug of the page it must reach)
MKDOCS_LINK_FORMS = [
    ("clip", "clip"),
    ("CLIP", "clip"),
    ("vision transformer", "vision-transformer"),
    ("Vision Transformer", "vision-transformer"),
    ("vit", "vision-transformer"),
    ("ViT", "vision-transformer"),
    ("KV cache", "kv-cache"),
    ("fine-tuning", "fine-tuning"),
    ("Fine-Tuning", "fine-tuning"),
    ("Whisper", "whisper"),
    ("whisper", "whisper"),
    ("ViT][vision-transformer", "vision-transformer"),
    ("diffusion][diffusion-model", "diffusion-model"),
    ("Low-Rank Adaptation", "lora"),
    ("LoRA", "lora"),
    ("lora", "lora"),
    ("latent diffusion model", "latent-diffusion"),
    ("optical character recognition", "ocr"),
    ("OCR", "ocr"),
    ("cross-entropy loss", "cross-entropy"),
    ("multimodal RAG", "multimodal-rag"),
    ("retrieval-augmented generation", "retrieval-augmented-generation"),
]


def test_a_real_mkdocs_site_links_in_through_autorefs_and_the_inventory(hosted_site, tmp_path):
    site, base_url = hosted_site
    project = tmp_path / "consumer"
    shutil.copytree(ROOT / "tests" / "mkdocs_consumer", project)
    source = (project / "docs" / "index.md").read_text(encoding="utf-8")
    written = [
        f"{text}][{target}" if target else text for text, target in re.findall(r"\[([^\]]+)\]\[([^\]]*)\]", source)
    ]
    assert written == [form for form, _ in MKDOCS_LINK_FORMS]
    env = {
        **os.environ,
        "MMG_INVENTORY_URL": base_url + "objects.inv",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),  # mkdocstrings caches inventories for a day
        "NO_MKDOCS_2_WARNING": "1",
    }
    env.pop("MMG_SITE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    links = BeautifulSoup((tmp_path / "out" / "index.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = [a["href"] for a in links.select("article li a")]
    assert hrefs == [f"{base_url}terms/{slug}/" for _, slug in MKDOCS_LINK_FORMS]


def test_a_failed_inventory_fetch_fails_the_downstream_strict_build(tmp_path):
    project = tmp_path / "consumer"
    shutil.copytree(ROOT / "tests" / "mkdocs_consumer", project)
    env = {**os.environ, "MMG_INVENTORY_URL": "http://127.0.0.1:9/objects.inv", "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
        cwd=project,
        env={**env, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
