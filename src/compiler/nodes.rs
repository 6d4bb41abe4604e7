//! Side tables keyed by AST node identity. The compiler never copies or
//! rewrites the AST it is given; facts about a node (its scope, its folded
//! constant value) are looked up by the node's address, which is stable for
//! as long as the borrowed AST lives.

use std::collections::HashMap;

/// A map from AST node identity to a value.
pub(crate) type NodeMap<V> = HashMap<usize, V>;

/// The identity of an AST node (its address).
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}
