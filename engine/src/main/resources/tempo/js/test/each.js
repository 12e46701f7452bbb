// test.each / describe.each: turns a table (array rows, object rows, or a tagged template) into
// (name, args) cases, formatting names with printf placeholders and $field references as Jest does.
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

function formatName(title, args, index, pretty) {
  let i = 0;
  let name = String(title).replace(/%([sdifjopc#%])/g, (m, flag) => {
    if (flag === '%') return '%';
    if (flag === '#') return String(index);
    if (i >= args.length) return m;
    const v = args[i++];
    switch (flag) {
      case 's': return typeof v === 'string' ? v : pretty(v, true);
      case 'd': case 'i': {
        if (typeof v === 'bigint') return String(v);
        const n = Number(v);
        return flag === 'i' ? String(Math.trunc(n)) : String(n);
      }
      case 'f': return String(Number(v));
      case 'j': try { return JSON.stringify(v); } catch (e) { return '[Circular]'; }
      case 'o': case 'p': return pretty(v, false);
      case 'c': return '';
      default: return m;
    }
  });
  if (args.length === 1 && args[0] !== null && typeof args[0] === 'object' && !Array.isArray(args[0])) {
    name = name.replace(/\$([A-Za-z_$][\w$]*(?:\.[\w$]+)*)/g, (m, path) => {
      if (path === '#') return String(index);
      const v = fieldPath(args[0], path);
      return typeof v === 'string' ? v : pretty(v, true);
    });
  }
  return name.replace(/\$#/g, String(index));
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
