module.exports = require('../path');
