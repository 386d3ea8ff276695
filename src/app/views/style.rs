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
