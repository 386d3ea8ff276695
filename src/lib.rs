//! Counterpoint: compare the stated positions of political actors.
//!
//! The library is the whole core: reading articles ([`ingest`]), finding
//! attributed statements in them ([`extract`]), mapping speakers to actors
//! ([`catalogue`]) and topics ([`topics`]), sessions ([`session`],
//! [`workspace`]), comparison ([`compare`]) and exports ([`export`]). The
//! desktop window ([`app`]) and the command line ([`cli`]) are thin clients
//! of it; only `app` uses egui.

pub mod allocator;
#[cfg(feature = "app")]
pub mod app;
pub mod article;
pub mod calendar;
pub mod catalogue;
pub mod cli;
pub mod compare;
pub mod cyrillic;
pub mod export;
pub mod extract;
pub mod fuzzing;
pub mod grouping;
pub mod ingest;
pub mod lang;
pub mod learn;
pub mod positions;
pub mod samples;
pub mod session;
#[cfg(target_arch = "x86_64")]
pub(crate) mod simd;
pub mod span;
pub mod topics;
pub mod workspace;

pub use article::{Article, ArticleId, SourceFormat};
pub use span::Span;
