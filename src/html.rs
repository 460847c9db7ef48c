//! Display-only blocks as HTML text: a small vocabulary of lines. The
//! scoring panel is
//! display-only (its one kind of button, "fix in step …", is handled by a
//! single delegated click listener), so each section is a plain function
//! from the scorecard to lines and the whole panel becomes one string. This
//! costs a fraction of the WASM of typed view code for every section. All
//! text is escaped.

use crate::domain::model::{BantccStatus, Step};

/// One line of a panel section.
pub enum Line {
    /// The section heading.
    Heading(String),
    /// A paragraph with a class ("", "warn", "muted", …) and an optional id.
    Text(&'static str, &'static str, String),
    /// A label and its figure, with the figure's id.
    Figure(String, String, &'static str),
    /// A bulleted list.
    List(Vec<String>),
    /// The probability chain: each factor's text and value.
    Chain(Vec<(String, String)>),
    /// A red flag: its reason, the step that fixes it and the button text.
    Fix(String, Step, String),
    /// BANTCC bars: letter, status, status text; and the chart's summary.
    Chart(Vec<(char, BantccStatus, String)>, String),
    /// The quadrant's cells: text and whether the deal sits there.
    Cells(Vec<(String, bool)>),
    /// Items with a met / unmet mark.
    Marked(Vec<(String, String, bool)>),
}

/// The attribute naming the step a fix button jumps to (its index).
pub const STEP_ATTR: &str = "data-step";

/// Appends `text` with HTML's special characters escaped.
pub fn escape(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `<tag attrs>text</tag>` with the text escaped.
pub fn el(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str(open);
    escape(out, text);
    out.push_str(close);
}

/// A bulleted list of texts.
pub fn items(out: &mut String, list: &[String]) {
    out.push_str("<ul>");
    for i in list {
        el(out, "<li>", i, "</li>");
    }
    out.push_str("</ul>");
}

fn reach(s: BantccStatus) -> usize {
    match s {
        BantccStatus::Unknown => 0,
        BantccStatus::Partial => 70,
        BantccStatus::Confirmed | BantccStatus::Risk => 140,
    }
}

fn chart(out: &mut String, bars: &[(char, BantccStatus, String)], summary: &str) {
    el(
        out,
        r#"<svg class="bantcc-chart" viewBox="0 0 300 144" role="img" aria-label=""#,
        summary,
        r#"">"#,
    );
    for (i, (letter, s, text)) in bars.iter().enumerate() {
        let y = i * 24;
        out.push_str(&format!(
            r#"<text x="0" y="{}" class="letter">{letter}</text><rect x="18" y="{}" width="140" height="16" rx="3" class="track"/><rect x="18" y="{}" width="{}" height="16" rx="3" class="bar {}"/>"#,
            y + 15,
            y + 2,
            y + 2,
            reach(*s),
            s.as_str()
        ));
        el(
            out,
            &format!(r#"<text x="166" y="{}">"#, y + 15),
            text,
            "</text>",
        );
    }
    out.push_str("</svg>");
}

/// Appends lines as HTML.
pub fn write_lines(out: &mut String, lines: &[Line]) {
    for line in lines {
        write_line(out, line);
    }
}

/// Appends one line as HTML.
pub fn write_line(out: &mut String, line: &Line) {
    match line {
        Line::Heading(t) => el(out, "<h3>", t, "</h3>"),
        Line::Text(class, id, t) => {
            let id = if id.is_empty() {
                String::new()
            } else {
                format!(r#" id="{id}""#)
            };
            el(out, &format!(r#"<p class="{class}"{id}>"#), t, "</p>");
        }
        Line::Figure(label, value, id) => {
            el(out, r#"<p class="figure"><span>"#, label, "</span>");
            el(
                out,
                &format!(r#"<strong id="{id}">"#),
                value,
                "</strong></p>",
            );
        }
        Line::List(list) => items(out, list),
        Line::Chain(factors) => {
            out.push_str(r#"<ol class="chain">"#);
            for (t, v) in factors {
                el(out, "<li><span>", t, "</span>");
                el(out, "<strong>", v, "</strong></li>");
            }
            out.push_str("</ol>");
        }
        Line::Fix(reason, step, button) => {
            el(out, r#"<p class="flag"><span>"#, reason, "</span>");
            fix_button(out, *step, button);
            out.push_str("</p>");
        }
        Line::Chart(bars, summary) => chart(out, bars, summary),
        Line::Cells(cells) => {
            out.push_str(r#"<ul class="quadrant">"#);
            for (t, on) in cells {
                let open = if *on {
                    r#"<li class="on" aria-current="true">"#
                } else {
                    "<li>"
                };
                el(out, open, t, "</li>");
            }
            out.push_str("</ul>");
        }
        Line::Marked(list) => {
            out.push_str(r#"<ul class="coverage">"#);
            for (t, mark, ok) in list {
                let class = if *ok { "ok" } else { "todo" };
                el(out, &format!(r#"<li class="{class}"><span>"#), t, "</span>");
                el(out, r#"<span class="mark">"#, mark, "</span></li>");
            }
            out.push_str("</ul>");
        }
    }
}

/// A "fix in step …" button: `data-act="fix"` and the step's index.
pub fn fix_button(out: &mut String, step: Step, text: &str) {
    let attrs = format!(
        r#"class="small" data-act="fix" {STEP_ATTR}="{}""#,
        step.index()
    );
    button(out, &attrs, text);
}

/// `<button type="button" {attrs}>text</button>`; `attrs` is trusted markup
/// (`data-act`, class, id), the text is escaped.
pub fn button(out: &mut String, attrs: &str, text: &str) {
    out.push_str(r#"<button type="button" "#);
    out.push_str(attrs);
    out.push('>');
    escape(out, text);
    out.push_str("</button>");
}

/// Opens a labelled field: `<div class="field"><label for=id>label</label>`
/// (the caller closes it with `</div>`).
pub fn field_open(out: &mut String, id: &str, label: &str) {
    out.push_str(r#"<div class="field"><label for=""#);
    out.push_str(id);
    out.push_str(r#"">"#);
    escape(out, label);
    out.push_str("</label>");
}

/// A control's opening tag, `<{tag} id="{id}" {attrs}>`; `attrs` is trusted
/// markup (data attributes, types), never user text.
pub fn control(out: &mut String, tag: &str, id: &str, attrs: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(r#" id=""#);
    out.push_str(id);
    out.push_str(r#"" "#);
    out.push_str(attrs);
    out.push('>');
}

/// A labelled text input holding `value`.
pub fn text_field(out: &mut String, id: &str, label: &str, value: &str, attrs: &str) {
    field_open(out, id, label);
    control(out, "input", id, attrs);
    // The value attribute, escaped, inside the tag just written.
    out.pop();
    out.push_str(r#" value=""#);
    escape(out, value);
    out.push_str(r#""></div>"#);
}

/// A hint under a control, `<p class="hint" id="{id}-hint">`.
pub fn hint(out: &mut String, id: &str, text: &str) {
    el(
        out,
        &format!(r#"<p class="hint" id="{id}-hint">"#),
        text,
        "</p>",
    );
}

/// A labelled textarea holding `value`, with an optional hint.
pub fn text_area(
    out: &mut String,
    id: &str,
    label: &str,
    hint_text: Option<&str>,
    value: &str,
    attrs: &str,
) {
    field_open(out, id, label);
    let described = if hint_text.is_some() {
        format!(r#" aria-describedby="{id}-hint""#)
    } else {
        String::new()
    };
    control(
        out,
        "textarea",
        id,
        &format!(r#"rows="3"{described} {attrs}"#),
    );
    // The parser drops one newline right after the tag: keep a leading one.
    out.push('\n');
    escape(out, value);
    out.push_str("</textarea>");
    if let Some(h) = hint_text {
        hint(out, id, h);
    }
    out.push_str("</div>");
}

/// A labelled select over `(value, text)` options, `selected` chosen.
pub fn select_field<'a>(
    out: &mut String,
    id: &str,
    label: &str,
    attrs: &str,
    options: impl IntoIterator<Item = (String, &'a str)>,
    selected: &str,
) {
    field_open(out, id, label);
    control(out, "select", id, attrs);
    for (v, t) in options {
        option(out, &v, t, v == selected);
    }
    out.push_str("</select></div>");
}

/// One `<option>`: value and text escaped.
pub fn option(out: &mut String, value: &str, text: &str, selected: bool) {
    out.push_str(r#"<option value=""#);
    escape(out, value);
    out.push_str(if selected { r#"" selected>"# } else { r#"">"# });
    escape(out, text);
    out.push_str("</option>");
}

/// A checkbox with its label beside it, in an element of `tag` ("div", "li").
pub fn check_field(out: &mut String, tag: &str, id: &str, label: &str, on: bool, attrs: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(r#" class="field check">"#);
    control(
        out,
        "input",
        id,
        &format!(
            r#"type="checkbox" {attrs}{}"#,
            if on { " checked" } else { "" }
        ),
    );
    el(out, &format!(r#"<label for="{id}">"#), label, "</label>");
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        write_line(&mut out, &Line::Text("warn", "x", "<b>\"A&B\"</b>".into()));
        assert_eq!(
            out,
            r#"<p class="warn" id="x">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</p>"#
        );
    }

    #[test]
    fn form_markup_is_escaped() {
        let mut out = String::new();
        text_field(&mut out, "a", "L<", "x\"y", r#"type="text""#);
        assert_eq!(
            out,
            r#"<div class="field"><label for="a">L&lt;</label><input id="a" type="text" value="x&quot;y"></div>"#
        );
        out.clear();
        option(&mut out, "v&", "<t>", true);
        assert_eq!(out, r#"<option value="v&amp;" selected>&lt;t&gt;</option>"#);
        out.clear();
        check_field(&mut out, "li", "c", "C", true, r#"data-f="x""#);
        assert_eq!(
            out,
            r#"<li class="field check"><input id="c" type="checkbox" data-f="x" checked><label for="c">C</label></li>"#
        );
    }

    #[test]
    fn fix_buttons_carry_the_step_index() {
        let mut out = String::new();
        write_line(
            &mut out,
            &Line::Fix("No coach".into(), Step::Bantcc, "Fix".into()),
        );
        assert!(out.contains(r#"data-step="3">Fix</button>"#), "{out}");
    }
}
