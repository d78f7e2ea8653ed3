import pytest
from glossary.math import MathError, render_math


def test_block_and_inline_math_become_mathml():
    html = '<p>Let <span class="arithmatex">\\(x_t\\)</span>.</p><div class="arithmatex">\\[\n\\frac{a}{b} &lt; 1\n\\]</div>'
    out = render_math(html)
    assert "arithmatex" not in out
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in out
    assert (
        '<div class="mmg-math" data-search-exclude="formula"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'
        in out
    )
    assert "<mfrac>" in out and ("<mo>&lt;</mo>" in out or "<mo>&#x0003C;</mo>" in out)


def test_text_without_math_is_unchanged():
    html = "<p>Costs $5 and $10.</p>"
    assert render_math(html) == html


@pytest.mark.parametrize(
    ("tex", "reason"), [("a^", "MissingSuperScriptOrSubscriptError"), ("\\foo x", "unknown command \\foo")]
)
def test_unrenderable_formula_is_an_error(tex, reason):
    with pytest.raises(MathError, match="cannot render the formula") as error:
        render_math(f'<span class="arithmatex">\\({tex}\\)</span>')
    assert reason in str(error.value)
