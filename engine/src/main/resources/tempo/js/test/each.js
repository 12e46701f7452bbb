// test.each / describe.each: turns a table (array rows, object rows, or a tagged template) into
// (name, args) cases, formatting names with printf placeholders and $field references as bun does.
'use strict';

function isTemplate(table) {
  return Array.isArray(table) && Array.isArray(table.raw);
}

/** Rows of a tagged-template table: the first line names the columns, the ${} values fill the cells. */
function templateRows(strings, values) {
  const header = strings[0].split('|').map((s) => s.trim()).filter(Boolean);
  if (header.length === 0) throw new Error('each: the table template needs a header row of column names');
  if (values.length % header.length !== 0) {
    throw new Error('each: the table has ' + values.length + ' values, not a multiple of its ' + header.length + ' columns');
  }
  const rows = [];
  for (let i = 0; i < values.length; i += header.length) {
    const row = {};
    header.forEach((h, j) => { row[h] = values[i + j]; });
    rows.push(row);
  }
  return rows;
}

function fieldPath(value, path) {
  let v = value;
  for (const k of path.split('.')) {
    if (v == null) return undefined;
    v = v[k];
  }
  return v;
}

/**
 * A case's name as bun 1.4 writes it. While arguments remain, each placeholder takes the next one:
 * %s a string, %i an integer, %d and %f a number (an argument of another type is consumed and the
 * placeholder stays as written), %j and %o its JSON, %p its printed form; %# is the row index, %% a
 * percent sign, and % before any other character is dropped. With an object as the first argument,
 * $name and $a.b.c read its properties (a missing one stays as written).
 */
function formatName(title, args, index, pretty) {
  title = String(title);
  const first = args.length > 0 ? args[0] : undefined;
  const fields = first !== null && (typeof first === 'object' || typeof first === 'function');
  let out = '';
  let next = 0;
  for (let i = 0; i < title.length; i++) {
    const ch = title[i];
    if (ch === '$' && fields) {
      const m = /^[A-Za-z_$][\w$]*(?:\.[\w$]+)*/.exec(title.slice(i + 1));
      if (m) {
        const v = fieldPath(first, m[0]);
        out += v === undefined || v === null ? '$' + m[0] : (typeof v === 'string' ? v : pretty(v, true));
        i += m[0].length;
        continue;
      }
    }
    if (ch !== '%' || i + 1 >= title.length || next >= args.length) {
      out += ch;
      continue;
    }
    const flag = title[++i];
    const v = args[next];
    switch (flag) {
      case 's': out += typeof v === 'string' ? v : '%s'; next++; break;
      case 'i': out += Number.isInteger(v) ? String(v) : '%i'; next++; break;
      case 'd': case 'f': out += typeof v === 'number' ? String(v) : '%' + flag; next++; break;
      case 'j': case 'o': out += json(v); next++; break;
      case 'p': out += pretty(v, false); next++; break;
      case '#': out += String(index); break;
      case '%': out += '%'; break;
      default: out += flag;
    }
  }
  return out;
}

function json(v) {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? '' : s;
  } catch (e) {
    return '[Circular]';
  }
}

/**
 * The cases of an each-table: [{ args, index }], where args are spread into the test function.
 * A row that is an array is spread; any other row is passed as the single argument.
 */
function cases(table, values) {
  let rows;
  if (isTemplate(table)) rows = templateRows(table, values).map((r) => [r]);
  else if (Array.isArray(table)) {
    // A flat table of non-arrays is one argument per row.
    rows = table.map((r) => (Array.isArray(r) ? r : [r]));
  } else {
    throw new TypeError('.each expects an array or a tagged template table, got ' + typeof table);
  }
  return rows.map((args, index) => ({ args, index }));
}

module.exports = { cases, formatName };
