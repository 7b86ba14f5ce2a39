// Typed literals for dates: a day is xsd:date, a month xsd:gYearMonth, a
// moment xsd:dateTime, so stores compare and filter them as dates.
import { DataFactory, type Literal } from "n3";
import { xsd } from "./vocab.js";

const { literal, namedNode } = DataFactory;

export function dateLiteral(value: string): Literal {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return literal(value.length === 16 ? `${value}:00` : value, namedNode(xsd("dateTime")));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return literal(value, namedNode(xsd("date")));
  if (/^\d{4}-\d{2}$/.test(value)) return literal(value, namedNode(xsd("gYearMonth")));
  return literal(value);
}
