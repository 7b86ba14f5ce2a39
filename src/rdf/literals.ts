// Literals newsgraph writes: text made well-formed (a lone UTF-16 surrogate
// cannot be written as UTF-8) and dates typed as xsd:date, xsd:gYearMonth or
// xsd:dateTime, so stores compare and filter them as dates.
import { DataFactory, type Literal } from "n3";
import { wellFormed } from "./paths.js";
import { xsd } from "./vocab.js";

export { wellFormed };

const { literal, namedNode } = DataFactory;

export function textLiteral(value: string): Literal {
  return literal(wellFormed(value));
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * A typed date literal, or null when the value is not an ISO day, month or
 * moment (a wrong date is left out rather than written as an untyped string).
 */
export function dateLiteral(value: string): Literal | null {
  const moment = DATE_TIME.exec(value);
  if (moment) {
    const [, y, mo, d, h, mi, s, frac, tz] = moment;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    return literal(`${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${frac ?? ""}${tz ?? ""}`, namedNode(xsd("dateTime")));
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return validDay(Number(day[1]), Number(day[2]), Number(day[3])) ? literal(value, namedNode(xsd("date"))) : null;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? literal(value, namedNode(xsd("gYearMonth"))) : null;
  return null;
}
