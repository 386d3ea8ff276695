//! The Statements view: every statement that passes the filters as a
//! sortable table; only the rows in view are drawn.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::compare::{self, SortKey};
use egui::RichText;
use egui_extras::{Column, TableBuilder};

pub fn show(ui: &mut egui::Ui, app: &mut CounterpointApp, actions: &mut Vec<Action>) {
    // sort once per change, not per frame
    let stamp = (app.cmp_stamp, app.ui.sort, app.ui.sort_ascending, app.cmp.list.len());
    if app.ui.statements_sorted_for != Some(stamp) {
        let mut list = app.cmp.list.clone();
        compare::sort(&app.ws, &mut list, app.ui.sort, app.ui.sort_ascending);
        app.ui.statements_list = list;
        app.ui.statements_sorted_for = Some(stamp);
    }
    let app = &*app;
    let list = &app.ui.statements_list;
    if list.is_empty() {
        ui.vertical_centered(|ui| {
            ui.add_space(60.0);
            ui.label(RichText::new("No statements match the filters.").size(15.0).weak());
        });
        return;
    }
    let selected_row =
        app.selected.as_ref().and_then(|k| list.iter().position(|r| r.get(&app.ws).is_some_and(|e| &e.key == k)));
    let row_h = ui.text_style_height(&egui::TextStyle::Body).max(ui.spacing().interact_size.y) + 6.0;
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(74.0))
        .column(Column::remainder().at_least(260.0).clip(true))
        .column(Column::initial(150.0).at_least(80.0).clip(true))
        .column(Column::initial(170.0).at_least(80.0).clip(true))
        .column(Column::initial(150.0).at_least(60.0).clip(true))
        .column(Column::initial(150.0).at_least(60.0).clip(true))
        .column(Column::initial(190.0).at_least(80.0).clip(true))
        .min_scrolled_height(0.0)
        .max_scroll_height(f32::INFINITY);
    if let Some(i) = selected_row.filter(|_| app.ui.scroll_to.is_some()) {
        table = table.scroll_to_row(i, Some(egui::Align::Center));
    }
    let mut sort_request: Option<(SortKey, bool)> = None;
    let mut header = |ui: &mut egui::Ui, name: &str, key: SortKey| {
        let active = app.ui.sort == key;
        let arrow = if !active {
            ""
        } else if app.ui.sort_ascending {
            " ▲"
        } else {
            " ▼"
        };
        if ui
            .selectable_label(active, RichText::new(format!("{name}{arrow}")).strong())
            .on_hover_text(format!("Sort by {}", name.to_lowercase()))
            .clicked()
        {
            let asc = if active { !app.ui.sort_ascending } else { true };
            sort_request = Some((key, asc));
        }
    };
    table
        .header(24.0, |mut h| {
            h.col(|ui| header(ui, "Kind", SortKey::Kind));
            h.col(|ui| header(ui, "Statement", SortKey::Text));
            h.col(|ui| header(ui, "Speaker", SortKey::Speaker));
            h.col(|ui| header(ui, "Actor", SortKey::Actor));
            h.col(|ui| header(ui, "Topics", SortKey::Topics));
            h.col(|ui| {
                ui.label(RichText::new("Stance").strong())
                    .on_hover_text("For or against each topic's proposition; ? marks a suggestion");
            });
            h.col(|ui| header(ui, "Article", SortKey::Article));
        })
        .body(|body| {
            body.rows(row_h, list.len(), |mut row| {
                let r = list[row.index()];
                let Some(e) = r.get(&app.ws) else { return };
                let article = &app.ws.session.articles[r.article as usize];
                let cat = &app.ws.session.catalogue;
                row.set_selected(Some(row.index()) == selected_row);
                row.col(|ui| {
                    let (b, h) = style::kind_badge(e.statement.kind);
                    style::badge(ui, b, h);
                });
                row.col(|ui| {
                    let text = style::shorten(&e.text, 220);
                    let t = if e.hidden { RichText::new(text).weak().strikethrough() } else { RichText::new(text) };
                    ui.add(egui::Label::new(t).truncate().selectable(false))
                        .on_hover_text(style::shorten(&e.text, 600));
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(e.statement.speaker.as_deref().unwrap_or("—")).truncate().selectable(false),
                    );
                });
                row.col(|ui| match e.statement.actor.as_deref().and_then(|id| cat.actor(id)) {
                    Some(a) => {
                        style::swatch(ui, a.colour.0);
                        ui.add(egui::Label::new(&a.name).truncate().selectable(false));
                    }
                    None => {
                        ui.label(RichText::new("no actor").weak());
                    }
                });
                row.col(|ui| {
                    let names: Vec<&str> = e
                        .statement
                        .topics
                        .iter()
                        .filter_map(|t| app.ws.session.topics.topic(t).map(|x| x.name.as_str()))
                        .collect();
                    ui.add(egui::Label::new(RichText::new(names.join(", ")).small()).truncate().selectable(false));
                });
                row.col(|ui| {
                    // one coloured word per topic with a stance
                    let mut job = egui::text::LayoutJob::default();
                    for (t, st) in &e.statement.stance {
                        let Some(topic) = app.ws.session.topics.topic(t) else { continue };
                        if !job.text.is_empty() {
                            job.append(" · ", 0.0, egui::TextFormat::default());
                        }
                        let suggested = e.suggestion.as_ref().is_some_and(|s| s.stance.contains_key(t));
                        let mark = if suggested { "?" } else { "" };
                        job.append(
                            &format!("{} {}{mark}", st.symbol(), topic.name),
                            0.0,
                            egui::TextFormat {
                                font_id: egui::FontId::proportional(11.5),
                                color: super::topics::stance_colour(*st),
                                ..Default::default()
                            },
                        );
                    }
                    ui.add(egui::Label::new(job).truncate().selectable(false));
                });
                row.col(|ui| {
                    let mut s = article.title.clone();
                    if !article.outlet.is_empty() {
                        s = format!("{} — {s}", article.outlet);
                    }
                    ui.add(egui::Label::new(RichText::new(s).small()).truncate().selectable(false))
                        .on_hover_text(&article.source);
                });
                let resp = row.response();
                if resp.clicked() {
                    actions.push(Action::Select(Some(e.key.clone())));
                }
                if resp.double_clicked() {
                    actions.push(Action::ShowInArticle(e.key.clone()));
                }
                super::compare::card_menu(&resp, app, &e.key, e.hidden, actions);
            });
        });
    if let Some((key, asc)) = sort_request {
        actions.push(Action::Sort(key, asc));
    }
}
