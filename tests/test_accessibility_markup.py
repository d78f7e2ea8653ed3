from glossary.accessibility import name_search_dialog


def test_search_dialog_gets_an_accessible_name():
    html = '<header><div class="md-search" data-md-component="search" role="dialog"><input></div></header>'
    assert 'role="dialog" aria-label="Search">' in name_search_dialog(html)


def test_pages_without_the_dialog_are_unchanged():
    assert name_search_dialog("<p>hi</p>") == "<p>hi</p>"
