// console.table as bun draws it:
//
//   ┌───┬───┬────────┐
//   │   │ a │ Values │      the index column has a blank header, its keys right-aligned;
//   ├───┼───┼────────┤      a row that is an object fills columns named after its keys,
//   │ 0 │ 1 │        │      any other row goes to a last "Values" column; a Map adds "Key".
//   │ 1 │   │ two    │
//   └───┴───┴────────┘
//
// Cells are printed on one line by console-format (strings bare at the top, quoted inside objects).
'use strict';

const { Formatter, tagOf } = require('./console-format');

function cell(value) {
  const f = new Formatter({ singleLine: true, maxDepth: 5, quoteStrings: tagOf(value) !== 'string' });
  f.format(value);
  return f.out;
}

/** Columns a terminal gives the text: wide East Asian characters and emoji take two. */
function width(s) {
  let n = 0;
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x300 && cp <= 0x36f) continue;
    n += (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff))) ? 2 : 1;
  }
  return n;
}

const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** The rows of the data: [key, value] pairs, numbered for anything iterable, by key otherwise. */
function rowsOf(data) {
  if (typeof data[Symbol.iterator] === 'function') {
    const rows = [];
    let i = 0;
    for (const v of data) rows.push([String(i++), v]);
    return rows;
  }
  return Object.keys(data).map((k) => [k, data[k]]);
}

/** The table's lines (no final newline), or null when data is not an object (printed as a value). */
function renderTable(data, properties) {
  if (!isObject(data)) return null;
  const isMap = data instanceof Map;
  const rows = rowsOf(data);
  const columns = [{ name: ' ', width: 1 }];
  if (isMap) columns.push({ name: 'Key', width: 0, key: true });
  const fixed = Array.isArray(properties);
  if (fixed) for (const p of properties) columns.push({ name: String(p), width: 0 });
  let valuesWidth = -1;
  const cells = rows.map(([key, value]) => {
    const out = { key, byColumn: new Map(), value: null };
    columns[0].width = Math.max(columns[0].width, width(key));
    if (isMap) {
      out.byColumn.set('Key', cell(value[0]));
      columns[1].width = Math.max(columns[1].width, width(out.byColumn.get('Key')));
      out.value = cell(value[1]);
      valuesWidth = Math.max(valuesWidth, width(out.value));
    } else if (isObject(value)) {
      const names = fixed ? columns.slice(1).map((c) => c.name).filter((n) => hasOwn(value, n)) : Object.keys(value);
      for (const name of names) {
        let column = columns.find((c, i) => i > 0 && c.name === name);
        if (!column) columns.push(column = { name, width: 0 });
        const text = cell(value[name]);
        out.byColumn.set(name, text);
        column.width = Math.max(column.width, width(text));
      }
    } else if (!fixed) {
      out.value = cell(value);
      valuesWidth = Math.max(valuesWidth, 1, width(out.value));
    }
    return out;
  });
  if (valuesWidth >= 0) columns.push({ name: 'Values', width: valuesWidth, values: true });
  for (const c of columns) c.width = Math.max(c.width, width(c.name));

  const border = (left, mid, right) => left + columns.map((c) => '─'.repeat(c.width + 2)).join(mid) + right;
  const padded = (text, w) => ' ' + text + ' '.repeat(w - width(text) + 1);
  const lines = [border('┌', '┬', '┐'), '│' + columns.map((c) => padded(c.name, c.width)).join('│') + '│', border('├', '┼', '┤')];
  for (const row of cells) {
    const parts = columns.map((c, i) => {
      if (i === 0) return ' '.repeat(c.width - width(row.key) + 1) + row.key + ' ';
      const text = c.values ? row.value : row.byColumn.get(c.key ? 'Key' : c.name);
      return text === null || text === undefined ? ' '.repeat(c.width + 2) : padded(text, c.width);
    });
    lines.push('│' + parts.join('│') + '│');
  }
  lines.push(border('└', '┴', '┘'));
  return lines.join('\n');
}

module.exports = { renderTable };
