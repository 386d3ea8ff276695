//! Roles in time. A speaker may speak for different actors over the years:
//! a candidate is not yet the administration, a former minister no longer
//! speaks for the ministry, a presidential aide who becomes foreign
//! minister moves from one actor to another. A catalogue entry may list
//! its roles with dates; the article's date picks the role.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One office a speaker held, when, and whom it made them speak for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// "Kremlin spokesman", "US President".
    pub title: String,
    /// Whom the role speaks for.
    #[serde(default)]
    pub actor: RoleActor,
    /// First day held (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); none: always.
    #[serde(default)]
    pub from: Option<String>,
    /// First day no longer held, in the same form; none: still held.
    #[serde(default)]
    pub until: Option<String>,
}

/// Whom a role speaks for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RoleActor {
    /// The actor the speaker is listed under.
    #[default]
    Listed,
    /// Another actor, by id.
    Actor(String),
    /// No actor (a candidate, a former official, a private citizen).
    Nobody,
}

/// A day as (year, month, day); a missing month or day is the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub u32, pub u32, pub u32);

impl Day {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (an ISO date with a time
    /// after it too); anything else, such as a date without a year, is
    /// no day.
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let date = s.get(..10.min(s.len()))?;
        let mut parts = date.split('-');
        let y: u32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let m: u32 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
        let d: u32 = parts.next().map_or(Some(1), |p| p.get(..2.min(p.len()))?.parse().ok())?;
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Day(y, m, d))
    }
}

impl Role {
    /// Whether the role was held on `day`.
    pub fn held_on(&self, day: Day) -> bool {
        let from = self.from.as_deref().and_then(Day::parse);
        let until = self.until.as_deref().and_then(Day::parse);
        from.is_none_or(|f| f <= day) && until.is_none_or(|u| day < u)
    }

    /// "Kremlin spokesman, 2012–", "US President, 2017–2021".
    pub fn label(&self) -> String {
        let year = |s: &Option<String>| s.as_deref().and_then(Day::parse).map(|d| d.0.to_string());
        match (year(&self.from), year(&self.until)) {
            (None, None) => self.title.clone(),
            (from, until) => format!("{}, {}–{}", self.title, from.unwrap_or_default(), until.unwrap_or_default()),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// The role held on `day`, among `roles`; the first that covers it.
pub fn role_on(roles: &[Role], day: Day) -> Option<&Role> {
    roles.iter().find(|r| r.held_on(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(title: &str, actor: RoleActor, from: Option<&str>, until: Option<&str>) -> Role {
        Role { title: title.into(), actor, from: from.map(Into::into), until: until.map(Into::into) }
    }

    #[test]
    fn days_parse_in_three_precisions() {
        assert_eq!(Day::parse("2016"), Some(Day(2016, 1, 1)));
        assert_eq!(Day::parse("2016-09"), Some(Day(2016, 9, 1)));
        assert_eq!(Day::parse("2016-09-27"), Some(Day(2016, 9, 27)));
        assert_eq!(Day::parse("2016-09-27T10:00:00Z"), Some(Day(2016, 9, 27)));
        assert_eq!(Day::parse("Sept 4"), None);
        assert_eq!(Day::parse("2016-13-01"), None);
    }

    #[test]
    fn the_role_held_on_a_day() {
        let roles = [
            role("presidential candidate", RoleActor::Nobody, Some("2015-06"), Some("2017-01-20")),
            role("US President", RoleActor::Listed, Some("2017-01-20"), Some("2021-01-20")),
        ];
        assert_eq!(role_on(&roles, Day(2016, 9, 27)).map(|r| &r.actor), Some(&RoleActor::Nobody));
        assert_eq!(role_on(&roles, Day(2018, 1, 1)).map(|r| r.title.as_str()), Some("US President"));
        // the day a role ends belongs to the next one
        assert_eq!(role_on(&roles, Day(2017, 1, 20)).map(|r| r.title.as_str()), Some("US President"));
        assert!(role_on(&roles, Day(2022, 1, 1)).is_none());
    }

    #[test]
    fn labels_show_the_years() {
        assert_eq!(
            role("Kremlin spokesman", RoleActor::Listed, Some("2012-05-22"), None).label(),
            "Kremlin spokesman, 2012–"
        );
        assert_eq!(
            role("US President", RoleActor::Listed, Some("2017"), Some("2021")).label(),
            "US President, 2017–2021"
        );
        assert_eq!(role("adviser", RoleActor::Listed, None, None).label(), "adviser");
    }
}
