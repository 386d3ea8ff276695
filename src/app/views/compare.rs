//! The Compare view: one column per actor, one row per topic, each cell
//! the actor's statements on that topic as cards. Cells draw only the cards
//! in view, so thousands of statements stay fluid.

use super::super::{Action, CounterpointApp};
use super::style;
use crate::compare::StatementRef;
use crate::session::{StatementKey, ViewKind};
use egui::{RichText, Sense, Stroke};

const COL_W: f32 = 276.0;
const ROW_HEAD_W: f32 = 128.0;
const CARD_H: f32 = 92.0;
const CELL_MAX_H: f32 = 470.0;

pub fn show(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let c = &app.cmp;
    if c.columns.is_empty() {
        empty(ui, "No actor is shown. Tick actors in the sidebar, or choose View ▸ Show statements with no actor.");
        return;
    }
    if c.list.is_empty() {
        empty(ui, "No statements match the filters.");
        return;
    }
    egui::ScrollArea::both().id_salt("compare-grid").auto_shrink([false, false]).show(ui, |ui| {
        // header: actor columns with counts
        ui.horizontal(|ui| {
            ui.add_space(ROW_HEAD_W);
            let mut last_group: Option<&str> = None;
            for col in &c.columns {
                let new_bloc = app.ws.session.view.group_by_bloc && last_group.is_some_and(|g| g != col.group);
                last_group = Some(col.group.as_str());
                if new_bloc {
                    ui.add_space(10.0);
                }
                ui.allocate_ui_with_layout(egui::vec2(COL_W, 44.0), egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.set_width(COL_W);
                    let (bar, _) = ui.allocate_exact_size(egui::vec2(COL_W - 8.0, 4.0), Sense::hover());
                    ui.painter().rect_filled(bar, 1.0, style::rgb(col.colour));
                    let head = ui.label(RichText::new(format!("{} ({})", col.name, col.count)).strong().size(14.5));
                    if col.actor.is_some() {
                        head.on_hover_text(format!("{} · {}", col.name, col.group));
                        if !col.group.is_empty() && app.ws.session.view.group_by_bloc {
                            ui.label(RichText::new(&col.group).small().weak());
                        }
                    }
                });
            }
        });
        ui.separator();
        for (ri, row) in c.rows.iter().enumerate() {
            if row.count == 0 {
                continue;
            }
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(ROW_HEAD_W, 24.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(ROW_HEAD_W - 8.0);
                        ui.label(RichText::new(&row.name).strong());
                        ui.label(RichText::new(format!("{} statements", row.count)).small().weak());
                    },
                );
                let mut last_group: Option<&str> = None;
                for (ci, col) in c.columns.iter().enumerate() {
                    if app.ws.session.view.group_by_bloc && last_group.is_some_and(|g| g != col.group) {
                        ui.add_space(10.0);
                    }
                    last_group = Some(col.group.as_str());
                    cell(ui, app, &c.cells[ri][ci], (ri, ci), actions);
                }
            });
            ui.separator();
        }
    });
}

fn empty(ui: &mut egui::Ui, text: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(RichText::new(text).size(15.0).weak());
    });
}

fn cell(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    refs: &[StatementRef],
    id: (usize, usize),
    actions: &mut Vec<Action>,
) {
    ui.allocate_ui_with_layout(egui::vec2(COL_W, 10.0), egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_width(COL_W);
        if refs.is_empty() {
            ui.label(RichText::new("—").weak());
            return;
        }
        let spacing = ui.spacing().item_spacing.y;
        let height = (refs.len() as f32 * (CARD_H + spacing)).min(CELL_MAX_H);
        egui::ScrollArea::vertical()
            .id_salt(("cell", id))
            .max_height(height)
            .min_scrolled_height(height)
            .auto_shrink([false, true])
            .show_rows(ui, CARD_H, refs.len(), |ui, range| {
                for r in &refs[range] {
                    card(ui, app, *r, id, actions);
                }
            });
    });
}

/// One statement as a card: the words, who said them, where.
pub fn card(
    ui: &mut egui::Ui,
    app: &CounterpointApp,
    r: StatementRef,
    cell: (usize, usize),
    actions: &mut Vec<Action>,
) {
    let Some(e) = r.get(&app.ws) else { return };
    let article = &app.ws.session.articles[r.article as usize];
    let cat = &app.ws.session.catalogue;
    let actor = e.statement.actor.as_deref().and_then(|id| cat.actor(id));
    let colour = actor.map_or(style::NO_ACTOR, |a| a.colour.0);
    let selected = app.selected.as_ref() == Some(&e.key);
    let visuals = ui.visuals().clone();
    let fill = if selected { style::tint(colour, 40) } else { visuals.extreme_bg_color };
    let width = COL_W - 10.0;
    let frame = egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .stroke(Stroke::new(
            if selected { 2.0 } else { 1.0 },
            if selected { style::rgb(colour) } else { visuals.widgets.noninteractive.bg_stroke.color },
        ))
        .inner_margin(egui::Margin { left: 10, right: 6, top: 5, bottom: 4 });
    let resp = frame
        .show(ui, |ui| {
            ui.set_width(width - 16.0);
            ui.set_height(CARD_H - 11.0);
            let quoted = matches!(e.statement.kind, crate::extract::Kind::Direct);
            let text = if quoted {
                format!("“{}”", e.text.split_whitespace().collect::<Vec<_>>().join(" "))
            } else {
                e.text.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            let mut job = egui::text::LayoutJob::single_section(
                text,
                egui::TextFormat {
                    font_id: egui::FontId::proportional(13.0),
                    color: if e.hidden { visuals.weak_text_color() } else { visuals.text_color() },
                    ..Default::default()
                },
            );
            job.wrap = egui::text::TextWrapping {
                max_width: width - 18.0,
                max_rows: 3,
                break_anywhere: false,
                overflow_character: Some('…'),
            };
            ui.add(egui::Label::new(job).selectable(false));
            ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                ui.horizontal(|ui| {
                    // the stance toward this row's topic
                    if let Some(row) = app.cmp.rows.get(cell.0)
                        && let Some(st) = e.statement.stance.get(&row.id)
                    {
                        let suggested = e.suggestion.as_ref().is_some_and(|s| s.stance.contains_key(&row.id));
                        let prop = app.ws.session.topics.topic(&row.id).map_or("", |t| t.proposition.as_str());
                        let hover = if suggested {
                            format!("{} (suggested from your corrections): {prop}", st.label())
                        } else {
                            format!("{}: {prop}", st.label())
                        };
                        super::topics::stance_badge(ui, *st, suggested, &hover);
                    }
                    let (badge, hover) = style::kind_badge(e.statement.kind);
                    style::badge(ui, badge, hover);
                    let who = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
                    let mut source = vec![who.to_string()];
                    if !article.outlet.is_empty() {
                        source.push(article.outlet.clone());
                    }
                    if let Some(d) = &article.date {
                        source.push(crate::ingest::display_date(d));
                    }
                    let mut line = source.join(" · ");
                    if e.edited {
                        line.push_str(" · edited");
                    }
                    if e.hidden {
                        line.push_str(" · hidden");
                    }
                    ui.add(egui::Label::new(RichText::new(style::shorten(&line, 48)).small().weak()).selectable(false));
                });
            });
        })
        .response;
    // the actor's colour as a bar on the left edge
    let bar = egui::Rect::from_min_size(resp.rect.min, egui::vec2(4.0, resp.rect.height()));
    ui.painter().rect_filled(bar, egui::CornerRadius { nw: 4, sw: 4, ne: 0, se: 0 }, style::rgb(colour));
    let resp = ui.interact(resp.rect, ui.scope_id().with(("card", cell, r.article, r.entry)), Sense::click());
    let actor_name = actor.map_or("No actor", |a| a.name.as_str());
    let who = e.statement.speaker.as_deref().unwrap_or("unknown speaker");
    let stance = app.cmp.rows.get(cell.0).and_then(|row| e.statement.stance.get(&row.id));
    let stance = stance.map_or(String::new(), |s| format!(" — stance: {}", s.label()));
    let label = format!("{actor_name} · {who}: {}{stance}", style::shorten(&e.text, 120));
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if resp.clicked() {
        actions.push(Action::Select(Some(e.key.clone())));
    }
    if resp.double_clicked() {
        actions.push(Action::ShowInArticle(e.key.clone()));
    }
    let resp = resp.on_hover_text(style::shorten(&e.text, 600));
    card_menu(&resp, app, &e.key, e.hidden, actions);
}

/// Right-click menu of a statement: quick reassignment and navigation.
pub fn card_menu(
    resp: &egui::Response,
    app: &CounterpointApp,
    key: &StatementKey,
    hidden: bool,
    actions: &mut Vec<Action>,
) {
    resp.context_menu(|ui| {
        if ui.button("Show in article").clicked() {
            actions.push(Action::ShowInArticle(key.clone()));
        }
        ui.menu_button("Assign to", |ui| {
            for a in &app.ws.session.catalogue.actors {
                if ui.button(&a.name).clicked() {
                    actions.push(Action::SetActor(key.clone(), Some(a.id.clone())));
                }
            }
            ui.separator();
            if ui.button("No actor").clicked() {
                actions.push(Action::SetActor(key.clone(), None));
            }
            if ui.button("New actor…").clicked() {
                actions.push(Action::NewActorDialog(Some(key.clone())));
            }
        });
        if ui.button(if hidden { "Restore" } else { "Hide" }).clicked() {
            actions.push(Action::SetHidden(key.clone(), !hidden));
        }
        if ui.button("Open in Statements").clicked() {
            actions.push(Action::Select(Some(key.clone())));
            actions.push(Action::SetView(ViewKind::Statements));
        }
    });
}
