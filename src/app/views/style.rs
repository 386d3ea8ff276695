//! Colours, fonts and small shared widgets.

use egui::{Color32, RichText, Stroke};

/// Sets the look: a light theme suited to reading text, and (in the real
/// window) system fonts as fallback for scripts egui's fonts lack.
pub fn install(ctx: &egui::Context, system_fonts: bool) {
    ctx.set_theme(egui::ThemePreference::Light);
    ctx.all_styles_mut(|s| {
        s.spacing.item_spacing = egui::vec2(8.0, 5.0);
        s.spacing.button_padding = egui::vec2(8.0, 3.0);
        s.interaction.selectable_labels = true;
    });
    // Ubuntu Light (egui's text font) lacks arrows and geometric shapes;
    // Hack, also bundled, has them
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
        && fonts.font_data.contains_key("Hack")
    {
        family.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
    if system_fonts {
        ctx.add_font_provider(std::sync::Arc::new(egui_system_font_provider::SystemFontProvider::new()));
    }
}

pub fn rgb(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// A pale tint of an actor's colour, for highlights behind text.
pub fn tint(c: [u8; 3], alpha: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(c[0], c[1], c[2], alpha)
}

pub const NO_ACTOR: [u8; 3] = [128, 128, 128];

/// A small coloured square, as in a legend.
pub fn swatch(ui: &mut egui::Ui, colour: [u8; 3]) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, rgb(colour));
}

/// A section heading in the sidebar.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(text).small().strong().color(ui.visuals().weak_text_color()));
}

/// The marker for direct / indirect / mixed.
pub fn kind_badge(kind: crate::extract::Kind) -> (&'static str, &'static str) {
    match kind {
        crate::extract::Kind::Direct => ("DIRECT", "Direct quote: the whole statement is in quotation marks"),
        crate::extract::Kind::Indirect => ("REPORTED", "Reported speech, no quotation marks"),
        crate::extract::Kind::Mixed => ("MIXED", "Reported speech with quoted words"),
    }
}

pub fn badge(ui: &mut egui::Ui, text: &str, hover: &str) {
    let visuals = ui.visuals().clone();
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(4, 1))
        .corner_radius(3.0)
        .stroke(Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color))
        .show(ui, |ui| {
            ui.label(RichText::new(text).size(9.5).color(visuals.weak_text_color()));
        })
        .response
        .on_hover_text(hover);
}

/// Shortens to `max` characters on a word boundary, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{cut}…")
}

/// A date field: shows the date as every date is shown, reads what is
/// typed in any form ingest understands, and commits on Enter or when
/// focus leaves. Returns the new value once committed (`None` inside: the
/// field was emptied). A date it cannot read is kept as typed, with the
/// reason below it.
pub fn date_field(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: Option<&str>,
    hint: &str,
    label: egui::Id,
) -> Option<Option<String>> {
    let shown = current.map(crate::ingest::display_date).unwrap_or_default();
    let draft = id.with("draft");
    let error = id.with("error");
    let mut text = ui.data(|d| d.get_temp::<String>(draft)).unwrap_or_else(|| shown.clone());
    let mut result = None;
    ui.vertical(|ui| {
        let r = ui
            .add(egui::TextEdit::singleline(&mut text).id(id).hint_text(hint).desired_width(120.0))
            .labelled_by(label);
        if r.changed() {
            ui.data_mut(|d| d.insert_temp(draft, text.clone()));
        }
        if r.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(draft));
            let t = text.trim();
            if t.is_empty() {
                ui.data_mut(|d| d.remove::<String>(error));
                result = current.is_some().then_some(None);
            } else if t != shown {
                match crate::calendar::parse_typed(t) {
                    Ok(iso) => {
                        ui.data_mut(|d| d.remove::<String>(error));
                        result = (Some(iso.as_str()) != current).then_some(Some(iso));
                    }
                    Err(why) => {
                        // keep what was typed, and say why it was not taken
                        ui.data_mut(|d| {
                            d.insert_temp(draft, t.to_string());
                            d.insert_temp(error, format!("“{t}”: {why}"));
                        });
                    }
                }
            }
        }
        if let Some(e) = ui.data(|d| d.get_temp::<String>(error)) {
            ui.label(RichText::new(e).small().color(Color32::from_rgb(0xb0, 0x20, 0x20)));
        }
    });
    result
}

/// A word or phrase with a × to remove it, kept on one line: it moves to
/// the next line whole rather than breaking between the word and its ×.
/// Returns whether × was clicked.
pub fn chip(ui: &mut egui::Ui, text: &str, remove_hover: &str) -> bool {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_w = ui.fonts_mut(|f| f.layout_no_wrap(text.to_string(), font, Color32::PLACEHOLDER)).size().x;
    let button_w = ui.spacing().interact_size.y + 4.0;
    let width = (text_w + button_w + 18.0).min(ui.max_rect().width());
    let left = ui.max_rect().max.x - ui.cursor().min.x;
    if left < width && ui.cursor().min.x > ui.max_rect().min.x + 1.0 {
        ui.end_row();
    }
    let mut removed = false;
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .corner_radius(10.0)
        .inner_margin(egui::Margin { left: 8, right: 2, top: 1, bottom: 1 })
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.x = 2.0;
            ui.horizontal(|ui| {
                ui.label(text);
                removed = ui
                    .add(egui::Button::new("×").small().frame(false))
                    .accessible_name(remove_hover)
                    .on_hover_text(remove_hover)
                    .clicked();
            });
        });
    removed
}

#[cfg(test)]
mod tests {
    /// Every letter and mark of Russian and Ukrainian copy.
    const CYRILLIC: &str = "АБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя«»„“”—–’ʼ№";

    #[test]
    fn the_bundled_fonts_have_every_cyrillic_letter_and_mark() {
        let ctx = egui::Context::default();
        super::install(&ctx, false);
        let mut out = ctx.run_ui(Default::default(), |_| {});
        out.textures_delta.clear();
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            let id = egui::FontId::new(14.0, family.clone());
            let missing: String = CYRILLIC.chars().filter(|&c| !ctx.fonts_mut(|f| f.has_glyph(&id, c))).collect();
            assert!(missing.is_empty(), "{family:?} lacks {missing:?}");
        }
    }
}
