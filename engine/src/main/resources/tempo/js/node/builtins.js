// The node builtins tempo provides (ids under tempo/js/node/). Importing any other node:X fails at the
// import site with "module node:X is not supported by tempo".
'use strict';

module.exports = ['util', 'events', 'path', 'path/posix'];
