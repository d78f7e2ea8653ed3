"""Every URL we ever published still resolves, and every URL the site publishes is recorded."""

from url_manifest import published_urls, read_manifest


def test_no_published_url_disappears(real_site):
    built = set(published_urls(real_site))
    missing = [url for url in read_manifest() if url not in built]
    assert not missing, f"these published URLs are gone; add an alias (redirect) for each: {missing}"


def test_every_url_of_the_site_is_in_the_manifest(real_site):
    recorded = set(read_manifest())
    unrecorded = [url for url in published_urls(real_site) if url not in recorded]
    assert not unrecorded, f"new URLs: run `make urls` to record them: {unrecorded}"
