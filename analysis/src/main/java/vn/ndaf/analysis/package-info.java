/**
 * Conformance and gap analysis over stored architectures. Rules are small units with stable ids (docs/rules.md);
 * this module reads models and runs queries through the repository, and never holds Cypher of its own.
 */
package vn.ndaf.analysis;
