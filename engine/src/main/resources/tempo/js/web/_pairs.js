// Ordered name/value lists ([[name, value], ...]), as Headers and FormData keep their entries.
'use strict';

/** The values under name, in order. */
function valuesOf(list, name) {
  return list.filter((p) => p[0] === name).map((p) => p[1]);
}

/** The first entry under name takes value and later ones go; with none, the pair is appended. */
function setPair(list, name, value) {
  const at = list.findIndex((p) => p[0] === name);
  if (at === -1) {
    list.push([name, value]);
    return;
  }
  list[at][1] = value;
  for (let i = list.length - 1; i > at; i--) if (list[i][0] === name) list.splice(i, 1);
}

/** Every entry under name removed. */
function deletePairs(list, name) {
  for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
}

module.exports = { valuesOf, setPair, deletePairs };
