// Bun's text helpers: escapeHTML, stripANSI, stringWidth (terminal columns) and indexOfLine.
'use strict';

const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

function escapeHTML(value) {
  return String(value).replace(/[&<>"']/g, (c) => HTML[c]);
}

// CSI and OSC sequences, and the lone escapes terminals take.
const ANSI = /[\u001b\u009b](?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

function stripANSI(value) {
  return String(value).replace(ANSI, '');
}

/** Whether a code point takes two columns: East Asian wide and fullwidth forms, and emoji presentation. */
function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x1f680 && cp <= 0x1f6ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Columns a string takes in a terminal: ANSI escapes none, combining marks and zero-width joiners none. */
function stringWidth(value) {
  let width = 0;
  for (const ch of stripANSI(value).normalize('NFC')) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (/\p{Mn}|\p{Me}|\u200b|\u200c|\u200d|\ufe0f/u.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** The index of the next "\n" in bytes at or after offset, or -1. */
function indexOfLine(buffer, offset) {
  const b = require('../node/_bytes').viewOf(buffer) || new Uint8Array(0);
  return b.indexOf(10, offset === undefined ? 0 : offset);
}

module.exports = { escapeHTML, stripANSI, stringWidth, indexOfLine };
