/** Printable reports (HTML for A4) of one body's conformance and gaps, in Vietnamese and English. */
package vn.ndaf.analysis.report;
