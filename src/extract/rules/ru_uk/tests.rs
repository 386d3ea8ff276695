//! The Russian and Ukrainian rules on sentences written for them.
