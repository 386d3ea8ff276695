//! The Article view: the text with every statement highlighted in its
//! actor's colour. Clicking a highlight selects the statement; selecting
//! text offers "Add statement".

use super::super::{Action, CounterpointApp};
use super::compare::plural;
use super::style;
use crate::article::{Article, ArticleId};
use crate::span::Span;
use crate::workspace::Entry;
use egui::RichText;
use egui::text::{LayoutJob, TextFormat};
use std::sync::Arc;

/// Articles longer than this are shown read-only in chunks (laying out
/// megabytes as one text field would stall the window).
const SELECTABLE_LIMIT: usize = 300_000;
const CHUNK: usize = 4000;

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    let ws = &app.ws;
    let Some(idx) =
        ws.session.view.article.as_ref().and_then(|id| ws.index_of(id)).or(if ws.session.articles.is_empty() {
            None
        } else {
            Some(0)
        })
    else {
        return;
    };
    let article = ws.session.articles[idx].clone();
    let entries = &ws.entries[idx][..];
    let show_hidden = ws.session.view.filters.show_hidden;

    // header: which article, what it is, what is in it
    ui.horizontal(|ui| {
        ui.label("Article:");
        egui::ComboBox::from_id_salt("article-pick")
            .width(420.0)
            .selected_text(style::shorten(&article.title, 70))
            .show_ui(ui, |ui| {
                for a in &ws.session.articles {
                    if ui.selectable_label(a.id == article.id, style::shorten(&a.title, 90)).clicked() {
                        actions.push(Action::OpenArticle(a.id.clone()));
                    }
                }
            })
            .response
            .accessible_name("Article");
    });
    ui.add_space(4.0);
    ui.label(RichText::new(&article.title).heading());
    meta_fields(ui, &article, actions);
    let mut meta = vec![article.source.clone()];
    if article.lang.is_known() {
        meta.push(article.lang.label());
    }
    meta.push(plural(entries.iter().filter(|e| !e.hidden).count(), "statement"));
    ui.label(RichText::new(meta.join(" · ")).weak());
    if article.lang.is_known() && !article.lang.is_read() {
        ui.label(
            RichText::new(format!(
                "This article is in {}. Extraction reads English, Russian and Ukrainian, so no statements were found in it: select words and press Add statement to mark them by hand.",
                article.lang.label()
            ))
            .color(egui::Color32::from_rgb(0x9a, 0x5b, 0x00)),
        );
    }
    legend(ui, app, entries);

    let big = article.text.len() > SELECTABLE_LIMIT;
    let selection = app.ui.article_selection.clone().filter(|(id, _)| *id == article.id);
    ui.horizontal(|ui| {
        if big {
            ui.label(RichText::new("This article is long, so its text is shown read-only: adding statements by hand is not available here.").weak());
        } else {
            let has = selection.as_ref().is_some_and(|(_, s)| !s.is_empty());
            let add = ui.add_enabled(has, egui::Button::new("Add statement")).on_hover_text("Select the words that were said, then add them as a statement");
            if add.clicked()
                && let Some((id, span)) = &selection {
                    actions.push(Action::AddStatement { article: id.clone(), span: *span });
                }
            if !has {
                ui.label(RichText::new("Select text to add a statement the extraction missed.").weak());
            }
        }
    });
    ui.separator();

    let selected = app.selected.clone().filter(|k| k.article == article.id);
    let highlights = highlights(app, entries, show_hidden, selected.as_ref().map(|k| &k.span));
    let scroll_to = app.ui.scroll_to.take().filter(|k| k.article == article.id);
    egui::ScrollArea::vertical().id_salt(("article", article.id.0.as_str())).auto_shrink([false, false]).show(
        ui,
        |ui| {
            ui.set_max_width(820.0f32.min(ui.available_width()));
            if big {
                chunks(ui, &article, &highlights, entries, actions, scroll_to.as_ref().map(|k| k.span.start));
            } else {
                let selection = &mut app.ui.article_selection;
                text_field(
                    ui,
                    selection,
                    &article,
                    &highlights,
                    entries,
                    actions,
                    scroll_to.as_ref().map(|k| k.span.start),
                );
            }
        },
    );
}

/// Where and when the article was published, as fields the user can fix
/// (each change one undoable edit).
fn meta_fields(ui: &mut egui::Ui, article: &Article, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let l = ui.label("Outlet");
        let id = egui::Id::unique(("article-outlet", article.id.0.as_str()));
        let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| article.outlet.clone());
        let r = ui
            .add(egui::TextEdit::singleline(&mut text).hint_text("who published it").desired_width(220.0))
            .labelled_by(l.id);
        if r.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if r.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
            let outlet = text.trim().to_string();
            if outlet != article.outlet {
                let mut meta = crate::workspace::ArticleMeta::of(article);
                meta.outlet = outlet;
                actions.push(Action::SetArticleMeta(article.id.clone(), meta));
            }
        }
        ui.add_space(10.0);
        let l = ui.label("Date");
        let id = egui::Id::unique(("article-date", article.id.0.as_str()));
        if let Some(date) = style::date_field(ui, id, article.date.as_deref(), "e.g. 4 Dec 2025", l.id) {
            let mut meta = crate::workspace::ArticleMeta::of(article);
            meta.date = date;
            actions.push(Action::SetArticleMeta(article.id.clone(), meta));
        }
        if article.date.as_deref().and_then(crate::calendar::yearless).is_some() {
            ui.label(RichText::new("no year given").small().color(egui::Color32::from_rgb(0xb0, 0x60, 0x00)));
        } else if article.date.is_none() {
            ui.label(RichText::new("no date found").small().weak());
        }
    });
}

/// The actors present in this article, with their colours.
fn legend(ui: &mut egui::Ui, app: &CounterpointApp, entries: &[Entry]) {
    let cat = &app.ws.session.catalogue;
    let mut seen: Vec<&str> = Vec::new();
    for e in entries {
        if let Some(a) = e.statement.actor.as_deref()
            && !seen.contains(&a)
        {
            seen.push(a);
        }
    }
    ui.horizontal_wrapped(|ui| {
        for id in seen {
            if let Some(a) = cat.actor(id) {
                style::swatch(ui, a.colour.0);
                ui.label(RichText::new(&a.name).small());
            }
        }
        if entries.iter().any(|e| e.statement.actor.is_none()) {
            style::swatch(ui, style::NO_ACTOR);
            ui.label(RichText::new("No actor").small());
        }
    });
}

/// Byte ranges to colour: (span, colour, selected).
fn highlights(
    app: &CounterpointApp,
    entries: &[Entry],
    show_hidden: bool,
    selected: Option<&Span>,
) -> Vec<(Span, [u8; 3], bool)> {
    let cat = &app.ws.session.catalogue;
    let mut out = Vec::new();
    for e in entries {
        if e.hidden && !show_hidden {
            continue;
        }
        let colour = e.statement.actor.as_deref().and_then(|id| cat.actor(id)).map_or(style::NO_ACTOR, |a| a.colour.0);
        let sel = selected == Some(&e.key.span);
        for p in e.statement.parts() {
            out.push((p, colour, sel));
        }
    }
    out.sort_by_key(|(s, _, _)| s.start);
    out
}

fn job_for(text: &str, offset: usize, highlights: &[(Span, [u8; 3], bool)], ui: &egui::Ui) -> LayoutJob {
    let font = egui::FontId::proportional(15.5);
    let color = ui.visuals().text_color();
    let plain = TextFormat { font_id: font.clone(), color, line_height: Some(23.0), ..Default::default() };
    let mut job = LayoutJob::default();
    let mut pos = 0;
    let end = text.len();
    for (span, colour, sel) in highlights {
        let s = span.start.saturating_sub(offset).min(end);
        let e = span.end.saturating_sub(offset).min(end);
        if e <= pos || span.end <= offset {
            continue;
        }
        let s = s.max(pos);
        if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > pos {
            job.append(&text[pos..s], 0.0, plain.clone());
        }
        let mut f = plain.clone();
        f.background = style::tint(*colour, if *sel { 110 } else { 48 });
        if *sel {
            f.underline = egui::Stroke::new(2.0, style::rgb(*colour));
        }
        job.append(&text[s..e], 0.0, f);
        pos = e;
    }
    if pos < end {
        job.append(&text[pos..], 0.0, plain);
    }
    job
}

fn text_field(
    ui: &mut egui::Ui,
    selection: &mut Option<(ArticleId, Span)>,
    article: &Arc<Article>,
    highlights: &[(Span, [u8; 3], bool)],
    entries: &[Entry],
    actions: &mut Vec<Action>,
    scroll_to: Option<usize>,
) {
    let text: &str = &article.text;
    let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
        let mut job = job_for(buf.as_str(), 0, highlights, ui);
        job.wrap.max_width = wrap;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut readonly: &str = text;
    let out = egui::TextEdit::multiline(&mut readonly)
        .id_salt(("article-text", article.id.0.as_str()))
        .desired_width(f32::INFINITY)
        .frame(egui::Frame::NONE)
        .layouter(&mut layouter)
        .show(ui);
    out.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Article text"));
    let to_byte = |ci: usize| text.char_indices().nth(ci).map_or(text.len(), |(b, _)| b);
    if let Some(range) = out.cursor_range {
        let r = range.as_sorted_char_range();
        if r.start.0 != r.end.0 {
            let span = Span::new(to_byte(r.start.0), to_byte(r.end.0));
            *selection = Some((article.id.clone(), span));
        } else {
            if selection.as_ref().is_some_and(|(id, _)| *id == article.id) {
                *selection = None;
            }
            if out.response.clicked() {
                let at = to_byte(r.start.0);
                select_at(entries, at, actions);
            }
        }
    }
    if let Some(b) = scroll_to {
        let ci = text[..b.min(text.len())].chars().count();
        let rect = out.galley.pos_from_cursor(egui::text::CCursor::new(ci)).translate(out.galley_pos.to_vec2());
        ui.scroll_to_rect(rect.expand(80.0), Some(egui::Align::Center));
    }
    out.response.context_menu(|ui| {
        let sel = selection.clone().filter(|(id, s)| *id == article.id && !s.is_empty());
        if ui.add_enabled(sel.is_some(), egui::Button::new("Add statement from selection")).clicked()
            && let Some((id, span)) = sel
        {
            actions.push(Action::AddStatement { article: id, span });
        }
    });
}

fn select_at(entries: &[Entry], at: usize, actions: &mut Vec<Action>) {
    let hit = entries.iter().find(|e| e.statement.parts().iter().any(|p| p.start <= at && at < p.end)).or_else(|| {
        // a click just after the last character of a highlight
        entries.iter().find(|e| e.statement.parts().iter().any(|p| p.start <= at && at <= p.end))
    });
    if let Some(e) = hit {
        actions.push(Action::Select(Some(e.key.clone())));
    }
}

/// Where a long article is cut into chunks, and where each chunk's top is
/// at one width (`tops` has one more entry than `ends`: the total height).
struct ChunkLayout {
    width: f32,
    ends: Vec<usize>,
    tops: Vec<f32>,
}

/// Cuts `text` into chunks of about `CHUNK` bytes, at a line break or a
/// space where there is one.
fn chunk_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if end < text.len()
            && let Some(nl) = text[start..end].rfind(['\n', ' '])
            && nl > CHUNK / 2
        {
            end = start + nl + 1;
        }
        ends.push(end);
        start = end;
    }
    ends
}

/// The chunks' heights at this width, measured once and kept until the
/// width changes: colours and underlines do not change a chunk's height.
fn chunk_layout(ui: &egui::Ui, article: &Article, width: f32) -> Arc<ChunkLayout> {
    let key = egui::Id::unique(("article-chunks", article.id.0.as_str()));
    if let Some(l) = ui.data(|d| d.get_temp::<Arc<ChunkLayout>>(key))
        && l.width == width
    {
        return l;
    }
    let ends = chunk_ends(&article.text);
    let mut tops = Vec::with_capacity(ends.len() + 1);
    let (mut start, mut y) = (0, 0.0);
    tops.push(y);
    for &end in &ends {
        let mut job = job_for(&article.text[start..end], start, &[], ui);
        job.wrap.max_width = width;
        y += ui.fonts_mut(|f| f.layout_job(job)).size().y;
        tops.push(y);
        start = end;
    }
    let layout = Arc::new(ChunkLayout { width, ends, tops });
    ui.data_mut(|d| d.insert_temp(key, layout.clone()));
    layout
}

/// Long articles: read-only chunks, each clickable. Only the chunks in view
/// are laid out and drawn; the rest is empty space of their known height.
fn chunks(
    ui: &mut egui::Ui,
    article: &Arc<Article>,
    highlights: &[(Span, [u8; 3], bool)],
    entries: &[Entry],
    actions: &mut Vec<Action>,
    scroll_to: Option<usize>,
) {
    let text: &str = &article.text;
    let width = ui.available_width().round();
    let layout = chunk_layout(ui, article, width);
    let n = layout.ends.len();
    let origin = ui.cursor().min;
    let chunk_rect = |i: usize| {
        egui::Rect::from_min_size(
            origin + egui::vec2(0.0, layout.tops[i]),
            egui::vec2(width, layout.tops[i + 1] - layout.tops[i]),
        )
    };
    if let Some(b) = scroll_to {
        let i = layout.ends.partition_point(|&e| e <= b).min(n.saturating_sub(1));
        if n > 0 {
            ui.scroll_to_rect(chunk_rect(i), Some(egui::Align::Center));
        }
    }
    let clip = ui.clip_rect();
    let first = layout.tops.partition_point(|&t| origin.y + t <= clip.min.y).saturating_sub(1).min(n);
    let last = layout.tops.partition_point(|&t| origin.y + t < clip.max.y).min(n).max(first);
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        ui.add_space(layout.tops[first]);
        for i in first..last {
            let start = if i == 0 { 0 } else { layout.ends[i - 1] };
            let end = layout.ends[i];
            let mut job = job_for(&text[start..end], start, highlights, ui);
            job.wrap.max_width = width;
            let galley = ui.fonts_mut(|f| f.layout_job(job));
            let (rect, resp) = ui.allocate_exact_size(chunk_rect(i).size(), egui::Sense::click());
            resp.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Label, true, format!("Article text, part {} of {n}", i + 1))
            });
            ui.painter().galley(rect.min, galley.clone(), ui.visuals().text_color());
            if resp.clicked()
                && let Some(p) = resp.interact_pointer_pos()
            {
                let c = galley.cursor_from_pos(p - rect.min);
                let at = start + text[start..end].char_indices().nth(c.index.0).map_or(end - start, |(b, _)| b);
                select_at(entries, at, actions);
            }
        }
        ui.add_space(layout.tops[n] - layout.tops[last]);
    });
}
