//! Counterpoint: compare the stated positions of political actors.
//!
//! The library is the whole core: reading articles ([`ingest`]), finding
//! attributed statements in them ([`extract`]), mapping speakers to actors
//! ([`catalogue`]) and topics ([`topics`]). The desktop app and the command
//! line are thin clients of it; nothing here depends on egui.

pub mod article;
pub mod catalogue;
pub mod cli;
pub mod compare;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod samples;
pub mod session;
pub mod span;
pub mod topics;
pub mod workspace;

pub use article::{Article, ArticleId, SourceFormat};
pub use span::Span;
