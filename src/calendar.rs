//! Days on the calendar, for filtering by date and for giving a year to a
//! dateline that left it out.
//!
//! Article dates are stored as ingest found them: `YYYY-MM-DD` when the
//! year is known, the words as written ("December 4") when it is not. Here
//! they become day numbers (days since 1970-01-01), which compare and
//! subtract simply.

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    // Howard Hinnant's algorithm
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number: (year, month, day).
pub fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `YYYY-MM-DD` of a day number.
pub fn iso(day: i32) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of a stored or typed date, when it has a year.
pub fn day_of(date: &str) -> Option<i32> {
    let (year, month, day) = crate::ingest::date_parts(date)?;
    Some(days_from_civil(year? as i32, month, day))
}

/// (month, day) of a date that names no year ("December 4", "4 Dec").
pub fn yearless(date: &str) -> Option<(u32, u32)> {
    match crate::ingest::date_parts(date)? {
        (None, month, day) => Some((month, day)),
        _ => None,
    }
}

/// The year that puts `month`/`day` nearest to one of the `known` days:
/// an article dated "December 4" among articles of early December 2025 is
/// from 2025, one dated "January 2" among them from 2026. `None` when no
/// day is known.
pub fn nearest_year(month: u32, day: u32, known: &[i32]) -> Option<i32> {
    let mut years: Vec<i32> = known.iter().map(|&d| civil_from_days(d).0).collect();
    years.sort_unstable();
    years.dedup();
    let mut best: Option<(i32, i32)> = None;
    for y in years.iter().flat_map(|&y| [y - 1, y, y + 1]) {
        // 29 February only exists in leap years
        if month == 2 && day == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) {
            continue;
        }
        let d = days_from_civil(y, month, day);
        let distance = known.iter().map(|&k| (k - d).abs()).min()?;
        if best.is_none_or(|(bd, _)| distance < bd) {
            best = Some((distance, y));
        }
    }
    best.map(|(_, y)| y)
}

/// Reads a date the user typed, in any form ingest understands, as
/// `YYYY-MM-DD`. A date without a year is refused: the point of typing
/// one is to say which day.
pub fn parse_typed(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty");
    }
    match crate::ingest::date_parts(text) {
        Some((Some(y), m, d)) => Ok(iso(days_from_civil(y as i32, m, d))),
        Some((None, _, _)) => Err("add the year, e.g. 4 Dec 2025"),
        None => Err("not a date; write e.g. 4 Dec 2025 or 2025-12-04"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2);
        for z in [-800_000, -1, 0, 1, 10_957, 20_426, 60_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(iso(days_from_civil(2025, 12, 4)), "2025-12-04");
    }

    #[test]
    fn stored_and_typed_dates() {
        assert_eq!(day_of("2025-12-04"), Some(days_from_civil(2025, 12, 4)));
        assert_eq!(day_of("December 4"), None);
        assert_eq!(yearless("December 4"), Some((12, 4)));
        assert_eq!(yearless("2025-12-04"), None);
        assert_eq!(parse_typed(" 4 Dec 2025 ").as_deref(), Ok("2025-12-04"));
        assert_eq!(parse_typed("December 4, 2025").as_deref(), Ok("2025-12-04"));
        assert_eq!(parse_typed("04.12.2025").as_deref(), Ok("2025-12-04"));
        assert!(parse_typed("4 Dec").is_err());
        assert!(parse_typed("next Tuesday").is_err());
        assert!(parse_typed("2025-02-30").is_err());
    }

    #[test]
    fn a_missing_year_is_the_one_nearest_the_other_articles() {
        let early_december = [days_from_civil(2025, 12, 3), days_from_civil(2025, 12, 7)];
        assert_eq!(nearest_year(12, 4, &early_december), Some(2025));
        assert_eq!(nearest_year(1, 2, &early_december), Some(2026));
        assert_eq!(nearest_year(11, 28, &early_december), Some(2025));
        assert_eq!(nearest_year(12, 4, &[]), None);
        // 29 February goes to a leap year
        assert_eq!(nearest_year(2, 29, &[days_from_civil(2025, 3, 1)]), Some(2024));
    }
}
