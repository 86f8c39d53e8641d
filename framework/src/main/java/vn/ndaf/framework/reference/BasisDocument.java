package vn.ndaf.framework.reference;

/** A document the framework rests on: number/symbol, date, title and what ndaf takes from it. */
public record BasisDocument(String code, String date, String title, String what) {
}
