//! The first screen: what to open.

use super::super::{Action, CounterpointApp};
use egui::RichText;

pub fn show(ui: &mut egui::Ui, app: &CounterpointApp, actions: &mut Vec<Action>) {
    let loading = app.jobs.busy();
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.18).max(24.0));
        ui.label(RichText::new("Counterpoint").size(34.0).strong());
        ui.label(RichText::new("Compare what political actors say, topic by topic.").size(16.0).weak());
        ui.add_space(24.0);
        ui.set_max_width(420.0);
        let big = |ui: &mut egui::Ui, text: &str| {
            ui.add_enabled(
                !loading,
                egui::Button::new(RichText::new(text).size(16.0)).min_size(egui::vec2(300.0, 36.0)),
            )
        };
        if big(ui, "Open articles…").on_hover_text("Text, Markdown or HTML files (Ctrl+O)").clicked() {
            actions.push(Action::OpenArticlesDialog);
        }
        if big(ui, "Open folder…").on_hover_text("Every article file in a folder and its subfolders").clicked() {
            actions.push(Action::OpenFolderDialog);
        }
        if big(ui, "Open session…").on_hover_text("A comparison saved earlier (Ctrl+Shift+O)").clicked() {
            actions.push(Action::OpenSessionDialog);
        }
        if big(ui, "Try the samples")
            .on_hover_text(
                "Ten articles written for Counterpoint, in several outlets' styles, in English, Russian and Ukrainian",
            )
            .clicked()
        {
            actions.push(Action::TrySamples);
        }
        ui.add_space(10.0);
        ui.label(RichText::new("or drop article files and folders on this window").weak());
        ui.label(RichText::new("Statements are found in English, Russian and Ukrainian articles.").weak());
        let recent: Vec<_> = app.prefs.existing_recent().take(6).cloned().collect();
        if !recent.is_empty() {
            ui.add_space(24.0);
            ui.label(RichText::new("Recent sessions").strong());
            for p in recent {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let folder = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
                if ui.link(name).on_hover_text(&folder).clicked() {
                    actions.push(Action::OpenSession(p));
                }
            }
        }
        if loading {
            ui.add_space(16.0);
            ui.spinner();
        }
    });
}
