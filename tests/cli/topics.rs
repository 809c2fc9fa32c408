//! The topic manual pages (`warden-config(5)`, `warden-recipes(7)`, ...):
//! written by hand in Markdown beside their roff (`man/NAME.N.md`), turned
//! into roff here, and checked to be fresh, to render with `man -l`, to
//! be listed in SEE ALSO and to be shipped by the package.
//!
//! The source is CommonMark with tables. Its first line is `# NAME(N)`;
//! `## Heading` is a section (`.SH`, upper-cased), `### Heading` a
//! subsection. Code is set in bold, emphasis in italic; a table becomes a
//! list tagged by its first column.

use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use roff::{bold, italic, line_break, roman, Inline, Roff};

use crate::common::*;

fn man_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("man")
}

/// Every topic page as (file name, bytes): each Markdown source and the
/// roff made from it.
pub fn pages() -> Vec<(String, Vec<u8>)> {
    let mut sources: Vec<(String, String)> = std::fs::read_dir(man_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .map(|name| {
            let text = std::fs::read_to_string(man_dir().join(&name)).unwrap();
            (name, text)
        })
        .collect();
    sources.sort();
    let mut files = Vec::new();
    for (name, text) in sources {
        let page = name.trim_end_matches(".md").to_string();
        files.push((page, render(&name, &text).into_bytes()));
        files.push((name, text.into_bytes()));
    }
    files
}

/// The topic pages' names, as `warden-config(5)`.
pub fn names() -> Vec<String> {
    pages()
        .into_iter()
        .filter(|(name, _)| !name.ends_with(".md"))
        .map(|(name, _)| {
            let (stem, section) = name.rsplit_once('.').unwrap();
            format!("{stem}({section})")
        })
        .collect()
}

/// The text of a topic page's source.
pub fn source(page: &str) -> String {
    std::fs::read_to_string(man_dir().join(format!("{page}.md")))
        .unwrap_or_else(|e| panic!("man/{page}.md: {e}"))
}

/// The body of the first fenced block after `after` (a piece of its
/// text) in the section of a page's Markdown source that starts with the
/// heading line `section`. `page` is a topic page (`warden-recipes.7`) or
/// `README`.
pub fn block(page: &str, section: &str, after: &str) -> String {
    let text = if page == "README" {
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
    } else {
        source(page)
    };
    let text = text
        .split(&format!("\n{section}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("{page} has no section {section:?}"));
    let from = text
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} is not in {page}, {section:?}"));
    let fence = from + text[from..].find("```").expect("a fenced block");
    let body = fence + text[fence..].find('\n').unwrap() + 1;
    let end = body + text[body..].find("```").expect("the end of the block");
    text[body..end].to_string()
}

/// A page as `man -l` shows it, 80 columns wide, without fonts: written
/// as `name` into `dir` first.
pub fn man_l(dir: &Path, name: &str, page: &[u8]) -> Outcome {
    let file = dir.join(name);
    std::fs::write(&file, page).unwrap();
    run_command(
        std::process::Command::new("man")
            .arg("-l")
            .arg(&file)
            .env("MANWIDTH", "80")
            // man-db keeps bold and underline for any non-empty value,
            // "0" included, so the text would be overstruck.
            .env_remove("MAN_KEEP_FORMATTING")
            .env("MANROFFSEQ", "")
            .env("GROFF_NO_SGR", "1"),
        b"",
    )
}

/// What is being built: the lists and items open around the text.
struct Writer {
    roff: Roff,
    /// The text of the paragraph, heading or cell being read.
    inline: Vec<Inline>,
    /// The same text without fonts, for headings.
    plain: String,
    /// Bold and italic, innermost last.
    style: Vec<Style>,
    /// The open lists: the next number of an ordered one.
    lists: Vec<Option<u64>>,
    /// The next block is the first of a list item, already tagged.
    item_start: bool,
    /// A table being read: its rows of cells.
    table: Option<Vec<Vec<Cell>>>,
    /// The destination of the link being read.
    link: Option<String>,
    code_block: Option<String>,
}

/// A table cell: its text with fonts, and without.
type Cell = (Vec<Inline>, String);

#[derive(Clone, Copy)]
enum Style {
    Bold,
    Italic,
}

impl Writer {
    fn push_text(&mut self, text: &str) {
        self.plain.push_str(text);
        let inline = match self.style.last() {
            Some(Style::Bold) => bold(text),
            Some(Style::Italic) => italic(text),
            None => roman(text),
        };
        self.inline.push(inline);
    }

    fn flush(&mut self) {
        self.plain.clear();
        let inline = std::mem::take(&mut self.inline);
        if !inline.is_empty() {
            self.roff.text(inline);
        }
    }

    /// A new block: a paragraph break, unless it is the first block of a
    /// list item (which its `.IP` opened), and inside an item a break that
    /// keeps the item's indent.
    fn block_break(&mut self) {
        if std::mem::take(&mut self.item_start) {
            return;
        }
        if self.lists.is_empty() {
            self.roff.control("PP", []);
        } else {
            self.roff.control("IP", []);
        }
    }
}

/// Markdown to roff. `name` is the source's file name, for messages.
pub fn render(name: &str, markdown: &str) -> String {
    let title = markdown.lines().next().unwrap_or_default();
    let (page, section) = title
        .strip_prefix("# ")
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.split_once('('))
        .unwrap_or_else(|| panic!("{name}: the first line must be `# NAME(SECTION)`"));
    let mut w = Writer {
        roff: Roff::new(),
        inline: Vec::new(),
        plain: String::new(),
        style: Vec::new(),
        lists: Vec::new(),
        item_start: false,
        table: None,
        link: None,
        code_block: None,
    };
    let version = format!("warden {}", env!("CARGO_PKG_VERSION"));
    w.roff.control(
        "TH",
        [page, section, "\"\"", version.as_str(), "warden manual"],
    );
    // Ragged right: the pages hold long words (test names, paths) that a
    // justified line cannot take without a warning.
    w.roff.control("ad", ["l"]);
    let body = &markdown[title.len()..];
    let mut heading: Option<HeadingLevel> = None;
    for event in Parser::new_ext(body, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                assert!(
                    level != HeadingLevel::H1,
                    "{name}: only the first line is a level-1 heading"
                );
                heading = Some(level);
            }
            Event::End(TagEnd::Heading(level)) => {
                w.inline.clear();
                let text = std::mem::take(&mut w.plain);
                heading = None;
                if level == HeadingLevel::H2 {
                    w.roff.control("SH", [text.to_uppercase().as_str()]);
                } else {
                    w.roff.control("SS", [text.as_str()]);
                }
            }
            Event::Start(Tag::Paragraph) => {
                if w.table.is_none() {
                    w.block_break();
                }
            }
            Event::End(TagEnd::Paragraph) => w.flush(),
            Event::Start(Tag::CodeBlock(kind)) => {
                if let CodeBlockKind::Indented = kind {
                    panic!("{name}: use fenced code blocks");
                }
                w.flush();
                w.block_break();
                w.code_block = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                let code = w.code_block.take().unwrap_or_default();
                w.roff.control("RS", ["4"]);
                w.roff.control("nf", []);
                for line in code.trim_end_matches('\n').lines() {
                    w.roff.text([roman(line)]);
                }
                w.roff.control("fi", []);
                w.roff.control("RE", []);
            }
            Event::Start(Tag::List(first)) => {
                w.flush();
                if !w.lists.is_empty() {
                    w.roff.control("RS", []);
                }
                w.lists.push(first);
                w.item_start = false;
            }
            Event::End(TagEnd::List(_)) => {
                w.flush();
                w.lists.pop();
                if !w.lists.is_empty() {
                    w.roff.control("RE", []);
                }
            }
            Event::Start(Tag::Item) => {
                w.flush();
                match w.lists.last_mut() {
                    Some(Some(n)) => {
                        let tag = format!("{n}.");
                        *n += 1;
                        w.roff.control("IP", [tag.as_str(), "4"]);
                    }
                    _ => {
                        w.roff.control("IP", ["\\(bu", "2"]);
                    }
                }
                w.item_start = true;
            }
            Event::End(TagEnd::Item) => {
                w.flush();
                w.item_start = false;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                w.flush();
                w.roff.control("RS", ["4"]);
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                w.flush();
                w.roff.control("RE", []);
            }
            Event::Start(Tag::Table(_)) => {
                w.flush();
                w.table = Some(Vec::new());
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(rows) = w.table.as_mut() {
                    rows.push(Vec::new());
                }
            }
            Event::End(TagEnd::TableCell) => {
                let cell = (std::mem::take(&mut w.inline), std::mem::take(&mut w.plain));
                if let Some(row) = w.table.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push(cell);
                }
            }
            Event::End(TagEnd::Table) => {
                let rows = w.table.take().unwrap_or_default();
                table(&mut w, rows);
            }
            Event::Start(Tag::Emphasis) => w.style.push(Style::Italic),
            Event::Start(Tag::Strong) => w.style.push(Style::Bold),
            Event::End(TagEnd::Emphasis) | Event::End(TagEnd::Strong) => {
                w.style.pop();
            }
            Event::Start(Tag::Link { dest_url, .. }) => w.link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = w.link.take() {
                    if url.starts_with("http://") || url.starts_with("https://") {
                        w.inline.push(roman(format!(" <{url}>")));
                    }
                }
            }
            Event::Text(text) => {
                if let Some(code) = w.code_block.as_mut() {
                    code.push_str(&text);
                } else {
                    w.push_text(&text);
                }
            }
            Event::Code(code) => {
                w.plain.push_str(&code);
                if heading.is_some() {
                    w.inline.push(roman(code.to_string()));
                } else {
                    w.inline.push(bold(code.to_string()));
                }
            }
            Event::SoftBreak => w.push_text(" "),
            Event::HardBreak => w.inline.push(line_break()),
            Event::Rule => {}
            Event::Start(Tag::TableCell)
            | Event::End(TagEnd::TableHead)
            | Event::End(TagEnd::TableRow) => {}
            other => panic!("{name}: no roff for {other:?}"),
        }
    }
    w.flush();
    w.roff.render()
}

/// A table as a list tagged by its first column; the other columns follow
/// on lines of their own, named by their heading when there are several.
fn table(w: &mut Writer, mut rows: Vec<Vec<Cell>>) {
    if rows.is_empty() {
        return;
    }
    let head: Vec<String> = rows.remove(0).into_iter().map(|(_, plain)| plain).collect();
    let named = head.len() > 2;
    for row in rows {
        let mut cells = row.into_iter().map(|(inline, _)| inline);
        let tag = cells.next().unwrap_or_default();
        if tag.is_empty() {
            w.roff.control("IP", []);
        } else {
            w.roff.control("TP", []);
            w.roff.text(tag);
        }
        for (i, cell) in cells.enumerate() {
            let mut line = Vec::new();
            if i > 0 {
                line.push(line_break());
            }
            match head.get(i + 1) {
                Some(name) if named && !name.is_empty() => line.push(italic(format!("{name}: "))),
                _ => {}
            }
            line.extend(cell);
            w.roff.text(line);
        }
    }
}

#[test]
fn every_topic_page_renders_without_a_warning_and_is_listed_and_shipped() {
    let pages = pages();
    assert!(pages.len() >= 12, "{} topic files", pages.len());
    let man = crate::tools::have(
        "man",
        "man-db",
        "every_topic_page_renders_without_a_warning_and_is_listed_and_shipped (rendering)",
    );
    let root_page = warden::cli::docs::man_pages()
        .unwrap()
        .into_iter()
        .find(|(n, _)| n == "warden.1")
        .map(|(_, p)| String::from_utf8(p).unwrap())
        .unwrap();
    let cargo =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, page) in pages.iter().filter(|(n, _)| !n.ends_with(".md")) {
        let text = String::from_utf8_lossy(page);
        assert!(text.contains(".SH NAME\n.PP\n"), "{name}: no NAME");
        assert!(text.contains(".SH DESCRIPTION\n"), "{name}: no DESCRIPTION");
        let (stem, section) = name.rsplit_once('.').unwrap();
        assert!(
            root_page.contains(&format!("\\fB{}\\fR({section})", stem.replace('-', "\\-"))),
            "warden(1) does not list {name} in SEE ALSO"
        );
        assert!(
            cargo.contains(&format!(
                "[\"man/*.{section}\", \"usr/share/man/man{section}/\""
            )),
            "the package does not ship section {section}"
        );
        if man {
            let out = man_l(dir.path(), name, page);
            assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{name}");
            assert!(out.stdout.contains("DESCRIPTION"), "{name}: {}", out.stdout);
            // Nothing of the Markdown shows through.
            for markup in ["```", "**", "](", "\n## "] {
                assert!(
                    !out.stdout.contains(markup),
                    "{name} shows {markup:?}:\n{}",
                    out.stdout
                );
            }
        }
    }
}

#[test]
fn markdown_becomes_roff_with_sections_code_lists_and_tables() {
    let roff = render(
        "t.7.md",
        "# warden-t(7)\n\n## Name\n\nwarden-t - a test\n\n## Set up\n\nRun `warden init`, *then*:\n\n```sh\n.starts with a dot\n```\n\n- one\n- two\n\n| key | meaning |\n|---|---|\n| `a` | the a |\n",
    );
    assert!(roff.contains(".TH warden-t 7 \"\" \"warden "), "{roff}");
    assert!(
        roff.contains(".SH \"SET UP\"\n.PP\nRun \\fBwarden init\\fR, \\fIthen\\fR:\n"),
        "{roff}"
    );
    assert!(
        roff.contains(".RS 4\n.nf\n\\&.starts with a dot\n.fi\n.RE\n"),
        "{roff}"
    );
    assert!(
        roff.contains(".IP \\(bu 2\none\n.IP \\(bu 2\ntwo\n"),
        "{roff}"
    );
    assert!(roff.contains(".TP\n\\fBa\\fR\nthe a\n"), "{roff}");
}

#[test]
fn help_lists_every_topic_page_and_no_other() {
    let mut listed: Vec<String> = warden::cli::TOPICS
        .iter()
        .map(|(name, section, _, _)| format!("{name}({section})"))
        .collect();
    listed.sort();
    let mut on_disk = names();
    on_disk.sort();
    assert_eq!(listed, on_disk);
    let sb = Sandbox::new();
    let out = sb.run(&["--help"]);
    let help = &out.ok().stdout;
    for name in on_disk {
        assert!(help.contains(&name), "warden --help does not name {name}");
    }
}
