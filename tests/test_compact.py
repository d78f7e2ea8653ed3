from glossary.compact import compact_html


def test_collapses_indentation_but_keeps_a_line_break():
    assert compact_html("<li>\n      <a>x</a>\n\n    </li>  <b>y</b>") == "<li>\n<a>x</a>\n</li>  <b>y</b>"


def test_keeps_preformatted_text_exactly():
    code = "<pre><code>def f():\n    return 1\n\n\n    # end</code></pre>"
    textarea = "<textarea>a\n\n   b</textarea>"
    page = f"<div>\n   {code}\n   {textarea}\n</div>"
    assert compact_html(page) == f"<div>\n{code}\n{textarea}\n</div>"


def test_text_without_line_breaks_is_unchanged():
    assert compact_html("<p>a  b</p>") == "<p>a  b</p>"
