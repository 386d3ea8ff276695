//! The actor–topic network as GraphML, for Gephi, yEd, NetworkX, igraph
//! or Cytoscape: one node per actor and per topic, one undirected edge per
//! actor–topic pair that has statements.
//!
//! An edge's `weight` is the number of statements (Gephi reads a key named
//! `weight` as the edge weight); `favor`, `against` and `neutral` count
//! them by stance toward the topic (a statement with no stance on it
//! counts as neutral, as in the evaluation schema), `signed_weight` is
//! favor − against and `sign` its sign (−1, 0, 1), so a tool can colour
//! the edges by where the actor stands.
//!
//! The graph is the Compare view's table: its filters apply, an actor is
//! a column of it and a topic a row. Statements without an actor ("No
//! actor") or without a topic ("Other") are on no edge.

use super::xml::escape;
use crate::compare::Comparison;
use crate::topics::Stance;
use crate::workspace::Workspace;
use std::fmt::Write as _;

/// Node attributes: (id, name, type).
const NODE_KEYS: [(&str, &str, &str); 5] = [
    ("label", "label", "string"),
    ("type", "type", "string"),
    ("group", "group", "string"),
    ("colour", "colour", "string"),
    ("statements", "statements", "int"),
];

/// Edge attributes: (id, name, type).
const EDGE_KEYS: [(&str, &str, &str); 6] = [
    ("weight", "weight", "double"),
    ("favor", "favor", "int"),
    ("against", "against", "int"),
    ("neutral", "neutral", "int"),
    ("signed_weight", "signed_weight", "int"),
    ("sign", "sign", "int"),
];

/// One actor–topic edge.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    favor: usize,
    against: usize,
    neutral: usize,
}

impl Counts {
    fn total(&self) -> usize {
        self.favor + self.against + self.neutral
    }

    fn signed(&self) -> i64 {
        self.favor as i64 - self.against as i64
    }
}

/// The network of `c` (the comparison of `ws` as the views show it).
pub fn graphml(ws: &Workspace, c: &Comparison, title: &str) -> String {
    // (row, column) → counts, for cells of an actor column and a topic row
    let mut edges: Vec<(usize, usize, Counts)> = Vec::new();
    for (ri, row) in c.rows.iter().enumerate() {
        if row.topic.is_none() {
            continue;
        }
        for (ci, col) in c.columns.iter().enumerate() {
            if col.members.is_empty() {
                continue;
            }
            let mut n = Counts::default();
            for r in &c.cells[ri][ci] {
                let Some(e) = r.get(ws) else { continue };
                match e.statement.stance.get(&row.id) {
                    Some(Stance::Favor) => n.favor += 1,
                    Some(Stance::Against) => n.against += 1,
                    _ => n.neutral += 1,
                }
            }
            if n.total() > 0 {
                edges.push((ri, ci, n));
            }
        }
    }
    let mut actor_total = vec![0usize; c.columns.len()];
    let mut topic_total = vec![0usize; c.rows.len()];
    for (ri, ci, n) in &edges {
        actor_total[*ci] += n.total();
        topic_total[*ri] += n.total();
    }

    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    let _ = writeln!(out, "  <!-- {}: actors and the topics they spoke on. Made with Counterpoint. -->", escape(title));
    for (id, name, ty) in NODE_KEYS {
        let _ = writeln!(out, "  <key id=\"{id}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>");
    }
    for (id, name, ty) in EDGE_KEYS {
        let _ = writeln!(out, "  <key id=\"{id}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>");
    }
    out.push_str("  <graph id=\"actors-topics\" edgedefault=\"undirected\">\n");
    let data = |out: &mut String, key: &str, value: &str| {
        let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
    };
    for (ci, col) in c.columns.iter().enumerate() {
        if actor_total[ci] == 0 {
            continue;
        }
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&actor_node(&col.id)));
        data(&mut out, "label", &col.name);
        data(&mut out, "type", "actor");
        data(&mut out, "group", &col.group);
        let [r, g, b] = col.colour;
        data(&mut out, "colour", &format!("#{r:02x}{g:02x}{b:02x}"));
        data(&mut out, "statements", &actor_total[ci].to_string());
        out.push_str("    </node>\n");
    }
    for (ri, row) in c.rows.iter().enumerate() {
        if topic_total[ri] == 0 {
            continue;
        }
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&topic_node(&row.id)));
        data(&mut out, "label", &row.name);
        data(&mut out, "type", "topic");
        data(&mut out, "statements", &topic_total[ri].to_string());
        out.push_str("    </node>\n");
    }
    for (ri, ci, n) in &edges {
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&format!("{}--{}", actor_node(&c.columns[*ci].id), topic_node(&c.rows[*ri].id))),
            escape(&actor_node(&c.columns[*ci].id)),
            escape(&topic_node(&c.rows[*ri].id))
        );
        data(&mut out, "weight", &n.total().to_string());
        data(&mut out, "favor", &n.favor.to_string());
        data(&mut out, "against", &n.against.to_string());
        data(&mut out, "neutral", &n.neutral.to_string());
        data(&mut out, "signed_weight", &n.signed().to_string());
        data(&mut out, "sign", &n.signed().signum().to_string());
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn actor_node(id: &str) -> String {
    format!("actor:{id}")
}

fn topic_node(id: &str) -> String {
    format!("topic:{id}")
}
